#include "storage/ChangeNotifier.h"
#include "storage/Database.h"
#include "storage/SqliteChangeNotifier.h"
#include "storage/UserRepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_SqliteChangeNotifier : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aClosedDatabaseCountsAsChanged();
    void readingChangesNothing();
    void seesItsOwnWrites();
    void seesAnotherConnectionsWrites();
    void signalsAnotherConnectionsWrites();
    void followsTheDatabaseAcrossReopening();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QString m_path;
};

void tst_SqliteChangeNotifier::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("changes.sqlite"));
    m_db = std::make_unique<Database>();
    m_db->open(m_path);
}

void tst_SqliteChangeNotifier::cleanup() {
    m_db.reset();
    m_dir.reset();
}

void tst_SqliteChangeNotifier::aClosedDatabaseCountsAsChanged() {
    const QString stamp = m_db->changes().stamp();
    QVERIFY(!stamp.isEmpty());
    m_db->close();
    QVERIFY(m_db->changes().stamp().isEmpty());
    QVERIFY(!m_db->changes().unchangedSince(stamp));
    QVERIFY(!m_db->changes().unchangedSince(QString()));
}

void tst_SqliteChangeNotifier::readingChangesNothing() {
    ChangeNotifier &changes = m_db->changes();
    const QString stamp = changes.stamp();
    UserRepository(*m_db).find(QStringLiteral("nobody"));
    QCOMPARE(changes.stamp(), stamp);
    QVERIFY(changes.unchangedSince(stamp));
}

void tst_SqliteChangeNotifier::seesItsOwnWrites() {
    // SQLite's data_version ignores this connection's own commits; the stamp must not.
    const QString stamp = m_db->changes().stamp();
    UserRepository(*m_db).findOrCreate(QStringLiteral("amira"));
    QVERIFY(!m_db->changes().unchangedSince(stamp));
}

void tst_SqliteChangeNotifier::seesAnotherConnectionsWrites() {
    const QString stamp = m_db->changes().stamp();
    {
        Database other;
        other.open(m_path, Database::Mode::ExistingOnly);
        UserRepository(other).findOrCreate(QStringLiteral("amira"));
    }
    QVERIFY(!m_db->changes().unchangedSince(stamp));
}

void tst_SqliteChangeNotifier::signalsAnotherConnectionsWrites() {
    QSignalSpy spy(&m_db->changes(), &ChangeNotifier::changed);
    Database other;
    other.open(m_path, Database::Mode::ExistingOnly);
    UserRepository(other).findOrCreate(QStringLiteral("amira"));
    QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 1, 30000);
    // One write, one signal: the stamp it compares against moved on with it.
    const int signalled = spy.count();
    UserRepository(other).findOrCreate(QStringLiteral("bo"));
    QTRY_VERIFY_WITH_TIMEOUT(spy.count() > signalled, 30000);
}

void tst_SqliteChangeNotifier::followsTheDatabaseAcrossReopening() {
    // Views keep the notifier of the Database they were given, which may be reopened.
    ChangeNotifier *changes = &m_db->changes();
    m_db->close();
    m_db->open(m_dir->filePath(QStringLiteral("second.sqlite")));
    QCOMPARE(&m_db->changes(), changes);
    const QString stamp = changes->stamp();
    QVERIFY(!stamp.isEmpty());
    UserRepository(*m_db).findOrCreate(QStringLiteral("amira"));
    QVERIFY(!changes->unchangedSince(stamp));
}

QTEST_GUILESS_MAIN(tst_SqliteChangeNotifier)
#include "tst_SqliteChangeNotifier.moc"
