#include "CodingTestFixture.h"
#include "PostgresTestServer.h"

#include "services/ConsentWithdrawal.h"

#include "storage/Database.h"
#include "storage/SchemaMigrator.h"
#include "storage/ScopedSavepoint.h"
#include "storage/ScopedTransaction.h"
#include "storage/SqlDialect.h"
#include "storage/StorageError.h"
#include "storage/TeamRepository.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTest>

#include <csignal>

// Database on PostgreSQL: opened from a URL, migrated with PostgreSQL's own schema files, its
// integrity rules and dialect doing what SQLite's do, and the plain sentences a user gets when
// the server, the password or the database is not there. Each test has a fresh database on a
// throw-away cluster (PostgresTestServer).
class tst_PostgresDatabase : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensAndMigrates();
    void upgradesFromTheFirstSchema();
    void refusesANewerSchemaButInspectsIt();
    void refusesSomeoneElsesDatabase();
    void constraintsRefuseBadRows_data();
    void constraintsRefuseBadRows();
    void detectsDuplicates();
    void insertOrIgnoreSkipsOnlyDuplicates();
    void matchesIgnoringCase();
    void ordersNamesBytewise();
    void nowIsAStoredInstant();
    void identitiesAreReturnedAndRestorable();
    void anotherConnectionSeesTheSameDatabase();
    void aReadOnlyConnectionWritesNothing();
    void aLoginThatOwnsNothingOpensACurrentDatabase();
    void aClosedConnectionLeavesNoHalfTransaction();
    void aFailedStepIsUndoneAloneAndTheTransactionGoesOn();
    void aKilledClientLeavesNothing();
    void fileChecksAreLeftToTheServer();
    void aWithdrawalSaysTheServerVacuumClearsTheRest();
    void saysWhyItCannotConnect_data();
    void saysWhyItCannotConnect();
    void aPasswordComesFromTheSpecOrLibpq();

private:
    ConnectionSpec spec() const { return *ConnectionSpec::parse(m_url); }
    bool run(const QString &sql) const;
    StorageError failureOf(const QString &sql) const;
    QStringList column(const QString &sql) const;
    int count(const QString &sql) const;

    std::unique_ptr<PostgresTestServer> m_server;
    QString m_url;
    std::unique_ptr<Database> m_db;
};

void tst_PostgresDatabase::initTestCase() {
    m_server = std::make_unique<PostgresTestServer>();
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->problem()));
}

void tst_PostgresDatabase::init() {
    m_url = m_server->freshDatabaseUrl();
    QVERIFY2(!m_url.isEmpty(), qPrintable(m_server->problem()));
    m_db = std::make_unique<Database>();
    m_db->open(m_url, Database::Mode::ExistingOnly);
}

void tst_PostgresDatabase::cleanup() {
    m_db.reset();
}

bool tst_PostgresDatabase::run(const QString &sql) const {
    QSqlQuery query(m_db->connection());
    return query.exec(sql);
}

StorageError tst_PostgresDatabase::failureOf(const QString &sql) const {
    try {
        QSqlQuery query = m_db->prepare(sql);
        Database::exec(query, QStringLiteral("Writing"));
    } catch (const StorageError &error) {
        return error;
    }
    return StorageError(StorageError::Kind::Invalid, QStringLiteral("no failure"));
}

QStringList tst_PostgresDatabase::column(const QString &sql) const {
    QSqlQuery query = m_db->prepare(sql);
    Database::exec(query, QStringLiteral("Reading"));
    QStringList values;
    while (Database::next(query))
        values.append(query.value(0).toString());
    return values;
}

int tst_PostgresDatabase::count(const QString &sql) const {
    const QStringList values = column(sql);
    return values.isEmpty() ? -1 : values.constFirst().toInt();
}

void tst_PostgresDatabase::opensAndMigrates() {
    QVERIFY(m_db->isOpen());
    QCOMPARE(m_db->connection().driverName(), QStringLiteral("QPSQL"));
    QCOMPARE(&m_db->dialect(), &SqlDialect::postgres());
    QCOMPARE(m_db->spec()->engine(), ConnectionSpec::Engine::Postgres);
    QCOMPARE(m_db->schemaVersion(), SchemaMigrator::latestVersion());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")),
             SchemaMigrator::available(SchemaMigrator::Engine::Postgres).size());
    // The names recorded are the portable steps', as on SQLite.
    QCOMPARE(column(QStringLiteral("SELECT name FROM schema_migrations ORDER BY version")).first(),
             QStringLiteral("initial"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM skills")), 7);
    // Every connection works in UTC, so anything the server formats is UTC too.
    QCOMPARE(column(QStringLiteral("SELECT current_setting('TimeZone')")),
             QStringList{QStringLiteral("UTC")});
    // Opening again migrates nothing more.
    m_db->open(m_url, Database::Mode::ExistingOnly);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")),
             SchemaMigrator::available(SchemaMigrator::Engine::Postgres).size());
}

