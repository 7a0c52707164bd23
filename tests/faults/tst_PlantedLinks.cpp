#include "DemoDatabaseFixture.h"
#include "PracticeCoderProcess.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

// Issue 10, item 9: an output's temporary file has a name nobody can predict and is created
// exclusively, so a link planted beside the target (at the old fixed ".partial" name or any
// likely temporary name) never redirects the report or export into another file.
class tst_PlantedLinks : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void plantedLinksAreNeverFollowed_data();
    void plantedLinksAreNeverFollowed();

private:
    QTemporaryDir m_dir;
    DemoDatabaseFixture m_demo;
    int m_runs = 0; // gives each run its own folder
};

void tst_PlantedLinks::initTestCase() {
    QVERIFY(m_dir.isValid());
    const QString error =
        m_demo.make(m_dir.path(), QStringLiteral("data/practice.db"), QStringLiteral("2025-12-31"));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_PlantedLinks::plantedLinksAreNeverFollowed_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("startsWith");
    const QStringList report = {QStringLiteral("report"), QStringLiteral("--scope"),
                                QStringLiteral("service"), QStringLiteral("--quarter"),
                                QStringLiteral("2025-Q3")};
    QTest::newRow("report pdf") << report << QStringLiteral("r.pdf") << QByteArray("%PDF");
    QTest::newRow("report csv") << report << QStringLiteral("r.csv") << QByteArray();
    QTest::newRow("export codings")
        << QStringList{QStringLiteral("export"), QStringLiteral("codings")}
        << QStringLiteral("codings.csv") << QByteArray();
    QTest::newRow("reliability") << QStringList{QStringLiteral("reliability")}
                                 << QStringLiteral("reliability.csv") << QByteArray();
}

void tst_PlantedLinks::plantedLinksAreNeverFollowed() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, fileName);
    QFETCH(QByteArray, startsWith);
    const QString tag = QString::number(++m_runs);
    const QString outside = m_dir.filePath(QStringLiteral("outside-") + tag);
    const QString folder = m_dir.filePath(QStringLiteral("shared-") + tag);
    QVERIFY(QDir().mkpath(outside));
    QVERIFY(QDir().mkpath(folder));
    const QString victim = outside + QStringLiteral("/victim.txt");
    const QByteArray untouched("Someone else's file, which no output may change.\n");
    QVERIFY(PracticeCoderProcess::write(victim, untouched));

    const QString target = folder + u'/' + fileName;
    const QStringList planted = {target + QStringLiteral(".partial"),
                                 target + QStringLiteral(".tmp"),
                                 target + QStringLiteral(".new"),
                                 target + u'~',
                                 folder + QStringLiteral("/.") + fileName + QStringLiteral(".swp"),
                                 target + QStringLiteral(".part")};
    for (const QString &link : planted)
        QVERIFY(QFile::link(victim, link));

    const auto result =
        PracticeCoderProcess(m_demo.home)
            .run(QStringList(arguments) << QStringLiteral("--database") << m_demo.database
                                        << QStringLiteral("--out") << target);
    QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.errText()));
    QCOMPARE(PracticeCoderProcess::read(victim), untouched);
    const QFileInfo written(target);
    QVERIFY(written.isFile() && !written.isSymLink());
    QVERIFY(written.size() > 0);
    QVERIFY(PracticeCoderProcess::read(target).startsWith(startsWith));
    for (const QString &link : planted)
        QVERIFY2(QFileInfo(link).isSymLink(), qPrintable(link));
}

QTEST_GUILESS_MAIN(tst_PlantedLinks)
#include "tst_PlantedLinks.moc"
