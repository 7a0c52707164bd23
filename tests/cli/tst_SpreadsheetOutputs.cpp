#include "DemoDatabaseFixture.h"
#include "XlsxReadBack.h"
#include "exchange/SavWriter.h"
#include "exchange/SpssExporter.h"
#include "io/CsvReader.h"
#include "reports/ReportXlsxWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The formats people already use, made by the real binary from the demo service: a service
// report as an Excel workbook holds the same numbers as its CSV, and the SPSS exports read back
// with ReadStat's own tools (`readstat`, `extract_metadata`) give the CSV's rows, with their
// variable and value labels.
class tst_SpreadsheetOutputs : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void aServiceWorkbookHoldsTheCsvNumbers();
    void anSpssFileReadsBackAsTheCsv_data();
    void anSpssFileReadsBackAsTheCsv();
    void evidenceHasNoSpssFile();

private:
    PracticeCoderProcess::Result run(const QStringList &arguments) const;
    static QString readstatProgram();

    QTemporaryDir m_dir;
    DemoDatabaseFixture m_demo;
};

namespace {

QList<QStringList> records(const CsvReader &reader) {
    QList<QStringList> rows;
    for (const CsvReader::Record &record : reader.records())
        rows.append(record.fields);
    return rows;
}

// What readstat prints for a value of this variable, given the CSV's cell: text as it is, a
// number as a number (blank when missing), and a coded key as its code.
QString expectedSavCell(const SavWriter::Variable &variable, const QString &csv) {
    using Type = SavWriter::Variable::Type;
    if (variable.type == Type::Text || csv.isEmpty())
        return csv;
    const double number = variable.type == Type::Coded
                              ? variable.firstCode + double(variable.codes.indexOf(csv))
                              : csv.toDouble();
    return QString::number(number, 'f', 6);
}

} // namespace