void tst_PostgresDatabase::upgradesFromTheFirstSchema() {
    // A database left at schema 1 by an earlier version: step 1 applied by hand, as it was.
    m_db.reset();
    const QString url = m_server->freshDatabaseUrl();
    const SchemaMigrator::Migration first =
        SchemaMigrator::available(SchemaMigrator::Engine::Postgres).constFirst();
    QVERIFY(first.resourcePath.contains(QStringLiteral("postgresql")));
    QFile file(first.resourcePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList firstRelease =
        QStringList{QStringLiteral("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, "
                                   "name TEXT NOT NULL, applied_at TEXT NOT NULL)")} +
        SchemaMigrator::splitStatements(QString::fromUtf8(file.readAll())) +
        QStringList{QStringLiteral("INSERT INTO schema_migrations VALUES (1, 'initial', "
                                   "'2025-01-01T00:00:00.000Z')"),
                    QStringLiteral("INSERT INTO services (name) VALUES ('Old service')")};
    QVERIFY2(m_server->execIn(ConnectionSpec::parse(url)->databaseName(), firstRelease),
             qPrintable(m_server->problem()));

    Database db;
    db.open(url, Database::Mode::ExistingOnly);
    QCOMPARE(db.schemaVersion(), SchemaMigrator::latestVersion());
    QSqlQuery kept = db.prepare(QStringLiteral("SELECT name FROM services"));
    Database::exec(kept, QStringLiteral("Reading"));
    QVERIFY(Database::next(kept));
    QCOMPARE(kept.value(0).toString(), QStringLiteral("Old service"));
    // Step 2's table is there.
    QVERIFY(db.connection().tables().contains(QStringLiteral("organisation_settings")));
}

void tst_PostgresDatabase::refusesANewerSchemaButInspectsIt() {
    const int newer = SchemaMigrator::latestVersion() + 1;
    QVERIFY(
        run(QStringLiteral("INSERT INTO schema_migrations VALUES (%1, 'future', 'x')").arg(newer)));
    m_db->close();
    try {
        m_db->open(m_url, Database::Mode::ExistingOnly);
        QFAIL("a newer schema was opened");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::NewerSchema);
        // The same words as for a file, naming the database by its URL.
        QCOMPARE(error.message(), StorageError::newerSchema(spec().displayName(), newer,
                                                            SchemaMigrator::latestVersion())
                                      .message());
        QVERIFY2(error.message().startsWith(spec().displayName() +
                                            QStringLiteral(" was made by a newer version")),
                 qPrintable(error.message()));
    }
    QVERIFY(!m_db->isOpen());
    m_db->open(m_url, Database::Mode::Inspect);
    QCOMPARE(m_db->schemaVersion(), newer);
}

void tst_PostgresDatabase::refusesSomeoneElsesDatabase() {
    m_db.reset();
    const QString url = m_server->freshDatabaseUrl();
    {
        Database raw;
        raw.open(url, Database::Mode::Inspect);
        QSqlQuery query(raw.connection());
        QVERIFY(query.exec(QStringLiteral("SET default_transaction_read_only = off")));
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER)")));
    }
    Database db;
    try {
        db.open(url, Database::Mode::ExistingOnly);
        QFAIL("someone else's database was migrated");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::NotADatabase);
    }
}

void tst_PostgresDatabase::constraintsRefuseBadRows_data() {
    QTest::addColumn<QString>("sql");
    QTest::newRow("check: empty name")
        << QStringLiteral("INSERT INTO services (name) VALUES ('  ')");
    QTest::newRow("check: team kind")
        << QStringLiteral("INSERT INTO teams (service_id, name, kind) VALUES (1, 'T', 'Nope')");
    QTest::newRow("foreign key: no such service")
        << QStringLiteral("INSERT INTO teams (service_id, name, kind) VALUES (999, 'T', 'CIN')");
    QTest::newRow("not null") << QStringLiteral(
        "INSERT INTO families (case_code, case_type) VALUES (NULL, 'other')");
    // SQLite's LIKE ignores case, so 't1' is a timepoint there; the port must agree.
    QTest::newRow("check: timepoint")
        << QStringLiteral("INSERT INTO instrument_administrations (family_id, respondent, "
                          "instrument_id, instrument_version, timepoint, administered_on, mode, "
                          "created_at) VALUES (1, 'mother', 'x', 1, 'X1', '2025-01-01', "
                          "'paper', 'x')");
}

