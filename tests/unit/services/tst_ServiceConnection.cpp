#include "PostgresTestServer.h"
#include "services/ServiceConnection.h"
#include "storage/ConnectionSpec.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Connecting to a service database from the GUI, without the GUI: what the sign-in prompt is
// told (a password is wanted, or was refused), when the unencrypted-connection warning is due,
// and how the open database is named. The connections are made to the run's throw-away
// PostgreSQL cluster.
class tst_ServiceConnection : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void warnsOnlyForAnotherComputerWithoutTls_data();
    void warnsOnlyForAnotherComputerWithoutTls();
    void theWarningNamesTheHost();
    void namesTheDatabaseWithoutAPassword();
    void opensADatabaseFile();
    void opensAServiceDatabase();
    void tellsAWantedPasswordFromARefusedOne();
    void anythingElseIsOnePlainSentence();
    void aDriversMessageIsCutToItsFirstLine();

private:
    std::unique_ptr<PostgresTestServer> m_server;
};

void tst_ServiceConnection::initTestCase() {
    m_server = std::make_unique<PostgresTestServer>();
    QVERIFY2(m_server->isRunning(), qPrintable(m_server->problem()));
}

void tst_ServiceConnection::warnsOnlyForAnotherComputerWithoutTls_data() {
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("sslMode");
    QTest::addColumn<bool>("warns");
    const QStringList local{QString(),
                            QStringLiteral("/var/run/postgresql"),
                            QStringLiteral("localhost"),
                            QStringLiteral("LOCALHOST"),
                            QStringLiteral("127.0.0.1"),
                            QStringLiteral("::1")};
    const QStringList plain{QString(), QStringLiteral("disable"), QStringLiteral("allow"),
                            QStringLiteral("prefer")};
    const QStringList encrypted{QStringLiteral("require"), QStringLiteral("verify-ca"),
                                QStringLiteral("verify-full")};
    for (const QString &host : local) {
        for (const QString &mode : plain + encrypted)
            QTest::addRow("%s %s", qPrintable(host), qPrintable(mode)) << host << mode << false;
    }
    for (const QString &host :
         {QStringLiteral("practice-db.council.local"), QStringLiteral("10.1.2.3")}) {
        for (const QString &mode : plain)
            QTest::addRow("%s %s", qPrintable(host), qPrintable(mode)) << host << mode << true;
        for (const QString &mode : encrypted)
            QTest::addRow("%s %s", qPrintable(host), qPrintable(mode)) << host << mode << false;
    }
}

void tst_ServiceConnection::warnsOnlyForAnotherComputerWithoutTls() {
    QFETCH(QString, host);
    QFETCH(QString, sslMode);
    QFETCH(bool, warns);
    const ConnectionSpec spec = ConnectionSpec::postgres(host, 5432, QStringLiteral("practice"),
                                                         QStringLiteral("alice"), sslMode);
    QCOMPARE(ServiceConnection::isUnencryptedOverNetwork(spec), warns);
}

void tst_ServiceConnection::theWarningNamesTheHost() {
    const ConnectionSpec spec = ConnectionSpec::postgres(
        QStringLiteral("practice-db.council.local"), 5432, QStringLiteral("practice"),
        QStringLiteral("alice"), QStringLiteral("prefer"));
    QVERIFY(ServiceConnection::unencryptedWarning(spec).startsWith(
        QStringLiteral("The connection to practice-db.council.local is not encrypted")));
    // A database file never crosses the network.
    QVERIFY(!ServiceConnection::isUnencryptedOverNetwork(
        ConnectionSpec::sqliteFile(QStringLiteral("/tmp/x.sqlite"))));
}

void tst_ServiceConnection::namesTheDatabaseWithoutAPassword() {
    const ConnectionSpec spec =
        ConnectionSpec::postgres(QStringLiteral("practice-db.council.local"), 5433,
                                 QStringLiteral("practice"), QStringLiteral("alice"),
                                 QStringLiteral("verify-full"))
            .withPassword(QStringLiteral("s3cr3t"));
    QCOMPARE(ServiceConnection::describe(spec),
             QStringLiteral("alice@practice-db.council.local/practice"));
    QCOMPARE(ServiceConnection::shortName(spec), ServiceConnection::describe(spec));
    const ConnectionSpec socket = ConnectionSpec::postgres(
        QString(), 5432, QStringLiteral("practice"), QStringLiteral("alice"));
    QCOMPARE(ServiceConnection::describe(socket), QStringLiteral("alice@localhost/practice"));
    const ConnectionSpec file = ConnectionSpec::sqliteFile(QStringLiteral("/data/team.sqlite"));
    QCOMPARE(ServiceConnection::describe(file), QStringLiteral("/data/team.sqlite"));
    QCOMPARE(ServiceConnection::shortName(file), QStringLiteral("team.sqlite"));
}

