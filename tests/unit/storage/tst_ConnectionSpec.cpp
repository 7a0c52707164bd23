#include "storage/ConnectionSpec.h"

#include <QDir>
#include <QTest>

class tst_ConnectionSpec : public QObject {
    Q_OBJECT

private slots:
    void aPathIsAnSqliteFileMadeAbsolute();
    void theSameFileIsTheSameSpec();
    void refusesNothing_data();
    void refusesNothing();
    void refusesAddressesWithoutRepeatingThem_data();
    void refusesAddressesWithoutRepeatingThem();
    void readsAPostgresUrl_data();
    void readsAPostgresUrl();
    void refusesAPasswordInTheUrl_data();
    void refusesAPasswordInTheUrl();
    void refusesBadPostgresUrls_data();
    void refusesBadPostgresUrls();
    void aPasswordIsKeptInMemoryOnly();
};

void tst_ConnectionSpec::aPathIsAnSqliteFileMadeAbsolute() {
    QString problem;
    const auto spec = ConnectionSpec::parse(QStringLiteral("team/practice.sqlite"), &problem);
    QVERIFY(spec);
    QVERIFY(problem.isEmpty());
    QCOMPARE(spec->engine(), ConnectionSpec::Engine::Sqlite);
    QCOMPARE(spec->filePath(),
             QDir::current().absoluteFilePath(QStringLiteral("team/practice.sqlite")));
    QCOMPARE(spec->displayName(), spec->filePath());
    // A colon is allowed in a file name; only scheme:// is an address.
    const auto colon = ConnectionSpec::parse(QStringLiteral("/data/2025:q1.sqlite"));
    QVERIFY(colon);
    QCOMPARE(colon->filePath(), QStringLiteral("/data/2025:q1.sqlite"));
}

void tst_ConnectionSpec::theSameFileIsTheSameSpec() {
    QCOMPARE(
        *ConnectionSpec::parse(QStringLiteral("practice.sqlite")),
        ConnectionSpec::sqliteFile(QDir::current().filePath(QStringLiteral("practice.sqlite"))));
    QVERIFY(!(ConnectionSpec::sqliteFile(QStringLiteral("/data/a.sqlite")) ==
              ConnectionSpec::sqliteFile(QStringLiteral("/data/b.sqlite"))));
}

void tst_ConnectionSpec::refusesNothing_data() {
    QTest::addColumn<QString>("value");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
}

void tst_ConnectionSpec::refusesNothing() {
    QFETCH(QString, value);
    QString problem;
    QVERIFY(!ConnectionSpec::parse(value, &problem));
    QCOMPARE(problem, QStringLiteral("No database given."));
}

void tst_ConnectionSpec::refusesAddressesWithoutRepeatingThem_data() {
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("says");
    QTest::newRow("other scheme") << QStringLiteral("mysql://amira:s3cret@db.example/practice")
                                  << QStringLiteral("at a mysql:// address");
}

void tst_ConnectionSpec::refusesAddressesWithoutRepeatingThem() {
    QFETCH(QString, value);
    QFETCH(QString, says);
    QString problem;
    // Taken as a path, the URL would become a folder called "postgresql:" in the current one.
    QVERIFY(!ConnectionSpec::parse(value, &problem));
    QVERIFY2(problem.contains(says), qPrintable(problem));
    QVERIFY2(!problem.contains(QStringLiteral("s3cret")), qPrintable(problem));
    QVERIFY2(problem.contains(QStringLiteral("path of a database file")), qPrintable(problem));
}

void tst_ConnectionSpec::readsAPostgresUrl_data() {
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("sslMode");
    QTest::addColumn<QString>("url");
    QTest::newRow("full") << QStringLiteral("postgresql://amira@db.example:5433/practice?sslmode="
                                            "verify-full")
                          << QStringLiteral("db.example") << 5433 << QStringLiteral("practice")
                          << QStringLiteral("amira") << QStringLiteral("verify-full")
                          << QStringLiteral("postgresql://amira@db.example:5433/practice?sslmode="
                                            "verify-full");
    QTest::newRow("default port, postgres://, any case")
        << QStringLiteral(" Postgres://amira@db.example/practice") << QStringLiteral("db.example")
        << 5432 << QStringLiteral("practice") << QStringLiteral("amira") << QString()
        << QStringLiteral("postgresql://amira@db.example:5432/practice");
    QTest::newRow("unix socket") << QStringLiteral("postgresql://amira@/practice") << QString()
                                 << 5432 << QStringLiteral("practice") << QStringLiteral("amira")
                                 << QString()
                                 << QStringLiteral("postgresql://amira@:5432/practice");
    QTest::newRow("socket folder")
        << QStringLiteral("postgresql://amira@%2Fvar%2Frun%2Fpostgresql:5433/practice")
        << QStringLiteral("/var/run/postgresql") << 5433 << QStringLiteral("practice")
        << QStringLiteral("amira") << QString()
        << QStringLiteral("postgresql://amira@%2Fvar%2Frun%2Fpostgresql:5433/practice");
    QTest::newRow("ipv6") << QStringLiteral("postgresql://amira@[::1]:5434/practice")
                          << QStringLiteral("::1") << 5434 << QStringLiteral("practice")
                          << QStringLiteral("amira") << QString()
                          << QStringLiteral("postgresql://amira@[::1]:5434/practice");
    QTest::newRow("encoded names")
        << QStringLiteral("postgresql://o%27brien@db.example/north%20team")
        << QStringLiteral("db.example") << 5432 << QStringLiteral("north team")
        << QStringLiteral("o'brien") << QString()
        << QStringLiteral("postgresql://o%27brien@db.example:5432/north%20team");
}

