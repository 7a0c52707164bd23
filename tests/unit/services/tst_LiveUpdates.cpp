// LiveUpdates follows other people's commits on PostgreSQL and nothing on SQLite, where the
// change stamp on return and F5 stay as they were. Waits are bounded, never timed.

#include "PostgresTestServer.h"

#include "services/LiveUpdates.h"
#include "storage/ChangeNotifier.h"
#include "storage/Database.h"
#include "storage/FamilyRepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_LiveUpdates : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void anotherConnectionsCommitIsSignalledOnPostgres();
    void sqliteIsNotFollowed();

private:
    std::unique_ptr<PostgresTestServer> m_server;
};

void tst_LiveUpdates::initTestCase() {
    m_server = std::make_unique<PostgresTestServer>();
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->problem()));
}

void tst_LiveUpdates::anotherConnectionsCommitIsSignalledOnPostgres() {
    const QString url = m_server->freshDatabaseUrl();
    QVERIFY2(!url.isEmpty(), qPrintable(m_server->problem()));
    Database mine;
    mine.open(url, Database::Mode::ExistingOnly);
    LiveUpdates updates(mine);
    QVERIFY(updates.isLive());
    QSignalSpy spy(&updates, &LiveUpdates::changed);

    Database theirs;
    theirs.open(url, Database::Mode::ExistingOnly);
    FamilyRepository(theirs).findOrCreate(QStringLiteral("F-2001"));
    QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 1, 20000);
}

void tst_LiveUpdates::sqliteIsNotFollowed() {
    QTemporaryDir dir;
    Database mine;
    mine.open(dir.filePath(QStringLiteral("live.sqlite")));
    LiveUpdates updates(mine);
    QVERIFY(!updates.isLive());
    QSignalSpy live(&updates, &LiveUpdates::changed);
    // The notifier itself, made to poll by this test, hears the other connection's write;
    // LiveUpdates passes none of it on.
    QSignalSpy counters(&mine.changes(), &ChangeNotifier::changed);
    const std::unique_ptr<Database> theirs = mine.openAnotherConnection();
    FamilyRepository(*theirs).findOrCreate(QStringLiteral("F-2002"));
    QTRY_VERIFY_WITH_TIMEOUT(counters.count() >= 1, 20000);
    QCOMPARE(live.count(), 0);
}

QTEST_GUILESS_MAIN(tst_LiveUpdates)
#include "tst_LiveUpdates.moc"