void tst_ServiceConnection::opensADatabaseFile() {
    QTemporaryDir dir;
    const ConnectionSpec file =
        ConnectionSpec::sqliteFile(dir.filePath(QStringLiteral("new.sqlite")));
    ServiceConnection::Attempt attempt = ServiceConnection::open(file);
    QCOMPARE(attempt.outcome, ServiceConnection::Outcome::Opened);
    QVERIFY(attempt.database && attempt.database->isOpen());
}

void tst_ServiceConnection::opensAServiceDatabase() {
    const QString url = m_server->freshDatabaseUrl();
    QVERIFY2(!url.isEmpty(), qPrintable(m_server->problem()));
    ServiceConnection::Attempt attempt = ServiceConnection::open(*ConnectionSpec::parse(url));
    QCOMPARE(attempt.outcome, ServiceConnection::Outcome::Opened);
    QVERIFY(attempt.database && attempt.database->isOpen());
    QVERIFY(attempt.database->schemaVersion() > 0);
    QVERIFY(attempt.problem.isEmpty());
}

void tst_ServiceConnection::tellsAWantedPasswordFromARefusedOne() {
    // A role of this run's own: the cluster is shared, and a test may be run again on it.
    const QString user = QStringLiteral("pc_sign_in_%1").arg(QCoreApplication::applicationPid());
    QVERIFY(m_server->exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'right-one'").arg(user)));
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

    ServiceConnection::Attempt none = ServiceConnection::open(asUser);
    QCOMPARE(none.outcome, ServiceConnection::Outcome::PasswordNeeded);
    QVERIFY(!none.database);
    ServiceConnection::Attempt wrong =
        ServiceConnection::open(asUser.withPassword(QStringLiteral("wrong-one")));
    QCOMPARE(wrong.outcome, ServiceConnection::Outcome::PasswordRefused);
    QVERIFY(!wrong.problem.contains(QStringLiteral("wrong-one")));
    ServiceConnection::Attempt right =
        ServiceConnection::open(asUser.withPassword(QStringLiteral("right-one")));
    QCOMPARE(right.outcome, ServiceConnection::Outcome::Opened);
    // libpq's own sources count as given: a wrong one there is refused like a typed one.
    qputenv("PGPASSWORD", "wrong-one");
    QCOMPARE(ServiceConnection::open(asUser).outcome, ServiceConnection::Outcome::PasswordRefused);
    qunsetenv("PGPASSWORD");
    qunsetenv("PGPASSFILE");
}

void tst_ServiceConnection::anythingElseIsOnePlainSentence() {
    const ConnectionSpec missing = *ConnectionSpec::parse(m_server->unusedDatabaseUrl());
    ServiceConnection::Attempt attempt =
        ServiceConnection::open(missing.withPassword(QStringLiteral("s3cr3t")));
    QCOMPARE(attempt.outcome, ServiceConnection::Outcome::Failed);
    QVERIFY(!attempt.database);
    QVERIFY2(attempt.problem.startsWith(QStringLiteral("There is no database")),
             qPrintable(attempt.problem));
    QVERIFY(!attempt.problem.contains(QStringLiteral("s3cr3t")));
    QCOMPARE(attempt.problem.count(QStringLiteral(". ")), 0);
}

void tst_ServiceConnection::aDriversMessageIsCutToItsFirstLine() {
    // A database whose schema table is not PracticeCoder's: the driver's error goes on with
    // the statement it failed on, which the dialog must not show.
    const ConnectionSpec spec = *ConnectionSpec::parse(m_server->freshDatabaseUrl());
    QVERIFY2(m_server->execIn(spec.databaseName(),
                              {QStringLiteral("CREATE TABLE schema_migrations (other TEXT)")}),
             qPrintable(m_server->problem()));
    ServiceConnection::Attempt attempt = ServiceConnection::open(spec);
    QCOMPARE(attempt.outcome, ServiceConnection::Outcome::Failed);
    QVERIFY(!attempt.problem.isEmpty());
    QVERIFY2(!attempt.problem.contains(QLatin1Char('\n')), qPrintable(attempt.problem));
    QVERIFY2(!attempt.problem.contains(QStringLiteral("LINE 1")), qPrintable(attempt.problem));
}

QTEST_GUILESS_MAIN(tst_ServiceConnection)
#include "tst_ServiceConnection.moc"
