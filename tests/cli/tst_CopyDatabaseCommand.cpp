#include "DemoDatabaseFixture.h"
#include "PracticeCoderProcess.h"
#include "TestDatabase.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// `practicecoder copy-database` as a user runs it: from an SQLite demo into a database on this
// run's engine (an SQLite file, or a PostgreSQL database in tst_CopyDatabaseCommand_postgresql)
// and back into a new SQLite file, with the same exports at every step.
class tst_CopyDatabaseCommand : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void printsEachTableButNoRowContents();
    void aRoundTripGivesTheSameExports();
    void refusesATargetHoldingData();
    void needsBothDatabases();

private:
    PracticeCoderProcess::Result run(const QStringList &arguments) const {
        PracticeCoderProcess process(m_demo.environment);
        process.setTimeout(300000);
        return process.run(arguments);
    }
    PracticeCoderProcess::Result copy(const QString &from, const QString &to) const {
        return run({QStringLiteral("copy-database"), QStringLiteral("--from"), from,
                    QStringLiteral("--to"), to});
    }
    QByteArray exportOf(const QString &kind, const QString &database);

    QTemporaryDir m_dir;
    DemoDatabaseFixture m_demo;
    int m_exports = 0;
};

void tst_CopyDatabaseCommand::initTestCase() {
    QVERIFY(m_dir.isValid());
    const QString problem =
        m_demo.make(m_dir.path(), QStringLiteral("demo.sqlite"), QStringLiteral("2026-06-30"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QByteArray tst_CopyDatabaseCommand::exportOf(const QString &kind, const QString &database) {
    const QString out = m_dir.filePath(QStringLiteral("export-%1.csv").arg(++m_exports));
    const PracticeCoderProcess::Result exported =
        run({QStringLiteral("export"), kind, QStringLiteral("--database"), database,
             QStringLiteral("--out"), out});
    if (exported.exitCode != 0)
        return "export failed: " + exported.err;
    QFile file(out);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("unreadable");
}

void tst_CopyDatabaseCommand::printsEachTableButNoRowContents() {
    const QString target = TestDatabase::freshLocation(m_dir, QStringLiteral("printed.sqlite"));
    const PracticeCoderProcess::Result copied = copy(m_demo.database, target);
    QVERIFY2(copied.exitCode == 0, copied.err.constData());
    QCOMPARE(copied.errText(), QString());
    QStringList lines = copied.outText().split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 10);
    QVERIFY2(lines.takeFirst().startsWith(QLatin1String("Copied ")), copied.out.constData());
    QVERIFY2(lines.takeLast().startsWith(QLatin1String("Row counts and checksums match in all ")),
             copied.out.constData());
    // Table names and numbers only: what a family said never reaches a terminal or a log.
    static const QRegularExpression tableLine(
        QStringLiteral("^[a-z_]+\\t\\d+ rows\\tchecksum matches$"));
    for (const QString &line : std::as_const(lines))
        QVERIFY2(tableLine.match(line).hasMatch(), qPrintable(line));
    QVERIFY(lines.indexOf(QRegularExpression(
                QStringLiteral("codings\\t[1-9]\\d* rows\\tchecksum matches"))) >= 0);
}

void tst_CopyDatabaseCommand::aRoundTripGivesTheSameExports() {
    const QString there = TestDatabase::freshLocation(m_dir, QStringLiteral("there.sqlite"));
    const QString back = m_dir.filePath(QStringLiteral("back.sqlite"));
    const PracticeCoderProcess::Result out = copy(m_demo.database, there);
    QVERIFY2(out.exitCode == 0, out.err.constData());
    const PracticeCoderProcess::Result in = copy(there, back);
    QVERIFY2(in.exitCode == 0, in.err.constData());
    QVERIFY(QFile::exists(back));
    for (const QString &kind :
         {QStringLiteral("codings"), QStringLiteral("evidence"), QStringLiteral("measures")}) {
        const QByteArray original = exportOf(kind, m_demo.database);
        QVERIFY2(original.count('\n') > 10, original.constData());
        QCOMPARE(exportOf(kind, there), original);
        QCOMPARE(exportOf(kind, back), original);
    }
}

void tst_CopyDatabaseCommand::refusesATargetHoldingData() {
    const QString target = TestDatabase::freshLocation(m_dir, QStringLiteral("twice.sqlite"));
    QCOMPARE(copy(m_demo.database, target).exitCode, 0);
    const PracticeCoderProcess::Result again = copy(m_demo.database, target);
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(again.out, QByteArray());
    QCOMPARE(again.err.count('\n'), 1);
    QVERIFY2(again.errText().contains(QLatin1String("not empty: its table")),
             again.err.constData());
}

void tst_CopyDatabaseCommand::needsBothDatabases() {
    const PracticeCoderProcess::Result noTarget =
        run({QStringLiteral("copy-database"), QStringLiteral("--from"), m_demo.database});
    QCOMPARE(noTarget.exitCode, 2);
    QVERIFY2(noTarget.errText().contains(QLatin1String("--to")), noTarget.err.constData());
    const PracticeCoderProcess::Result missing =
        copy(m_dir.filePath(QStringLiteral("absent.sqlite")),
             m_dir.filePath(QStringLiteral("never.sqlite")));
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.sqlite"))));
}

QTEST_GUILESS_MAIN(tst_CopyDatabaseCommand)
#include "tst_CopyDatabaseCommand.moc"
