#include "storage/Database.h"
#include "storage/SqlDialect.h"
#include "storage/SqlValues.h"
#include "storage/StorageError.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class tst_SqlDialect : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void connectionsAreSetUpForSafety();
    void aReadOnlyConnectionWritesNothingToSetUp();
    void insertOrIgnoreSkipsOnlyDuplicates();
    void matchesIgnoringCase();
    void nowIsAStoredInstant();
    void classifiesByCodeAlone_data();
    void classifiesByCodeAlone();
    void postgresClassifiesBySqlstate_data();
    void postgresClassifiesBySqlstate();
    void theDriverPicksTheDialect();
    void sqliteAlreadyOrdersBytewiseAndLikesIgnoringCase();

private:
    int count(const QString &sql) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    const SqlDialect &m_dialect = SqlDialect::sqlite();
};

void tst_SqlDialect::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    m_db->open(m_dir->filePath(QStringLiteral("dialect.sqlite")));
}

void tst_SqlDialect::cleanup() {
    m_db.reset();
    m_dir.reset();
}

int tst_SqlDialect::count(const QString &sql) const {
    QSqlQuery query = m_db->prepare(sql);
    Database::exec(query, QStringLiteral("Counting"));
    return Database::next(query) ? query.value(0).toInt() : -1;
}

void tst_SqlDialect::connectionsAreSetUpForSafety() {
    QCOMPARE(m_db->connection().driverName(), m_dialect.driverName());
    QCOMPARE(&m_db->dialect(), &m_dialect);
    QCOMPARE(count(QStringLiteral("PRAGMA foreign_keys")), 1);
    // Deleted rows are zeroed: a withdrawn family's notes must not linger in free pages.
    QCOMPARE(count(QStringLiteral("PRAGMA secure_delete")), 1);
    QSqlQuery journal = m_db->prepare(QStringLiteral("PRAGMA journal_mode"));
    Database::exec(journal, QStringLiteral("Reading"));
    QVERIFY(Database::next(journal));
    QCOMPARE(journal.value(0).toString(), QStringLiteral("wal"));
    // Another writer's lock is waited for, not failed on at once.
    QVERIFY(m_dialect.connectOptions(false).contains(QStringLiteral("QSQLITE_BUSY_TIMEOUT=")));
    QVERIFY(!m_dialect.connectOptions(false).contains(QStringLiteral("READONLY")));
}

void tst_SqlDialect::aReadOnlyConnectionWritesNothingToSetUp() {
    QVERIFY(m_dialect.connectOptions(true).contains(QStringLiteral("QSQLITE_OPEN_READONLY")));
    const QStringList readOnly = m_dialect.connectionSetup(true);
    QVERIFY(readOnly.contains(QStringLiteral("PRAGMA foreign_keys = ON")));
    QVERIFY(readOnly.contains(QStringLiteral("PRAGMA secure_delete = ON")));
    for (const QString &statement : readOnly)
        QVERIFY2(!statement.contains(QStringLiteral("journal_mode")), qPrintable(statement));
    QVERIFY(m_dialect.connectionSetup(false).contains(QStringLiteral("PRAGMA journal_mode = WAL")));
}

void tst_SqlDialect::insertOrIgnoreSkipsOnlyDuplicates() {
    const QString sql = m_dialect.insertOrIgnore(
        QStringLiteral("users"),
        {QStringLiteral("username"), QStringLiteral("display_name"), QStringLiteral("role")},
        {QStringLiteral("username")});
    const int before = count(QStringLiteral("SELECT COUNT(*) FROM users"));
    for (int i = 0; i < 2; ++i) {
        QSqlQuery insert = m_db->prepare(sql);
        insert.addBindValue(QStringLiteral("amira"));
        insert.addBindValue(QStringLiteral("Amira"));
        insert.addBindValue(QStringLiteral("coach"));
        Database::exec(insert, QStringLiteral("Adding"));
    }
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM users")), before + 1);
    // A rule other than the unique key still refuses the row, loudly.
    QSqlQuery refused = m_db->prepare(sql);
    refused.addBindValue(QStringLiteral("bo"));
    refused.addBindValue(QStringLiteral("Bo"));
    refused.addBindValue(QStringLiteral("nobody"));
    try {
        Database::exec(refused, QStringLiteral("Adding"));
        QFAIL("a row breaking a CHECK rule was quietly ignored");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::Constraint);
    }
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM users")), before + 1);
}

