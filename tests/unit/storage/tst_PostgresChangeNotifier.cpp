#include "PostgresTestServer.h"

#include "storage/ChangeNotifier.h"
#include "storage/Database.h"
#include "storage/UserRepository.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

// Live updates on PostgreSQL: the database announces every committed write of a data table
// (migration 006's triggers), and Database::changes() of every other connection hears it,
// whoever wrote: another PracticeCoder, or someone at psql. Waits are bounded, never timed.
class tst_PostgresChangeNotifier : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void anotherConnectionsWriteIsSignalled();
    void aWriteOutsidePracticeCoderIsSignalled();
    void aRolledBackWriteIsNotAChange();
    void followsTheDatabaseAcrossReopening();

private:
    // A plain QPSQL connection to the test database, as psql or another program would make.
    QSqlDatabase rawConnection(const QString &name) const;

    std::unique_ptr<PostgresTestServer> m_server;
    QString m_url;
    std::unique_ptr<Database> m_db;
};

void tst_PostgresChangeNotifier::initTestCase() {
    m_server = std::make_unique<PostgresTestServer>();
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->problem()));
}

void tst_PostgresChangeNotifier::init() {
    m_url = m_server->freshDatabaseUrl();
    QVERIFY2(!m_url.isEmpty(), qPrintable(m_server->problem()));
    m_db = std::make_unique<Database>();
    m_db->open(m_url, Database::Mode::ExistingOnly);
}

void tst_PostgresChangeNotifier::cleanup() {
    m_db.reset();
}

QSqlDatabase tst_PostgresChangeNotifier::rawConnection(const QString &name) const {
    const QUrl url(m_url);
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    raw.setHostName(url.host());
    raw.setPort(url.port(5432));
    raw.setUserName(url.userName());
    raw.setDatabaseName(url.path().mid(1));
    return raw;
}

void tst_PostgresChangeNotifier::anotherConnectionsWriteIsSignalled() {
    QSignalSpy spy(&m_db->changes(), &ChangeNotifier::changed);
    const QString stamp = m_db->changes().stamp();
    QVERIFY(!stamp.isEmpty());
    Database other;
    other.open(m_url, Database::Mode::ExistingOnly);
    UserRepository(other).findOrCreate(QStringLiteral("amira"));
    QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 1, 20000);
    QVERIFY(!m_db->changes().unchangedSince(stamp));
    // Another write, another signal.
    const int signalled = spy.count();
    UserRepository(other).findOrCreate(QStringLiteral("bo"));
    QTRY_VERIFY_WITH_TIMEOUT(spy.count() > signalled, 20000);
}

void tst_PostgresChangeNotifier::aWriteOutsidePracticeCoderIsSignalled() {
    QSignalSpy spy(&m_db->changes(), &ChangeNotifier::changed);
    const QString stamp = m_db->changes().stamp();
    {
        QSqlDatabase raw = rawConnection(QStringLiteral("psql"));
        QVERIFY2(raw.open(), qPrintable(raw.lastError().text()));
        QSqlQuery insert(raw);
        QVERIFY2(insert.exec(QStringLiteral("INSERT INTO families (case_code, case_type) VALUES "
                                            "('F-PSQL', 'other')")),
                 qPrintable(insert.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("psql"));
    QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 1, 20000);
    QVERIFY(!m_db->changes().unchangedSince(stamp));
}

void tst_PostgresChangeNotifier::aRolledBackWriteIsNotAChange() {
    const QString stamp = m_db->changes().stamp();
    QSignalSpy spy(&m_db->changes(), &ChangeNotifier::changed);
    {
        QSqlDatabase raw = rawConnection(QStringLiteral("rollback"));
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(query.exec(QStringLiteral("BEGIN")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO families (case_code, case_type) VALUES "
                                          "('F-GONE', 'other')")));
        QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
        // A committed write after it: once that is heard, the rolled-back one would have been.
        QVERIFY(query.exec(QStringLiteral("INSERT INTO families (case_code, case_type) VALUES "
                                          "('F-KEPT', 'other')")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("rollback"));
    QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 1, 20000);
    // One committed statement, one notification: the stamp moved on by exactly one.
    QCOMPARE(m_db->changes().stamp().section(u':', 1).toInt(), stamp.section(u':', 1).toInt() + 1);
}

void tst_PostgresChangeNotifier::followsTheDatabaseAcrossReopening() {
    ChangeNotifier *changes = &m_db->changes();
    QSignalSpy spy(changes, &ChangeNotifier::changed);
    m_db->close();
    m_db->open(m_server->freshDatabaseUrl(), Database::Mode::ExistingOnly);
    QCOMPARE(&m_db->changes(), changes);
    const QString reopened = m_db->spec()->displayName();
    Database other;
    other.open(*m_db->spec(), Database::Mode::ExistingOnly);
    UserRepository(other).findOrCreate(QStringLiteral("amira"));
    QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 1, 20000);
    QVERIFY(!reopened.isEmpty());
}

QTEST_GUILESS_MAIN(tst_PostgresChangeNotifier)
#include "tst_PostgresChangeNotifier.moc"
