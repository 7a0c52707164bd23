#include "TestDatabase.h"
#include "exchange/MeasuresExporter.h"
#include "exchange/MeasuresImporter.h"
#include "storage/Database.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// Import, then export: the export holds the scores worked out by hand in
// tests/data/measures/scored-expected.csv (the working is in tst_InstrumentScorer.cpp, which
// uses the same answers).
class tst_MeasuresExporter : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void exportsTheHandWorkedScores();
    void exportsOnlyTheHeaderForAnEmptyDatabase();
    void reportsAWriteFailure();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void tst_MeasuresExporter::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    m_db->open(TestDatabase::freshLocation(*m_dir, QStringLiteral("export.sqlite")));
}

void tst_MeasuresExporter::cleanup() {
    m_db.reset();
    m_dir.reset();
}

void tst_MeasuresExporter::exportsTheHandWorkedScores() {
    const ImportReport report =
        MeasuresImporter::importFile(*m_db, QStringLiteral(PC_TEST_DATA "/measures/scored.csv"));
    QVERIFY2(report.ok(), qPrintable(report.errorLines().join(QLatin1Char('\n'))));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY2(MeasuresExporter::write(*m_db, &buffer, &error), qPrintable(error));

    QFile expectedFile(QStringLiteral(PC_TEST_DATA "/measures/scored-expected.csv"));
    QVERIFY(expectedFile.open(QIODevice::ReadOnly));
    const QStringList expected = QString::fromUtf8(expectedFile.readAll()).split(QLatin1Char('\n'));
    const QStringList actual = QString::fromUtf8(buffer.data()).split(QLatin1Char('\n'));
    QCOMPARE(actual.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(actual.at(i), expected.at(i));
}

void tst_MeasuresExporter::exportsOnlyTheHeaderForAnEmptyDatabase() {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY(MeasuresExporter::write(*m_db, &buffer, &error));
    QCOMPARE(buffer.data(), QByteArray("family_code,respondent,instrument,timepoint,"
                                       "administered_on,scale,value,items_answered,prorated\n"));
}

void tst_MeasuresExporter::reportsAWriteFailure() {
    QBuffer readOnly;
    readOnly.open(QIODevice::ReadOnly);
    QString error;
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
    QVERIFY(!MeasuresExporter::write(*m_db, &readOnly, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(tst_MeasuresExporter)
#include "tst_MeasuresExporter.moc"