void tst_SqlDialect::matchesIgnoringCase() {
    QSqlQuery insert = m_db->prepare(QStringLiteral(
        "INSERT INTO users (username, display_name, role) VALUES ('amira', 'Amira', 'coach')"));
    Database::exec(insert, QStringLiteral("Adding"));
    for (const QString &name : {QStringLiteral("AMIRA"), QStringLiteral("Amira")}) {
        QSqlQuery find = m_db->prepare(QStringLiteral("SELECT COUNT(*) FROM users WHERE ") +
                                       m_dialect.caseInsensitiveEquals(QStringLiteral("username")));
        find.addBindValue(name);
        Database::exec(find, QStringLiteral("Finding"));
        QVERIFY(Database::next(find));
        QCOMPARE(find.value(0).toInt(), 1);
    }
    QSqlQuery other = m_db->prepare(QStringLiteral("SELECT COUNT(*) FROM users WHERE ") +
                                    m_dialect.caseInsensitiveEquals(QStringLiteral("username")));
    other.addBindValue(QStringLiteral("amir"));
    Database::exec(other, QStringLiteral("Finding"));
    QVERIFY(Database::next(other));
    QCOMPARE(other.value(0).toInt(), 0);
}

void tst_SqlDialect::nowIsAStoredInstant() {
    const QDateTime before =
        SqlValues::toInstant(SqlValues::instant(QDateTime::currentDateTimeUtc()));
    QSqlQuery query = m_db->prepare(QStringLiteral("SELECT ") + m_dialect.currentInstant());
    Database::exec(query, QStringLiteral("Asking the time"));
    QVERIFY(Database::next(query));
    const QDateTime after = QDateTime::currentDateTimeUtc();
    const QString now = query.value(0).toString();
    // The same shape SqlValues writes, so text comparisons order instants correctly.
    QCOMPARE(now.size(), SqlValues::nowUtc().size());
    QVERIFY2(now.endsWith(QLatin1Char('Z')), qPrintable(now));
    QVERIFY2(SqlValues::toInstant(now) >= before, qPrintable(now));
    QVERIFY2(SqlValues::toInstant(now) <= after, qPrintable(now));
}

void tst_SqlDialect::classifiesByCodeAlone_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<SqlDialect::Failure>("failure");
    QTest::newRow("unique") << QStringLiteral("2067") << SqlDialect::Failure::Duplicate;
    QTest::newRow("primary key") << QStringLiteral("1555") << SqlDialect::Failure::Duplicate;
    QTest::newRow("check") << QStringLiteral("275") << SqlDialect::Failure::Constraint;
    QTest::newRow("busy snapshot") << QStringLiteral("517") << SqlDialect::Failure::Busy;
    QTest::newRow("write error") << QStringLiteral("778") << SqlDialect::Failure::IoError;
    QTest::newRow("cannot open") << QStringLiteral("14") << SqlDialect::Failure::CannotOpen;
    QTest::newRow("full") << QStringLiteral("13") << SqlDialect::Failure::DiskFull;
    QTest::newRow("read-only") << QStringLiteral("8") << SqlDialect::Failure::ReadOnly;
    QTest::newRow("not a database") << QStringLiteral("26") << SqlDialect::Failure::Damaged;
    QTest::newRow("syntax") << QStringLiteral("1") << SqlDialect::Failure::Other;
    QTest::newRow("no code") << QString() << SqlDialect::Failure::Other;
    QTest::newRow("words") << QStringLiteral("database or disk is full")
                           << SqlDialect::Failure::Other;
}

void tst_SqlDialect::classifiesByCodeAlone() {
    QFETCH(QString, code);
    QFETCH(SqlDialect::Failure, failure);
    QCOMPARE(m_dialect.classify(code), failure);
}