void tst_ConnectionSpec::readsAPostgresUrl() {
    QFETCH(QString, value);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, sslMode);
    QFETCH(QString, url);
    QString problem;
    const auto spec = ConnectionSpec::parse(value, &problem);
    QVERIFY2(spec, qPrintable(problem));
    QCOMPARE(spec->engine(), ConnectionSpec::Engine::Postgres);
    QVERIFY(spec->isPostgres());
    QCOMPARE(spec->host(), host);
    QCOMPARE(spec->port(), port);
    QCOMPARE(spec->databaseName(), database);
    QCOMPARE(spec->userName(), user);
    QCOMPARE(spec->sslMode(), sslMode);
    QVERIFY(spec->filePath().isEmpty());
    QCOMPARE(spec->toUrl(), url);
    // What toUrl() writes reads back to the same spec.
    QCOMPARE(*ConnectionSpec::parse(spec->toUrl()), *spec);
    QVERIFY(!spec->displayName().contains(QStringLiteral("sslmode")));
}

void tst_ConnectionSpec::refusesAPasswordInTheUrl_data() {
    QTest::addColumn<QString>("value");
    QTest::newRow("user:password") << QStringLiteral("postgresql://amira:s3cret@db.example/p");
    QTest::newRow("empty user") << QStringLiteral("postgres://:s3cret@db.example/p");
    QTest::newRow("option") << QStringLiteral("postgresql://amira@db.example/p?password=s3cret");
}

void tst_ConnectionSpec::refusesAPasswordInTheUrl() {
    QFETCH(QString, value);
    QString problem;
    QVERIFY(!ConnectionSpec::parse(value, &problem));
    QVERIFY2(!problem.contains(QStringLiteral("s3cret")), qPrintable(problem));
    for (const QString &source :
         {QStringLiteral("PGPASSWORD"), QStringLiteral("~/.pgpass"), QStringLiteral("PGPASSFILE")})
        QVERIFY2(problem.contains(source), qPrintable(problem));
    QCOMPARE(problem.count(QLatin1Char('.')), problem.count(QStringLiteral(".pgpass")) + 1);
}

void tst_ConnectionSpec::refusesBadPostgresUrls_data() {
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("says");
    QTest::newRow("no database") << QStringLiteral("postgresql://amira@db.example:5432")
                                 << QStringLiteral("names no database");
    QTest::newRow("empty database")
        << QStringLiteral("postgresql://amira@db.example/") << QStringLiteral("names no database");
    QTest::newRow("port not a number")
        << QStringLiteral("postgresql://amira@db.example:x/p") << QStringLiteral("port");
    QTest::newRow("port too big") << QStringLiteral("postgresql://amira@db.example:70000/p")
                                  << QStringLiteral("port");
    QTest::newRow("sslmode") << QStringLiteral("postgresql://amira@db.example/p?sslmode=maybe")
                             << QStringLiteral("verify-full");
    QTest::newRow("other option") << QStringLiteral(
                                         "postgresql://amira@db.example/p?application_name=x")
                                  << QStringLiteral("\"application_name\"");
}

void tst_ConnectionSpec::refusesBadPostgresUrls() {
    QFETCH(QString, value);
    QFETCH(QString, says);
    QString problem;
    QVERIFY(!ConnectionSpec::parse(value, &problem));
    QVERIFY2(problem.contains(says), qPrintable(problem));
}

void tst_ConnectionSpec::aPasswordIsKeptInMemoryOnly() {
    const ConnectionSpec spec = *ConnectionSpec::parse(QStringLiteral("postgresql://amira@db/p"));
    const ConnectionSpec signedIn = spec.withPassword(QStringLiteral("s3cret"));
    QCOMPARE(signedIn.password(), QStringLiteral("s3cret"));
    QVERIFY(spec.password().isEmpty());
    QVERIFY(!signedIn.toUrl().contains(QStringLiteral("s3cret")));
    QVERIFY(!signedIn.displayName().contains(QStringLiteral("s3cret")));
    QCOMPARE(signedIn, spec);
    QCOMPARE(ConnectionSpec::sqliteFile(QStringLiteral("/data/a.sqlite")).toUrl(),
             QStringLiteral("/data/a.sqlite"));
}

QTEST_GUILESS_MAIN(tst_ConnectionSpec)
#include "tst_ConnectionSpec.moc"
