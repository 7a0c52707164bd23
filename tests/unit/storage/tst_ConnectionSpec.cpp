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
    QTest::newRow("postgresql") << QStringLiteral("postgresql://amira:s3cret@db.example/practice")
                                << QStringLiteral("cannot connect to a PostgreSQL");
    QTest::newRow("postgres, any case")
        << QStringLiteral(" PostgreS://amira:s3cret@db.example/practice")
        << QStringLiteral("cannot connect to a PostgreSQL");
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

QTEST_GUILESS_MAIN(tst_ConnectionSpec)
#include "tst_ConnectionSpec.moc"
