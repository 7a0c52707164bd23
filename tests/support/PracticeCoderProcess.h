#pragma once

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QString>
#include <QStringList>

#include <csignal>
#include <memory>
#include <sys/resource.h>
#include <sys/stat.h>

// The one way the CLI and fault tests run a real binary: practicecoder (PC_PRACTICECODER) by
// default, or another program such as the test itself in a child mode. The child runs the way a
// scheduled job would, with its settings, data and cache under a throw-away home, so no test
// reads or changes the user's own settings (the last database opened, for one). Every wait is
// bounded, so a child that hangs fails the test instead of stalling it.
//
// A file-size limit stands in for a full disk without needing root: the kernel then fails writes
// past it with EFBIG, and SIGXFSZ is ignored so the child sees the error instead of being killed.
class PracticeCoderProcess {
public:
    struct Result {
        bool finished = false;
        int exitCode = -1; // -1 when the child crashed or was killed
        QByteArray out;
        QByteArray err;

        QString outText() const { return QString::fromUtf8(out); }
        QString errText() const { return QString::fromUtf8(err); }
    };

    struct KilledRun {
        QList<QByteArray> lines; // what the child printed, each a step it had committed
        bool killed = false;     // false when it finished before the kill
        bool started = false;
    };

    // An environment whose settings, data and cache live under home (made if missing). Only
    // home itself is made here: what the child makes under it is its own, with its own modes.
    static QProcessEnvironment isolated(const QString &home) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        QDir().mkpath(home);
        environment.insert(QStringLiteral("HOME"), home);
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome(home));
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return environment;
    }
    // Where the child keeps its application data under home (the database, when none is given).
    static QString dataHome(const QString &home) { return home + QStringLiteral("/.local/share"); }

    explicit PracticeCoderProcess(const QString &home)
        : m_environment(isolated(home)) {}
    explicit PracticeCoderProcess(const QProcessEnvironment &environment)
        : m_environment(environment) {}

    // The program to run instead of practicecoder.
    void setProgram(const QString &program) { m_program = program; }
    // Bytes any one file may grow to in the child; negative for no limit.
    void setFileSizeLimit(qint64 bytes) { m_fileSizeLimit = bytes; }
    // The umask the child starts with; negative to inherit the test's.
    void setUmask(int mask) { m_umask = mask; }
    // The longest run() waits before killing the child. Generous by default: the machine is
    // shared, and a bound is all that is needed.
    void setTimeout(int ms) { m_timeoutMs = ms; }

    // Runs the program to the end (or the timeout) and collects its exit code and output.
    Result run(const QStringList &arguments) const { return finish(*start(arguments)); }

    // Starts the program and returns at once, for tests that run two children side by side;
    // finish() then waits for it as run() does.
    std::unique_ptr<QProcess> start(const QStringList &arguments) const {
        auto process = std::make_unique<QProcess>();
        prepare(*process);
        process->start(m_program, arguments);
        return process;
    }

    Result finish(QProcess &process) const {
        Result result;
        result.finished = process.waitForFinished(m_timeoutMs);
        if (!result.finished) {
            process.kill();
            process.waitForFinished(10000);
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    // Makes the demo database at database (a fixed end date, so every run makes the same one).
    Result makeDemo(const QString &database, const QString &endDate) const {
        return run({QStringLiteral("demo"), QStringLiteral("--database"), database,
                    QStringLiteral("--end-date"), endDate});
    }

    // Starts the program and kills it (SIGKILL: no destructors, no rollback, no clean close)
    // once it has printed `killAfterLines` lines, or after `killAfterMs` when that is not
    // negative.
    KilledRun runUntilKilled(const QStringList &arguments, int killAfterLines,
                             int killAfterMs = -1) const {
        KilledRun run;
        QProcess child;
        prepare(child);
        child.start(m_program, arguments);
        run.started = child.waitForStarted(30000);
        if (!run.started)
            return run;
        QByteArray output;
        if (killAfterMs >= 0) {
            child.waitForFinished(killAfterMs);
        } else {
            while (child.state() == QProcess::Running && output.count('\n') < killAfterLines) {
                if (!child.waitForReadyRead(30000))
                    break;
                output += child.readAllStandardOutput();
            }
        }
        run.killed = child.state() == QProcess::Running;
        if (run.killed)
            child.kill();
        child.waitForFinished(30000);
        output += child.readAllStandardOutput();
        for (const QByteArray &line : output.split('\n')) {
            if (!line.trimmed().isEmpty())
                run.lines.append(line.trimmed());
        }
        return run;
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
    void prepare(QProcess &process) const {
        process.setProcessEnvironment(m_environment);
        process.setProcessChannelMode(QProcess::SeparateChannels);
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
    }

    QProcessEnvironment m_environment;
#ifdef PC_PRACTICECODER
    QString m_program = QStringLiteral(PC_PRACTICECODER);
#else
    QString m_program;
#endif
    qint64 m_fileSizeLimit = -1;
    int m_umask = -1;
    int m_timeoutMs = 300000;
};