void tst_PostgresDatabase::constraintsRefuseBadRows() {
    QFETCH(QString, sql);
    QVERIFY(run(QStringLiteral("INSERT INTO services (name) VALUES ('Children''s services')")));
    QVERIFY(run(QStringLiteral("INSERT INTO families (case_code, case_type) VALUES ('F1', "
                               "'other')")));
    const StorageError error = failureOf(sql);
    QCOMPARE(error.kind(), StorageError::Kind::Constraint);
    QVERIFY(!error.isDuplicate());
    QVERIFY2(error.nativeErrorCode().startsWith(QStringLiteral("23")),
             qPrintable(error.nativeErrorCode()));
}

void tst_PostgresDatabase::detectsDuplicates() {
    QVERIFY(run(QStringLiteral("INSERT INTO families (case_code, case_type) VALUES ('F1', "
                               "'other')")));
    const StorageError error = failureOf(
        QStringLiteral("INSERT INTO families (case_code, case_type) VALUES ('F1', 'other')"));
    QCOMPARE(error.kind(), StorageError::Kind::Constraint);
    QVERIFY(error.isDuplicate());
    QCOMPARE(error.nativeErrorCode(), QStringLiteral("23505"));
    // The lower-case timepoint SQLite accepts is accepted here too.
    QVERIFY(run(QStringLiteral("INSERT INTO instrument_administrations (family_id, respondent, "
                               "instrument_id, instrument_version, timepoint, administered_on, "
                               "mode, created_at) SELECT id, 'mother', 'x', 1, 't1', "
                               "'2025-01-01', 'paper', 'x' FROM families")));
}

void tst_PostgresDatabase::insertOrIgnoreSkipsOnlyDuplicates() {
    const QString sql = m_db->dialect().insertOrIgnore(
        QStringLiteral("families"), {QStringLiteral("case_code"), QStringLiteral("case_type")},
        {QStringLiteral("case_code")});
    for (int i = 0; i < 2; ++i) {
        QSqlQuery insert = m_db->prepare(sql);
        insert.addBindValue(QStringLiteral("F1"));
        insert.addBindValue(QStringLiteral("other"));
        Database::exec(insert, QStringLiteral("Adding"));
    }
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM families")), 1);
    // A CHECK failure is still a failure.
    QSqlQuery bad = m_db->prepare(sql);
    bad.addBindValue(QStringLiteral("F2"));
    bad.addBindValue(QStringLiteral("nonsense"));
    QVERIFY_THROWS_EXCEPTION(StorageError, Database::exec(bad, QStringLiteral("Adding")));
}

void tst_PostgresDatabase::matchesIgnoringCase() {
    QVERIFY(run(QStringLiteral("INSERT INTO families (case_code, case_type) VALUES ('Fam-ABC', "
                               "'other')")));
    QSqlQuery equals =
        m_db->prepare(QStringLiteral("SELECT COUNT(*) FROM families WHERE ") +
                      m_db->dialect().caseInsensitiveEquals(QStringLiteral("case_code")));
    equals.addBindValue(QStringLiteral("fam-abc"));
    Database::exec(equals, QStringLiteral("Reading"));
    QVERIFY(Database::next(equals));
    QCOMPARE(equals.value(0).toInt(), 1);

    QSqlQuery like =
        m_db->prepare(QStringLiteral("SELECT COUNT(*) FROM families WHERE ") +
                      m_db->dialect().caseInsensitiveLike(QStringLiteral("case_code")));
    like.addBindValue(QStringLiteral("fam-a%"));
    Database::exec(like, QStringLiteral("Reading"));
    QVERIFY(Database::next(like));
    QCOMPARE(like.value(0).toInt(), 1);
}

