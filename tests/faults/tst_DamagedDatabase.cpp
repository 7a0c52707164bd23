#include "CliBesideAppRig.h"
#include "DemoDatabaseFixture.h"
#include "PracticeCoderProcess.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace CliBesideAppRig;

// Issue 10, item 3: 4 KB of random bytes in the middle of a database. Every command must say
// plainly that the database is damaged and exit non-zero (export used to stop early and exit 0
// with codings missing), and an import must not write into the damaged file.
class tst_DamagedDatabase : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void everyCommandSaysTheDatabaseIsDamaged_data();
    void everyCommandSaysTheDatabaseIsDamaged();
    void importLeavesTheDamagedFileAsItWas();

private:
    QTemporaryDir m_dir;
    DemoDatabaseFixture m_demo;
    QString m_staff;
};

void tst_DamagedDatabase::initTestCase() {
    QVERIFY(m_dir.isValid());
    const QString error =
        m_demo.make(m_dir.path(), QStringLiteral("damaged.sqlite"), QStringLiteral("2025-06-30"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(integrity(m_demo.database), QStringLiteral("ok"));

    // The demo closed cleanly, so everything is in the main file; damage its middle.
    QFile file(m_demo.database);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.size() > 64 * 1024);
    QByteArray noise(4096, Qt::Uninitialized);
    QRandomGenerator random(20251130);
    for (char &byte : noise)
        byte = char(random.bounded(256));
    QVERIFY(file.seek(file.size() / 2));
    QCOMPARE(file.write(noise), qint64(noise.size()));
    file.close();

    m_staff = m_dir.filePath(QStringLiteral("staff.csv"));
    QFile staff(m_staff);
    QVERIFY(staff.open(QIODevice::WriteOnly));
    staff.write("team,team_kind,practitioner_code,display_name,role,employment,joined_on\n"
                "Damage Check Team,CIN,PX901,Pat Example,social_worker,permanent,2025-01-06\n");
}

void tst_DamagedDatabase::everyCommandSaysTheDatabaseIsDamaged_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("output");
    const QString csv = m_dir.filePath(QStringLiteral("codings.csv"));
    const QString report = m_dir.filePath(QStringLiteral("report.csv"));
    QTest::newRow("export codings")
        << QStringList{QStringLiteral("export"), QStringLiteral("codings"), QStringLiteral("--out"),
                       csv}
        << csv;
    QTest::newRow("report") << QStringList{QStringLiteral("report"),
                                           QStringLiteral("--scope"),
                                           QStringLiteral("service"),
                                           QStringLiteral("--from"),
                                           QStringLiteral("2022-07-01"),
                                           QStringLiteral("--to"),
                                           QStringLiteral("2025-06-30"),
                                           QStringLiteral("--out"),
                                           report}
                            << report;
    QTest::newRow("import staff") << QStringList{QStringLiteral("import"), QStringLiteral("staff"),
                                                 m_staff}
                                  << QString();
    QTest::newRow("check") << QStringList{QStringLiteral("check")} << QString();
}

void tst_DamagedDatabase::everyCommandSaysTheDatabaseIsDamaged() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, output);
    const PracticeCoderProcess::Result run =
        PracticeCoderProcess(m_demo.environment)
            .run(arguments + QStringList{QStringLiteral("--database"), m_demo.database});
    QVERIFY(run.finished);
    QVERIFY2(run.exitCode != 0, run.out.left(400).constData());
    const QString expected = QStringLiteral("The database %1 is damaged").arg(m_demo.database);
    QVERIFY2(QString::fromUtf8(run.err).contains(expected), run.err.constData());
    if (!output.isEmpty())
        QVERIFY2(!QFile::exists(output), "no output file is left from a damaged database");
}

void tst_DamagedDatabase::importLeavesTheDamagedFileAsItWas() {
    const QByteArray before = sha256Of(m_demo.database);
    const PracticeCoderProcess::Result run =
        PracticeCoderProcess(m_demo.environment)
            .run({QStringLiteral("import"), QStringLiteral("staff"), m_staff,
                  QStringLiteral("--database"), m_demo.database});
    QVERIFY(run.exitCode != 0);
    QCOMPARE(sha256Of(m_demo.database), before);
    // Nothing waits in a write-ahead log to be written into it later either.
    QVERIFY(!QFile::exists(m_demo.database + QStringLiteral("-wal")) ||
            QFile(m_demo.database + QStringLiteral("-wal")).size() == 0);
}

QTEST_GUILESS_MAIN(tst_DamagedDatabase)
#include "tst_DamagedDatabase.moc"
