#include "DemoDatabaseFixture.h"
#include "PracticeCoderProcess.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Issue 10, item 2: on a full disk every output is written whole or not at all. The real binary
// runs with a file-size limit below the size of what it writes; it must fail with a non-zero
// exit and say the disk is full, never claim "Wrote", leave the previous file byte for byte (or
// nothing, when there was none) and leave no temporary file behind. `demo` must leave nothing.
class tst_FullDiskOutputs : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void outputIsWholeOrAbsent_data();
    void outputIsWholeOrAbsent();
    void demoLeavesNothingBehind_data();
    void demoLeavesNothingBehind();

private:
    QTemporaryDir m_dir;
    DemoDatabaseFixture m_demo;
    int m_runs = 0; // gives each run its own folder
};

void tst_FullDiskOutputs::initTestCase() {
    QVERIFY(m_dir.isValid());
    const QString error =
        m_demo.make(m_dir.path(), QStringLiteral("data/practice.db"), QStringLiteral("2025-12-31"));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    // Held open for the whole test, so the children find SQLite's -shm already full size and
    // never need to write it: only the output they are asked for meets the limit.
    QSqlDatabase connection =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
    connection.setDatabaseName(m_demo.database);
    QVERIFY(connection.open());
    QSqlQuery query(connection);
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && query.next());
}

void tst_FullDiskOutputs::cleanupTestCase() {
    QSqlDatabase::database(QStringLiteral("holder"), false).close();
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
}

void tst_FullDiskOutputs::outputIsWholeOrAbsent_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("previous");
    const QStringList report = {QStringLiteral("report"), QStringLiteral("--scope"),
                                QStringLiteral("service"), QStringLiteral("--quarter"),
                                QStringLiteral("2025-Q3")};
    const QStringList exportCodings = {QStringLiteral("export"), QStringLiteral("codings")};
    const QStringList reliability = {QStringLiteral("reliability")};
    for (const bool previous : {true, false}) {
        const char *when = previous ? "over a previous file" : "new file";
        QTest::addRow("report csv, %s", when) << report << QStringLiteral("q3.csv") << previous;
        QTest::addRow("report pdf, %s", when) << report << QStringLiteral("q3.pdf") << previous;
        QTest::addRow("export codings, %s", when)
            << exportCodings << QStringLiteral("codings.csv") << previous;
        QTest::addRow("report xlsx, %s", when) << report << QStringLiteral("q3.xlsx") << previous;
        QTest::addRow("export codings sav, %s", when)
            << exportCodings << QStringLiteral("codings.sav") << previous;
        QTest::addRow("export measures sav, %s", when)
            << QStringList{QStringLiteral("export"), QStringLiteral("measures")}
            << QStringLiteral("measures.sav") << previous;
        QTest::addRow("reliability, %s", when)
            << reliability << QStringLiteral("reliability.csv") << previous;
    }
}

void tst_FullDiskOutputs::outputIsWholeOrAbsent() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, fileName);
    QFETCH(bool, previous);
    arguments << QStringLiteral("--database") << m_demo.database;

    // First without a limit: the command works, and its output's size sets the limit below.
    const QString whole = m_dir.filePath(QStringLiteral("whole-") + QString::number(++m_runs));
    QVERIFY(QDir().mkpath(whole));
    const PracticeCoderProcess unlimited(m_demo.home);
    const auto first =
        unlimited.run(QStringList(arguments) << QStringLiteral("--out") << whole + u'/' + fileName);
    QVERIFY2(first.finished && first.exitCode == 0, qPrintable(first.errText()));
    const qint64 size = QFileInfo(whole + u'/' + fileName).size();
    QVERIFY2(size > 200, qPrintable(QString::number(size)));

    const QString folder = m_dir.filePath(QStringLiteral("full-") + QString::number(++m_runs));
    QVERIFY(QDir().mkpath(folder));
    const QString target = folder + u'/' + fileName;
    const QByteArray before("The previous file, which a full disk must not destroy.\n");
    if (previous)
        QVERIFY(PracticeCoderProcess::write(target, before));

    PracticeCoderProcess full(m_demo.home);
    full.setFileSizeLimit(size / 2);
    const auto result = full.run(QStringList(arguments) << QStringLiteral("--out") << target);
    QVERIFY(result.finished);
    QVERIFY2(result.exitCode != 0, qPrintable(result.outText()));
    QVERIFY2(!result.outText().contains(QLatin1String("Wrote")), qPrintable(result.outText()));
    const QString expected = previous ? QStringLiteral("The disk is full: %1 was not changed.")
                                      : QStringLiteral("The disk is full: %1 was not written.");
    QVERIFY2(result.errText().contains(expected.arg(target)), qPrintable(result.errText()));

    const QStringList left = QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System |
                                                    QDir::NoDotAndDotDot);
    if (previous) {
        QCOMPARE(PracticeCoderProcess::read(target), before);
        QCOMPARE(left, QStringList{fileName});
    } else {
        QCOMPARE(left, QStringList());
    }
}

void tst_FullDiskOutputs::demoLeavesNothingBehind_data() {
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<QString>("databaseName");
    QTest::addColumn<bool>("generatorRan");
    // Tiny: the new database cannot even be set up. Larger: the database, its folders and the
    // demo recordings are made before writing the demo data fails.
    QTest::newRow("database cannot be set up")
        << qint64(16 * 1024) << QStringLiteral("a/b/demo.db") << false;
    QTest::newRow("demo data cannot be written")
        << qint64(1024 * 1024) << QStringLiteral("a/b/demo.db") << true;
    QTest::newRow("in an existing folder")
        << qint64(1024 * 1024) << QStringLiteral("demo.db") << true;
}

void tst_FullDiskOutputs::demoLeavesNothingBehind() {
    QFETCH(qint64, limit);
    QFETCH(QString, databaseName);
    QFETCH(bool, generatorRan);
    const QString folder = m_dir.filePath(QStringLiteral("demo-") + QString::number(++m_runs));
    QVERIFY(QDir().mkpath(folder));
    PracticeCoderProcess full(m_demo.home);
    full.setFileSizeLimit(limit);
    const auto result = full.run({QStringLiteral("demo"), QStringLiteral("--database"),
                                  folder + u'/' + databaseName, QStringLiteral("--end-date"),
                                  QStringLiteral("2025-12-31")});
    QVERIFY(result.finished);
    QVERIFY2(result.exitCode != 0, qPrintable(result.outText()));
    QVERIFY2(!result.outText().contains(QLatin1String("Created")), qPrintable(result.outText()));
    QVERIFY2(!result.errText().trimmed().isEmpty(), "a failed demo must say why");
    if (generatorRan)
        QVERIFY2(result.errText().contains(QLatin1String(
                     "The demo was not created, and nothing it had started was kept.")),
                 qPrintable(result.errText()));
    const QStringList left = QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System |
                                                    QDir::NoDotAndDotDot);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(u' ')));
}

QTEST_GUILESS_MAIN(tst_FullDiskOutputs)
#include "tst_FullDiskOutputs.moc"