void tst_PostgresDatabase::ordersNamesBytewise() {
    for (const QString &name : {QStringLiteral("alpha"), QStringLiteral("Beta"),
                                QStringLiteral("de Souza"), QStringLiteral("Dean")})
        QVERIFY(run(QStringLiteral("INSERT INTO services (name) VALUES ('%1')").arg(name)));
    const QStringList bytewise{QStringLiteral("Beta"), QStringLiteral("Dean"),
                               QStringLiteral("alpha"), QStringLiteral("de Souza")};
    // The test database sorts by a British locale, as a council's server may...
    QVERIFY(column(QStringLiteral("SELECT name FROM services ORDER BY name")) != bytewise);
    // ...and the dialect's ordering is SQLite's whatever the locale.
    QCOMPARE(column(QStringLiteral("SELECT name FROM services ORDER BY ") +
                    m_db->dialect().bytewiseOrder(QStringLiteral("name"))),
             bytewise);
}

void tst_PostgresDatabase::nowIsAStoredInstant() {
    const QStringList now = column(QStringLiteral("SELECT ") + m_db->dialect().currentInstant());
    QCOMPARE(now.size(), 1);
    static const QRegularExpression format(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$"));
    QVERIFY2(format.match(now.constFirst()).hasMatch(), qPrintable(now.constFirst()));
    QVERIFY(QDateTime::fromString(now.constFirst(), Qt::ISODateWithMs).isValid());
}

void tst_PostgresDatabase::identitiesAreReturnedAndRestorable() {
    TeamRepository teams(*m_db);
    const qint64 first = teams.create(QStringLiteral("CIN 1"), QStringLiteral("CIN"));
    const qint64 second = teams.create(QStringLiteral("CP 1"), QStringLiteral("CP"));
    QVERIFY(first > 0);
    QCOMPARE(second, first + 1);
    QCOMPARE(teams.findByName(QStringLiteral("CP 1"))->id, second);
    // A row given back its old id (an undone delete) keeps it, and the next id does not clash.
    QVERIFY(run(QStringLiteral("INSERT INTO families (id, case_code, case_type) VALUES (500, "
                               "'F500', 'other')")));
    QVERIFY(run(QStringLiteral("INSERT INTO families (case_code, case_type) VALUES ('F1', "
                               "'other')")));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM families")), 2);
}

void tst_PostgresDatabase::anotherConnectionSeesTheSameDatabase() {
    const std::unique_ptr<Database> other = m_db->openAnotherConnection();
    QVERIFY(other->isOpen());
    QCOMPARE(&other->dialect(), &SqlDialect::postgres());
    {
        ScopedTransaction transaction(m_db->connection());
        QVERIFY(run(QStringLiteral("INSERT INTO families (case_code, case_type) VALUES ('F1', "
                                   "'other')")));
        transaction.commit();
    }
    QSqlQuery query = other->prepare(QStringLiteral("SELECT COUNT(*) FROM families"));
    Database::exec(query, QStringLiteral("Reading"));
    QVERIFY(Database::next(query));
    QCOMPARE(query.value(0).toInt(), 1);
}

void tst_PostgresDatabase::aReadOnlyConnectionWritesNothing() {
    Database inspect;
    inspect.open(m_url, Database::Mode::Inspect);
    QSqlQuery insert = inspect.prepare(
        QStringLiteral("INSERT INTO families (case_code, case_type) VALUES ('F1', 'other')"));
    try {
        Database::exec(insert, QStringLiteral("Adding"));
        QFAIL("a read-only connection wrote");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::ReadOnly);
    }
}

// An evaluator's login may read and write the data but not create tables; opening a database
// whose schema is current must not try to (it did: "permission denied for schema public").
void tst_PostgresDatabase::aLoginThatOwnsNothingOpensACurrentDatabase() {
    const QString login = m_server->unusedDatabaseName();
    const QString name = ConnectionSpec::parse(m_url)->databaseName();
    QVERIFY2(m_server->exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(login)),
             qPrintable(m_server->problem()));
    QVERIFY2(
        m_server->execIn(name, {QStringLiteral("REVOKE CREATE ON SCHEMA public FROM PUBLIC"),
                                QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(login),
                                QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES "
                                               "IN SCHEMA public TO %1")
                                    .arg(login)}),
        qPrintable(m_server->problem()));
    QString url = m_url;
    url.replace(QStringLiteral("postgresql://%1@").arg(m_server->user()),
                QStringLiteral("postgresql://%1@").arg(login));
    Database evaluator;
    try {
        evaluator.open(url, Database::Mode::ExistingOnly);
    } catch (const StorageError &error) {
        QFAIL(qPrintable(error.message()));
    }
    QCOMPARE(evaluator.schemaVersion(), SchemaMigrator::latestVersion());
}