void tst_SqlDialect::postgresClassifiesBySqlstate_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<SqlDialect::Failure>("failure");
    QTest::newRow("unique") << QStringLiteral("23505") << SqlDialect::Failure::Duplicate;
    QTest::newRow("not null") << QStringLiteral("23502") << SqlDialect::Failure::Constraint;
    QTest::newRow("foreign key") << QStringLiteral("23503") << SqlDialect::Failure::Constraint;
    QTest::newRow("check") << QStringLiteral("23514") << SqlDialect::Failure::Constraint;
    QTest::newRow("disk full") << QStringLiteral("53100") << SqlDialect::Failure::DiskFull;
    QTest::newRow("serialization") << QStringLiteral("40001") << SqlDialect::Failure::Busy;
    QTest::newRow("deadlock") << QStringLiteral("40P01") << SqlDialect::Failure::Busy;
    QTest::newRow("lock timeout") << QStringLiteral("55P03") << SqlDialect::Failure::Busy;
    QTest::newRow("read-only") << QStringLiteral("25006") << SqlDialect::Failure::ReadOnly;
    QTest::newRow("data corrupted") << QStringLiteral("XX001") << SqlDialect::Failure::Damaged;
    QTest::newRow("index corrupted") << QStringLiteral("XX002") << SqlDialect::Failure::Damaged;
    QTest::newRow("cannot connect") << QStringLiteral("08001") << SqlDialect::Failure::CannotOpen;
    QTest::newRow("connection lost") << QStringLiteral("08006") << SqlDialect::Failure::IoError;
    QTest::newRow("syntax") << QStringLiteral("42601") << SqlDialect::Failure::Other;
    QTest::newRow("an SQLite code") << QStringLiteral("2067") << SqlDialect::Failure::Other;
    QTest::newRow("no code") << QString() << SqlDialect::Failure::Other;
}

void tst_SqlDialect::postgresClassifiesBySqlstate() {
    QFETCH(QString, code);
    QFETCH(SqlDialect::Failure, failure);
    QCOMPARE(SqlDialect::postgres().classify(code), failure);
}

void tst_SqlDialect::theDriverPicksTheDialect() {
    QCOMPARE(&SqlDialect::forDriver(m_db->connection().driver()), &SqlDialect::sqlite());
    {
        const QSqlDatabase postgres =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("unopened"));
        QCOMPARE(&SqlDialect::forDriver(postgres.driver()), &SqlDialect::postgres());
        QCOMPARE(SqlDialect::postgres().driverName(), QStringLiteral("QPSQL"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("unopened"));
}

void tst_SqlDialect::sqliteAlreadyOrdersBytewiseAndLikesIgnoringCase() {
    for (const QString &name : {QStringLiteral("alpha"), QStringLiteral("Beta")}) {
        QSqlQuery insert = m_db->prepare(QStringLiteral("INSERT INTO services (name) VALUES (?)"));
        insert.addBindValue(name);
        Database::exec(insert, QStringLiteral("Adding"));
    }
    QSqlQuery ordered = m_db->prepare(QStringLiteral("SELECT name FROM services ORDER BY ") +
                                      m_dialect.bytewiseOrder(QStringLiteral("name")));
    Database::exec(ordered, QStringLiteral("Reading"));
    QStringList names;
    while (Database::next(ordered))
        names.append(ordered.value(0).toString());
    QCOMPARE(names, (QStringList{QStringLiteral("Beta"), QStringLiteral("alpha")}));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM services WHERE name LIKE 'b%'")), 1);
    QSqlQuery like = m_db->prepare(QStringLiteral("SELECT COUNT(*) FROM services WHERE ") +
                                   m_dialect.caseInsensitiveLike(QStringLiteral("name")));
    like.addBindValue(QStringLiteral("ALPH%"));
    Database::exec(like, QStringLiteral("Reading"));
    QVERIFY(Database::next(like));
    QCOMPARE(like.value(0).toInt(), 1);
    QCOMPARE(m_dialect.beginTransaction(), QStringLiteral("BEGIN IMMEDIATE"));
}

QTEST_GUILESS_MAIN(tst_SqlDialect)
#include "tst_SqlDialect.moc"
