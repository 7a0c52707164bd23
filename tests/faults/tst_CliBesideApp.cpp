#include "CliBesideAppRig.h"
#include "DemoDatabaseFixture.h"
#include "PracticeCoderProcess.h"

#include "domain/CodingSchemeLoader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace CliBesideAppRig;

// Issue 10, item 1: the application open on a database, and a scheduled command run on the
// same file beside it. The application must keep its own SQLite locks (it used to drop them by
// opening the file with QFile once its report worker opened a second connection), so the
// command must not think itself the last user and delete the live write-ahead log; and after a
// kill -9, every edit the application reported saved must be in the file, which must be whole.
// A backup taken meanwhile holds the edits saved before it.
class tst_CliBesideApp : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void exportAndReportLeaveTheAppsLocksAndLog();

private:
    QTemporaryDir m_dir;
    DemoDatabaseFixture m_demo;
};

void tst_CliBesideApp::initTestCase() {
    QVERIFY(m_dir.isValid());
    const QString error =
        m_demo.make(m_dir.path(), QStringLiteral("practice.sqlite"), QStringLiteral("2025-06-30"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_CliBesideApp::exportAndReportLeaveTheAppsLocksAndLog() {
    const QList<qint64> drafts = draftCodings(m_demo.database);
    QVERIFY2(drafts.size() >= 2, "the demo has draft codings to edit");
    const QStringList skills = CodingSchemeLoader::builtIn().skillKeys();
    QVERIFY(skills.size() >= 4);

    App app;
    QString error;
    QVERIFY2(app.start(m_demo.database, m_demo.environment, &error), qPrintable(error));
    struct Edit {
        qint64 coding;
        QString skill;
        int level;
    };
    QList<Edit> committed;
    auto edit = [&](qint64 coding, const QString &skill, int level) {
        QString problem;
        if (!app.score(coding, skill, level, &problem))
            return problem;
        committed.append({coding, skill, level});
        return QString();
    };
    QCOMPARE(edit(drafts.at(0), skills.at(0), 5), QString());
    QCOMPARE(edit(drafts.at(0), skills.at(1), 4), QString());

    const QString wal = m_demo.database + QStringLiteral("-wal");
    const ino_t walBefore = inodeOf(wal);
    QVERIFY2(walBefore != 0, "the application has a write-ahead log");
    QVERIFY2(holdsPosixLock(app.pid(), m_demo.database),
             "the application holds a lock on the database before the commands run");

    const PracticeCoderProcess::Result exported =
        PracticeCoderProcess(m_demo.environment)
            .run({QStringLiteral("export"), QStringLiteral("codings"), QStringLiteral("--database"),
                  m_demo.database, QStringLiteral("--out"),
                  m_dir.filePath(QStringLiteral("codings.csv"))});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    const PracticeCoderProcess::Result report =
        PracticeCoderProcess(m_demo.environment)
            .run({QStringLiteral("report"), QStringLiteral("--scope"), QStringLiteral("service"),
                  QStringLiteral("--from"), QStringLiteral("2024-01-01"), QStringLiteral("--to"),
                  QStringLiteral("2025-06-30"), QStringLiteral("--out"),
                  m_dir.filePath(QStringLiteral("report.csv")), QStringLiteral("--database"),
                  m_demo.database});
    QVERIFY2(report.exitCode == 0, report.err.constData());
    // The nightly backup, taken while the application is open and saving.
    const QString copy = m_dir.filePath(QStringLiteral("backup.sqlite"));
    const PracticeCoderProcess::Result backup =
        PracticeCoderProcess(m_demo.environment)
            .run({QStringLiteral("backup"), QStringLiteral("--database"), m_demo.database,
                  QStringLiteral("--out"), copy});
    QVERIFY2(backup.exitCode == 0, backup.err.constData());
    QCOMPARE(integrity(copy), QStringLiteral("ok"));
    QCOMPARE(storedScore(copy, drafts.at(0), skills.at(0)), 5);
    QCOMPARE(storedScore(copy, drafts.at(0), skills.at(1)), 4);

    QVERIFY2(holdsPosixLock(app.pid(), m_demo.database),
             "the application still holds its lock on the database after the commands");
    QCOMPARE(inodeOf(wal), walBefore); // not deleted, nor replaced by a new one

    // Edits after the commands must land in the live log, not in a deleted file.
    QCOMPARE(edit(drafts.at(1), skills.at(2), 3), QString());
    QCOMPARE(edit(drafts.at(1), skills.at(3), 2), QString());
    QCOMPARE(edit(drafts.at(0), skills.at(0), 1), QString()); // a change of an earlier edit

    app.kill9();
    QCOMPARE(integrity(m_demo.database), QStringLiteral("ok"));
    // The last edit of each skill is what must be there.
    QHash<QPair<qint64, QString>, int> expected;
    for (const Edit &e : std::as_const(committed))
        expected.insert({e.coding, e.skill}, e.level);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(storedScore(m_demo.database, it.key().first, it.key().second), it.value());
}

QTEST_GUILESS_MAIN(tst_CliBesideApp)
#include "tst_CliBesideApp.moc"