void tst_PostgresDatabase::aClosedConnectionLeavesNoHalfTransaction() {
    {
        const std::unique_ptr<Database> writer = m_db->openAnotherConnection();
        QSqlQuery query(writer->connection());
        QVERIFY(query.exec(m_db->dialect().beginTransaction()));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO families (case_code, case_type) VALUES "
                                          "('F1', 'other')")));
        // Gone without a commit, as when the program stops.
    }
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM families")), 0);
}

void tst_PostgresDatabase::aFailedStepIsUndoneAloneAndTheTransactionGoesOn() {
    const auto add = [this](const QString &code) {
        QSqlQuery insert = m_db->prepare(
            QStringLiteral("INSERT INTO families (case_code, case_type) VALUES (?, 'other')"));
        insert.addBindValue(code);
        Database::exec(insert, QStringLiteral("Adding"));
    };
    ScopedTransaction transaction(m_db->connection());
    add(QStringLiteral("F1"));
    for (const QString &code : {QStringLiteral("F1"), QStringLiteral("F1"), QStringLiteral("F2")}) {
        try {
            const ScopedSavepoint step(m_db->connection());
            add(code);
        } catch (const StorageError &error) {
            // Each failure is the row's own, not "the transaction is aborted".
            QVERIFY2(error.isDuplicate(), qPrintable(error.message()));
        }
    }
    transaction.commit();
    QCOMPARE(column(QStringLiteral("SELECT case_code FROM families ORDER BY id")),
             (QStringList{QStringLiteral("F1"), QStringLiteral("F2")}));
}

void tst_PostgresDatabase::aKilledClientLeavesNothing() {
    const QString psql = QStringLiteral("/usr/bin/psql");
    QVERIFY2(QFile::exists(psql), "psql is installed with the postgresql package");
    const ConnectionSpec target = spec();
    QProcess client;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGAPPNAME"), QStringLiteral("pc_killed_client"));
    client.setProcessEnvironment(environment);
    client.start(psql, {QStringLiteral("-h"), target.host(), QStringLiteral("-p"),
                        QString::number(target.port()), QStringLiteral("-U"), target.userName(),
                        QStringLiteral("-d"), target.databaseName(), QStringLiteral("-q")});
    QVERIFY(client.waitForStarted(30000));
    // A whole migration step, half-way through: a table made and a row written, no commit.
    client.write("BEGIN;\n"
                 "CREATE TABLE half_applied (id INTEGER);\n"
                 "INSERT INTO families (case_code, case_type) VALUES ('F1', 'other');\n");
    QVERIFY(client.waitForBytesWritten(30000));
    const QString waiting =
        QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = "
                       "'pc_killed_client' AND state = 'idle in transaction'");
    QTRY_COMPARE_WITH_TIMEOUT(count(waiting), 1, 60000);
    ::kill(static_cast<pid_t>(client.processId()), SIGKILL);
    QVERIFY(client.waitForFinished(30000));
    QTRY_COMPARE_WITH_TIMEOUT(
        count(QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE application_name = "
                             "'pc_killed_client'")),
        0, 60000);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM families")), 0);
    QVERIFY(!m_db->connection().tables().contains(QStringLiteral("half_applied")));
}

void tst_PostgresDatabase::fileChecksAreLeftToTheServer() {
    QVERIFY(m_db->path().isEmpty());
    QVERIFY(m_db->integrityProblems().isEmpty());
    QVERIFY(m_db->foreignKeyProblems().isEmpty());
    m_db->requireIntact();
    try {
        m_db->copyTo(QStringLiteral("/nonexistent/copy.sqlite"));
        QFAIL("copyTo ran on PostgreSQL");
    } catch (const StorageError &error) {
        QVERIFY2(error.message().contains(QStringLiteral("copy-database")),
                 qPrintable(error.message()));
    }
}

