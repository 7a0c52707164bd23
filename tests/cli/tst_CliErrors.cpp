#include "DemoDatabaseFixture.h"
#include "PracticeCoderProcess.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// A scheduled job reads only the exit status and standard error, so every way a command can be
// wrong must give the status docs/cli.md documents (2: the command line is wrong; 1: the work
// failed, which includes a value the command cannot use, such as a quarter that does not exist),
// one line saying why on standard error, nothing on standard output and no file written.
class tst_CliErrors : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void failsWithOneLineAndNoOutput_data();
    void failsWithOneLineAndNoOutput();

private:
    QTemporaryDir m_dir;
    DemoDatabaseFixture m_demo;
};

void tst_CliErrors::initTestCase() {
    QVERIFY(m_dir.isValid());
    // The demo has final codings in 2025-Q1, so a report gets as far as writing its file.
    const QString error =
        m_demo.make(m_dir.path(), QStringLiteral("practice.sqlite"), QStringLiteral("2025-06-30"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("a-folder"))));
}

// "@db" stands for the test's database, "@dir" for a folder, "@out" for an output path in a
// folder of its own (which must stay empty) and "@missing" for one in a folder that does not
// exist.
void tst_CliErrors::failsWithOneLineAndNoOutput_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    const auto row = [](const char *name, const QStringList &arguments, int exitCode,
                        const QString &says) {
        QTest::newRow(name) << arguments << exitCode << says;
    };
    const QString db = QStringLiteral("@db");
    const QString out = QStringLiteral("@out");
    const QString database = QStringLiteral("--database");
    const QString outOption = QStringLiteral("--out");
    const QString report = QStringLiteral("report");
    const QString scope = QStringLiteral("--scope");
    const QString quarter = QStringLiteral("--quarter");
    const QString service = QStringLiteral("service");

    // A wrong command line: status 2.
    row("unknown command", {QStringLiteral("frobnicate")}, 2, QStringLiteral("unknown command"));
    row("unknown option",
        {QStringLiteral("export"), QStringLiteral("codings"), QStringLiteral("--colour"), database,
         db, outOption, out},
        2, QStringLiteral("Unknown option 'colour'"));
    row("unknown export kind",
        {QStringLiteral("export"), QStringLiteral("families"), database, db, outOption, out}, 2,
        QStringLiteral("families"));
    row("demo without --database", {QStringLiteral("demo")}, 2, QStringLiteral("--database"));
    row("report without --quarter", {report, scope, service, database, db, outOption, out}, 2,
        QStringLiteral("--quarter"));
    row("both --quarter and --from",
        {report, scope, service, quarter, QStringLiteral("2025-Q1"), QStringLiteral("--from"),
         QStringLiteral("2025-01-01"), QStringLiteral("--to"), QStringLiteral("2025-03-31"),
         database, db, outOption, out},
        2, QStringLiteral("--quarter"));
    row("bad end date",
        {QStringLiteral("demo"), database, QStringLiteral("@new"), QStringLiteral("--end-date"),
         QStringLiteral("2025-13-45")},
        2, QStringLiteral("2025-13-45"));
    row("bad demo size",
        {QStringLiteral("demo"), database, QStringLiteral("@new"), QStringLiteral("--size"),
         QStringLiteral("galaxy")},
        2, QStringLiteral("galaxy"));
    // Work that cannot be done, or a value it cannot use: status 1.
    row("bad quarter",
        {report, scope, service, quarter, QStringLiteral("2025-Q5"), database, db, outOption, out},
        1, QStringLiteral("'2025-Q5' is not a quarter"));
    row("bad scope",
        {report, scope, QStringLiteral("galaxy"), quarter, QStringLiteral("2025-Q1"), database, db,
         outOption, out},
        1, QStringLiteral("'galaxy' is not a scope"));
    row("unknown team",
        {report, scope, QStringLiteral("team:Nobody"), quarter, QStringLiteral("2025-Q1"), database,
         db, outOption, out},
        1, QStringLiteral("Nobody"));
    row("bad date range",
        {report, scope, service, QStringLiteral("--from"), QStringLiteral("2025-02-30"),
         QStringLiteral("--to"), QStringLiteral("2025-03-31"), database, db, outOption, out},
        1, QStringLiteral("2025-02-30"));
    row("empty --database",
        {QStringLiteral("export"), QStringLiteral("codings"), database, QString(), outOption, out},
        1, QStringLiteral("--database was given an empty path"));
    row("empty --database for a report",
        {report, scope, service, quarter, QStringLiteral("2025-Q1"), database, QString(), outOption,
         out},
        1, QStringLiteral("--database was given an empty path"));
    row("a folder as --database",
        {QStringLiteral("export"), QStringLiteral("codings"), database, QStringLiteral("@dir"),
         outOption, out},
        1, QStringLiteral("a-folder"));
    row("output in a missing folder",
        {QStringLiteral("export"), QStringLiteral("codings"), database, db, outOption,
         QStringLiteral("@missing")},
        1, QStringLiteral("no-such-folder"));
    row("report into a missing folder",
        {report, scope, service, quarter, QStringLiteral("2025-Q1"), database, db, outOption,
         QStringLiteral("@missing")},
        1, QStringLiteral("no-such-folder"));
}

void tst_CliErrors::failsWithOneLineAndNoOutput() {
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, says);

    const QString outputs = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(QDir().mkpath(outputs));
    const QString created = m_dir.filePath(QStringLiteral("new.sqlite"));
    for (QString &argument : arguments) {
        if (argument == QLatin1String("@db"))
            argument = m_demo.database;
        else if (argument == QLatin1String("@dir"))
            argument = m_dir.filePath(QStringLiteral("a-folder"));
        else if (argument == QLatin1String("@out"))
            argument = outputs + QStringLiteral("/output.csv");
        else if (argument == QLatin1String("@missing"))
            argument = m_dir.filePath(QStringLiteral("no-such-folder/output.csv"));
        else if (argument == QLatin1String("@new"))
            argument = created;
    }
    const QStringList before =
        QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);

    const PracticeCoderProcess::Result run =
        PracticeCoderProcess(m_demo.environment).run(arguments);
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.endsWith('\n') && run.err.count('\n') == 1, run.err.constData());
    QVERIFY2(run.errText().contains(says), run.err.constData());
    QCOMPARE(run.out, QByteArray());

    QVERIFY2(QDir(outputs).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             "an output was written");
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("no-such-folder"))));
    QVERIFY(!QFileInfo::exists(created));
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             before);
}

QTEST_GUILESS_MAIN(tst_CliErrors)
#include "tst_CliErrors.moc"
