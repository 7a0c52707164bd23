#include "PracticeCoderProcess.h"

#include <QTemporaryDir>
#include <QTest>

// Issue 10, item 2: the GUI's --demo start-up on a full disk fails the way the demo command does.
// The real binary runs offscreen with a file-size limit on a fresh home; it must exit non-zero
// with the reason on stderr (never wait on a dialog nobody can see), open no window on a
// half-made demo, and leave nothing behind: no demo.sqlite, no demo-recordings, no folders made
// for them.
class tst_GuiDemoFullDisk : public QObject {
    Q_OBJECT

private slots:
    void failedDemoLeavesNothingBehind_data();
    void failedDemoLeavesNothingBehind();

private:
    QTemporaryDir m_dir;
    int m_runs = 0; // gives each run its own home
};

void tst_GuiDemoFullDisk::failedDemoLeavesNothingBehind_data() {
    QTest::addColumn<qint64>("limit");
    // Tiny: the new database cannot even be set up. Larger: the database, its folders and the
    // demo recordings are made before writing the demo data fails.
    QTest::newRow("database cannot be set up") << qint64(16 * 1024);
    QTest::newRow("demo data cannot be written") << qint64(1024 * 1024);
}

void tst_GuiDemoFullDisk::failedDemoLeavesNothingBehind() {
    QFETCH(qint64, limit);
    QVERIFY(m_dir.isValid());
    const QString home = m_dir.filePath(QStringLiteral("home-") + QString::number(++m_runs));
    QVERIFY(QDir().mkpath(home));
    const QString data = PracticeCoderProcess::dataHome(home);

    PracticeCoderProcess full(home);
    full.setFileSizeLimit(limit);
    const auto result = full.run({QStringLiteral("--demo")});
    QVERIFY2(result.finished, "a failed demo must not wait on a dialog nobody can answer");
    QVERIFY2(result.exitCode == 1, qPrintable(result.errText()));
    QVERIFY2(result.errText().contains(QLatin1String("The demo database could not be created.")),
             qPrintable(result.errText()));
    QVERIFY2(result.errText().contains(QLatin1String("Nothing it had started was kept.")),
             qPrintable(result.errText()));

    const QSet<QString> left = PracticeCoderProcess::everythingUnder(data);
    QVERIFY2(left.isEmpty(), qPrintable(QStringList(left.cbegin(), left.cend()).join(u' ')));
}

QTEST_GUILESS_MAIN(tst_GuiDemoFullDisk)
#include "tst_GuiDemoFullDisk.moc"