void tst_PostgresDatabase::aWithdrawalSaysTheServerVacuumClearsTheRest() {
    CodingTestFixture fixture;
    fixture.build(*m_db);
    const qint64 recording = fixture.addRecording(*m_db);
    CodingRepository codings(*m_db);
    const qint64 coding = codings.create(recording, fixture.alice, QStringLiteral("primary"),
                                         CodingSchemeLoader::builtIn(), 0, 60000);
    CodingTestFixture::scoreAll(codings, coding, 3);
    QTemporaryDir peaks;
    ConsentWithdrawal withdrawal(*m_db);
    withdrawal.setPeakCacheDirectory(peaks.path());
    const ConsentWithdrawal::Result result =
        withdrawal.withdraw(recording, ConsentWithdrawal::Party::Family,
                            QDate::currentDate().addDays(-1), fixture.alice);
    QVERIFY(result.changed);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM codings")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM skill_scores")), 0);
    // Nothing on the server is "deleted for good" until its VACUUM: the summary says so.
    QVERIFY(result.clearedByServerVacuum);
    QVERIFY(!result.walCheckpointed);
    QVERIFY2(result.summary().contains(QStringLiteral("(VACUUM)")), qPrintable(result.summary()));
    QVERIFY2(!result.summary().contains(QStringLiteral("for good")), qPrintable(result.summary()));
}

void tst_PostgresDatabase::saysWhyItCannotConnect_data() {
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("says");
    const QString host = m_server->host();
    // Port 1 is never a PostgreSQL server.
    QTest::newRow("no server") << QStringLiteral("postgresql://postgres@127.0.0.1:1/practice")
                               << QStringLiteral("could not reach the PostgreSQL server");
    QTest::newRow("no such database")
        << m_server->unusedDatabaseUrl() << QStringLiteral("There is no database");
    QTest::newRow("no such user")
        << QStringLiteral("postgresql://nobody_here@%1:%2/postgres").arg(host).arg(m_server->port())
        << QStringLiteral("did not let nobody_here sign in");
}

void tst_PostgresDatabase::saysWhyItCannotConnect() {
    QFETCH(QString, url);
    QFETCH(QString, says);
    const ConnectionSpec target =
        ConnectionSpec::parse(url)->withPassword(QStringLiteral("s3cr3t"));
    Database db;
    try {
        db.open(target, Database::Mode::ExistingOnly);
        QFAIL("opened");
    } catch (const StorageError &error) {
        QCOMPARE(error.kind(), StorageError::Kind::CannotOpen);
        QVERIFY2(error.message().contains(says), qPrintable(error.message()));
        QVERIFY2(error.message().contains(target.displayName()), qPrintable(error.message()));
        QVERIFY2(!error.message().contains(QStringLiteral("s3cr3t")), qPrintable(error.message()));
        // One sentence.
        QCOMPARE(error.message().count(QStringLiteral(". ")), 0);
    }
    QVERIFY(!db.isOpen());
}

void tst_PostgresDatabase::aPasswordComesFromTheSpecOrLibpq() {
    const QString user = QStringLiteral("pc_signed_in");
    QVERIFY(m_server->exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'right-one'").arg(user)));
    // A database of the user's own, still empty, which the user's first sign-in migrates.
    const ConnectionSpec own = *ConnectionSpec::parse(m_server->freshDatabaseUrl());
    QVERIFY(m_server->exec(
        QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(own.databaseName(), user)));
    QVERIFY(m_server->requirePasswordFor(user));
    // No ~/.pgpass or PGPASSWORD of the machine's own may answer for the test.
    QTemporaryDir home;
    qputenv("PGPASSFILE", home.filePath(QStringLiteral("none")).toUtf8());
    qunsetenv("PGPASSWORD");
    const ConnectionSpec asUser =
        ConnectionSpec::postgres(own.host(), own.port(), own.databaseName(), user);
    const auto failure = [](const ConnectionSpec &target) {
        Database db;
        try {
            db.open(target, Database::Mode::ExistingOnly);
        } catch (const StorageError &error) {
            return error.message();
        }
        return QString();
    };
    const QString missing = failure(asUser);
    QVERIFY2(missing.contains(QStringLiteral("asked for the password of pc_signed_in, and none "
                                             "was found")),
             qPrintable(missing));
    const QString wrong = failure(asUser.withPassword(QStringLiteral("wrong-one")));
    QVERIFY2(wrong.contains(QStringLiteral("refused the password of pc_signed_in")),
             qPrintable(wrong));
    QVERIFY(!wrong.contains(QStringLiteral("wrong-one")));
    // From a sign-in prompt...
    QCOMPARE(failure(asUser.withPassword(QStringLiteral("right-one"))), QString());
    // ...or from libpq's own sources.
    qputenv("PGPASSWORD", "right-one");
    QCOMPARE(failure(asUser), QString());
    qunsetenv("PGPASSWORD");
    qunsetenv("PGPASSFILE");
}

QTEST_GUILESS_MAIN(tst_PostgresDatabase)
#include "tst_PostgresDatabase.moc"