void tst_SpreadsheetOutputs::initTestCase() {
    QVERIFY(m_dir.isValid());
    const QString problem =
        m_demo.make(m_dir.path(), QStringLiteral("demo.sqlite"), QStringLiteral("2026-06-30"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

PracticeCoderProcess::Result tst_SpreadsheetOutputs::run(const QStringList &arguments) const {
    return PracticeCoderProcess(m_demo.environment)
        .run(QStringList(arguments) << QStringLiteral("--database") << m_demo.database);
}

QString tst_SpreadsheetOutputs::readstatProgram() {
    return QStandardPaths::findExecutable(QStringLiteral("readstat"));
}

void tst_SpreadsheetOutputs::aServiceWorkbookHoldsTheCsvNumbers() {
    const QStringList report = {QStringLiteral("report"),  QStringLiteral("--scope"),
                                QStringLiteral("service"), QStringLiteral("--quarter"),
                                QStringLiteral("2026-Q1"), QStringLiteral("--out")};
    const QString csvPath = m_dir.filePath(QStringLiteral("service.csv"));
    const QString xlsxPath = m_dir.filePath(QStringLiteral("service.xlsx"));
    for (const QString &path : {csvPath, xlsxPath}) {
        const auto result = run(QStringList(report) << path);
        QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.errText()));
        QVERIFY2(result.outText().startsWith(QStringLiteral("Wrote ") + path),
                 qPrintable(result.outText()));
    }
    CsvReader csv;
    QString error;
    QVERIFY2(csv.parseFile(csvPath, &error), qPrintable(error));
    const QList<QStringList> rows = records(csv);
    QVERIFY(rows.size() > 50);
    const XlsxReadBack book(xlsxPath);
    QCOMPARE(book.sheetNames().value(0), QStringLiteral("About"));
    const QString difference =
        book.differenceFromReportCsv(csv.header(), rows, &ReportXlsxWriter::sheetName);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void tst_SpreadsheetOutputs::anSpssFileReadsBackAsTheCsv_data() {
    QTest::addColumn<QString>("kind");
    QTest::newRow("codings") << QStringLiteral("codings");
    QTest::newRow("measures") << QStringLiteral("measures");
}

void tst_SpreadsheetOutputs::anSpssFileReadsBackAsTheCsv() {
    QFETCH(QString, kind);
    const QString csvPath = m_dir.filePath(kind + QStringLiteral(".csv"));
    const QString savPath = m_dir.filePath(kind + QStringLiteral(".sav"));
    for (const QString &path : {csvPath, savPath}) {
        const auto result = run({QStringLiteral("export"), kind, QStringLiteral("--out"), path});
        QVERIFY2(result.finished && result.exitCode == 0, qPrintable(result.errText()));
    }
    QVERIFY(QFileInfo(savPath).size() > 1000);
    if (readstatProgram().isEmpty())
        QSKIP("The readstat command is not installed (Debian: readstat), so the SPSS file "
              "cannot be read back; it was written.");

    const QList<SavWriter::Variable> variables = kind == QLatin1String("codings")
                                                     ? SpssExporter::codingVariables()
                                                     : SpssExporter::measureVariables();
    QProcess readstat;
    readstat.start(readstatProgram(), {savPath, QStringLiteral("-")});
    QVERIFY(readstat.waitForFinished(120000));
    QCOMPARE(readstat.exitCode(), 0);
    CsvReader sav;
    QString error;
    QVERIFY2(sav.parse(readstat.readAllStandardOutput(), &error), qPrintable(error));
    CsvReader csv;
    QVERIFY2(csv.parseFile(csvPath, &error), qPrintable(error));
    const QList<QStringList> csvRows = records(csv);
    const QList<QStringList> savRows = records(sav);
    QVERIFY(csvRows.size() > 100);
    QCOMPARE(savRows.size(), csvRows.size());
    QStringList names;
    for (const auto &variable : variables)
        names.append(variable.name);
    QCOMPARE(sav.header(), names);
    for (qsizetype r = 0; r < csvRows.size(); ++r) {
        for (qsizetype v = 0; v < variables.size(); ++v) {
            const qsizetype column = csv.header().indexOf(variables.at(v).name);
            if (column < 0) // selection_reason: only in the SPSS file; one of its codes
                QVERIFY(!savRows.at(r).at(v).isEmpty());
            else
                QCOMPARE(savRows.at(r).at(v),
                         expectedSavCell(variables.at(v), csvRows.at(r).at(column)));
        }
    }

    // `readstat FILE` prints the shape; extract_metadata (the same package) the labels.
    readstat.start(readstatProgram(), {savPath});
    QVERIFY(readstat.waitForFinished(60000));
    const QString shape = QString::fromUtf8(readstat.readAllStandardOutput());
    QVERIFY2(shape.contains(QStringLiteral("Rows: %1").arg(csvRows.size())), qPrintable(shape));
    QVERIFY2(shape.contains(QStringLiteral("Columns: %1").arg(variables.size())),
             qPrintable(shape));
    const QString extract = QStandardPaths::findExecutable(QStringLiteral("extract_metadata"));
    if (extract.isEmpty())
        QSKIP("extract_metadata (Debian: readstat) is not installed, so the labels cannot be "
              "read back; the rows were checked.");
    const QString metadataPath = m_dir.filePath(kind + QStringLiteral(".json"));
    QProcess metadata;
    metadata.start(extract, {savPath, metadataPath});
    QVERIFY(metadata.waitForFinished(60000));
    QCOMPARE(metadata.exitCode(), 0);
    QFile metadataFile(metadataPath);
    QVERIFY(metadataFile.open(QIODevice::ReadOnly));
    const QJsonArray read = QJsonDocument::fromJson(metadataFile.readAll())
                                .object()
                                .value(QLatin1String("variables"))
                                .toArray();
    QCOMPARE(read.size(), variables.size());
    int labelled = 0;
    for (qsizetype v = 0; v < variables.size(); ++v) {
        const SavWriter::Variable &variable = variables.at(v);
        const QJsonObject object = read.at(v).toObject();
        QCOMPARE(object.value(QLatin1String("name")).toString(), variable.name);
        QCOMPARE(object.value(QLatin1String("label")).toString(), variable.label);
        QList<QPair<int, QString>> expected = variable.valueLabels;
        for (qsizetype c = 0; c < variable.codes.size(); ++c)
            expected.append({variable.firstCode + int(c), variable.codeLabels.at(c)});
        const QJsonArray categories = object.value(QLatin1String("categories")).toArray();
        QCOMPARE(categories.size(), expected.size());
        for (qsizetype c = 0; c < expected.size(); ++c) {
            const QJsonObject category = categories.at(c).toObject();
            QCOMPARE(category.value(QLatin1String("code")).toDouble(),
                     double(expected.at(c).first));
            QCOMPARE(category.value(QLatin1String("label")).toString(),
                     SavWriter::fitValueLabel(expected.at(c).second));
        }
        labelled += categories.isEmpty() ? 0 : 1;
    }
    // Codings: session type, role, seven skills' levels, status, selection reason. Measures:
    // respondent, questionnaire, prorated.
    QCOMPARE(labelled, kind == QLatin1String("codings") ? 11 : 3);
}

void tst_SpreadsheetOutputs::evidenceHasNoSpssFile() {
    const QString path = m_dir.filePath(QStringLiteral("evidence.sav"));
    const auto result =
        run({QStringLiteral("export"), QStringLiteral("evidence"), QStringLiteral("--out"), path});
    QVERIFY(result.finished);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.errText().startsWith(QStringLiteral(
                 "practicecoder export: evidence cannot be written as an SPSS file")),
             qPrintable(result.errText()));
    QVERIFY(!QFileInfo::exists(path));
}

QTEST_GUILESS_MAIN(tst_SpreadsheetOutputs)
#include "tst_SpreadsheetOutputs.moc"
