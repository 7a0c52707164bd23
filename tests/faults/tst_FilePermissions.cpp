#include "PracticeCoderProcess.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

// Issue 10, item 7: everything the application creates (the database and SQLite's own files,
// the demo audio, exports, report PDFs, settings) is readable by the owner only, even when the
// user's umask would let everyone read it. The waveform cache is covered by tst_PeakCache, as
// no command builds it.
class tst_FilePermissions : public QObject {
    Q_OBJECT

private slots:
    void everythingCreatedIsTheOwnersOnly();
};

void tst_FilePermissions::everythingCreatedIsTheOwnersOnly() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString home = dir.filePath(QStringLiteral("home"));
    const QString outputs = dir.filePath(QStringLiteral("outputs"));
    QVERIFY(QDir().mkpath(home));
    QVERIFY(QDir().mkpath(outputs));
    const QSet<QString> before = PracticeCoderProcess::everythingUnder(dir.path());

    PracticeCoderProcess process(home);
    process.setUmask(022); // a common desktop default: files 0644, folders 0755
    const QString database = dir.filePath(QStringLiteral("data/practice/demo.db"));
    const QStringList onDatabase = {QStringLiteral("--database"), database};
    const QList<QStringList> runs = {
        QStringList{QStringLiteral("demo"), QStringLiteral("--end-date"),
                    QStringLiteral("2025-12-31")} +
            onDatabase,
        QStringList{QStringLiteral("export"), QStringLiteral("codings"), QStringLiteral("--out"),
                    outputs + QStringLiteral("/codings.csv")} +
            onDatabase,
        QStringList{QStringLiteral("report"), QStringLiteral("--scope"), QStringLiteral("service"),
                    QStringLiteral("--quarter"), QStringLiteral("2025-Q3"), QStringLiteral("--out"),
                    outputs + QStringLiteral("/q3.pdf")} +
            onDatabase,
        QStringList{QStringLiteral("reliability"), QStringLiteral("--out"),
                    outputs + QStringLiteral("/reliability.csv")} +
            onDatabase,
    };
    for (const QStringList &arguments : runs) {
        const auto result = process.run(arguments);
        QVERIFY2(result.finished && result.exitCode == 0,
                 qPrintable(arguments.join(u' ') + QStringLiteral(": ") + result.errText()));
    }

    const QSet<QString> created = PracticeCoderProcess::everythingUnder(dir.path()) - before;
    // The database, its folders, the demo audio and its folder, and the three outputs at least.
    QVERIFY2(created.size() >= 9,
             qPrintable(QStringList(created.cbegin(), created.cend()).join(u' ')));
    QVERIFY(created.contains(database));
    QVERIFY(created.contains(outputs + QStringLiteral("/q3.pdf")));
    QStringList open;
    for (const QString &path : created) {
        struct stat info {};
        QVERIFY(::lstat(QFile::encodeName(path).constData(), &info) == 0);
        const mode_t mode = info.st_mode & 07777;
        const mode_t wanted = S_ISDIR(info.st_mode) ? 0700 : 0600;
        if (mode != wanted)
            open.append(QStringLiteral("%1 is %2").arg(path).arg(mode, 4, 8, QLatin1Char('0')));
    }
    QVERIFY2(open.isEmpty(), qPrintable(open.join(QStringLiteral("; "))));
}

QTEST_GUILESS_MAIN(tst_FilePermissions)
#include "tst_FilePermissions.moc"
