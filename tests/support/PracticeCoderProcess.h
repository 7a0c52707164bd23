#pragma once

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QString>
#include <QStringList>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

// Runs the real practicecoder binary (PC_PRACTICECODER) as a child, the way a scheduled job
// would, with its settings and cache kept under a throw-away home. A file-size limit stands in
// for a full disk without needing root: the kernel then fails writes past it with EFBIG, and
// SIGXFSZ is ignored so the child sees the error instead of being killed.
class PracticeCoderProcess {
public:
    struct Result {
        bool finished = false;
        int exitCode = -1;
        QString out;
        QString err;
    };

    explicit PracticeCoderProcess(const QString &home)
        : m_home(home) {}

    // Bytes any one file may grow to in the child; negative for no limit.
    void setFileSizeLimit(qint64 bytes) { m_fileSizeLimit = bytes; }
    // The umask the child starts with; negative to inherit the test's.
    void setUmask(int mask) { m_umask = mask; }

    Result run(const QStringList &arguments) const {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_home);
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home + QStringLiteral("/.config"));
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_home + QStringLiteral("/.cache"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"),
                           m_home + QStringLiteral("/.local/share"));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        const qint64 limit = m_fileSizeLimit;
        const int mask = m_umask;
        process.setChildProcessModifier([limit, mask] {
            // Only async-signal-safe calls: this runs between fork and exec.
            if (limit >= 0) {
                ::signal(SIGXFSZ, SIG_IGN);
                rlimit bound{};
                ::getrlimit(RLIMIT_FSIZE, &bound);
                bound.rlim_cur = rlim_t(limit);
                ::setrlimit(RLIMIT_FSIZE, &bound);
            }
            if (mask >= 0)
                ::umask(mode_t(mask));
        });
        process.start(QStringLiteral(PC_PRACTICECODER), arguments);
        Result result;
        // Generous: the machine is shared, and a bound is all that is needed here.
        result.finished = process.waitForFinished(300000);
        if (!result.finished) {
            process.kill();
            process.waitForFinished(10000);
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    // Every file and folder under root, as absolute paths.
    static QSet<QString> everythingUnder(const QString &root) {
        QSet<QString> paths;
        QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            paths.insert(it.next());
        return paths;
    }

    static QByteArray read(const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static bool write(const QString &path, const QByteArray &bytes) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
               file.write(bytes) == bytes.size();
    }

private:
    QString m_home;
    qint64 m_fileSizeLimit = -1;
    int m_umask = -1;
};
