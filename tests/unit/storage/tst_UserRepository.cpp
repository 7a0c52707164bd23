#include "ConcurrentWriters.h"
#include "TestDatabase.h"

#include "storage/Database.h"
#include "storage/StorageError.h"
#include "storage/UserRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class tst_UserRepository : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void findOrCreateAddsOnceAndThenFinds();
    void refusesAnEmptyName();
    void twoWritersAddingTheSameUsersNeitherFailsNorDuplicates();

private:
    int userCount() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_UserRepository::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    m_db->open(TestDatabase::freshLocation(*m_dir, QStringLiteral("users.sqlite")));
}

void tst_UserRepository::cleanup() {
    m_db.reset();
    m_dir.reset();
}

int tst_UserRepository::userCount() const {
    QSqlQuery query = m_db->prepare(QStringLiteral("SELECT COUNT(*) FROM users"));
    Database::exec(query, QStringLiteral("Could not count users"));
    return Database::next(query) ? query.value(0).toInt() : -1;
}

void tst_UserRepository::findOrCreateAddsOnceAndThenFinds() {
    UserRepository users(*m_db);
    const int before = userCount();
    const qint64 id = users.findOrCreate(QStringLiteral("amira"), QStringLiteral("coach"));
    QVERIFY(id > 0);
    QCOMPARE(users.findOrCreate(QStringLiteral(" amira ")), id);
    QCOMPARE(users.find(QStringLiteral("amira")), std::optional<qint64>(id));
    QCOMPARE(users.username(id), QStringLiteral("amira"));
    QCOMPARE(userCount(), before + 1);
    QSqlQuery role = m_db->prepare(QStringLiteral("SELECT role FROM users WHERE id = ?"));
    role.addBindValue(id);
    Database::exec(role, QStringLiteral("Could not read the role"));
    QVERIFY(Database::next(role));
    // Found again as an evaluator, the coach keeps the role they were added with.
    QCOMPARE(role.value(0).toString(), QStringLiteral("coach"));
}

void tst_UserRepository::refusesAnEmptyName() {
    UserRepository users(*m_db);
    const int before = userCount();
    try {
        users.findOrCreate(QStringLiteral("  "));
        QFAIL("an empty user name was accepted");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::Invalid);
    }
    QCOMPARE(userCount(), before);
}

void tst_UserRepository::twoWritersAddingTheSameUsersNeitherFailsNorDuplicates() {
    // Both add the same names in the same order, so each look-up races the other's insert.
    constexpr int names = 300;
    const int before = userCount();
    std::vector<std::vector<qint64>> ids(2);
    const QStringList failures = raceWriters(*m_db, 2, [&](Database &connection, int writer) {
        UserRepository users(connection);
        for (int i = 0; i < names; ++i)
            ids[static_cast<std::size_t>(writer)].push_back(
                users.findOrCreate(QStringLiteral("coder-%1").arg(i)));
    });
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QCOMPARE(userCount(), before + names);
    // Both writers were given the one row for each name.
    QCOMPARE(ids[0], ids[1]);
}

QTEST_GUILESS_MAIN(tst_UserRepository)
#include "tst_UserRepository.moc"
