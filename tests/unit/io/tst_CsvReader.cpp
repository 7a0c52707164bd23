#include "io/CsvReader.h"
#include "io/ImportReport.h"

#include <QTest>

class tst_CsvReader : public QObject {
    Q_OBJECT

private slots:
    void readsHeaderAndRecordsWithLineNumbers();
    void handlesQuotesCommasAndNewlines();
    void acceptsBomAndCrlf();
    void skipsBlankLines();
    void keepsEmptyTrailingFields();
    void refusesUnclosedQuote();
    void refusesNonUtf8();
    void refusesEmptyFile();
    void reportsMissingColumns();
    void parseForImportReportsEveryMissingColumnOnLineOne();
    void parseForImportReportsAParseErrorForTheFile();
};

void tst_CsvReader::readsHeaderAndRecordsWithLineNumbers() {
    CsvReader reader;
    QString error;
    QVERIFY(reader.parse("a,b,c\n1,2,3\n4,5,6\n", &error));
    QCOMPARE(reader.header(),
             QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    QCOMPARE(reader.records().size(), 2);
    QCOMPARE(reader.records().at(0).line, 2);
    QCOMPARE(reader.records().at(1).line, 3);
    QCOMPARE(reader.records().at(1).fields.at(2), QStringLiteral("6"));
    QCOMPARE(reader.column(QStringLiteral("b")), 1);
    QCOMPARE(reader.column(QStringLiteral("z")), -1);
}

void tst_CsvReader::handlesQuotesCommasAndNewlines() {
    CsvReader reader;
    QString error;
    QVERIFY(reader.parse("id,comment\n1,\"Said \"\"no\"\", then, later\nyes\"\n2,plain\n", &error));
    QCOMPARE(reader.records().size(), 2);
    QCOMPARE(reader.records().at(0).fields.at(1), QStringLiteral("Said \"no\", then, later\nyes"));
    // The second record starts on line 4 because the first spans two lines.
    QCOMPARE(reader.records().at(1).line, 4);
}

void tst_CsvReader::acceptsBomAndCrlf() {
    CsvReader reader;
    QString error;
    QVERIFY(reader.parse("\xEF\xBB\xBFname,score\r\nCaf\xC3\xA9,3\r\n", &error));
    QCOMPARE(reader.header().constFirst(), QStringLiteral("name"));
    QCOMPARE(reader.records().at(0).fields,
             QStringList({QStringLiteral("Caf\u00e9"), QStringLiteral("3")}));
}

void tst_CsvReader::skipsBlankLines() {
    CsvReader reader;
    QString error;
    QVERIFY(reader.parse("a\n1\n\n2\n\n", &error));
    QCOMPARE(reader.records().size(), 2);
    QCOMPARE(reader.records().at(1).line, 4);
}

void tst_CsvReader::keepsEmptyTrailingFields() {
    CsvReader reader;
    QString error;
    QVERIFY(reader.parse("a,b,c\n1,,\n", &error));
    QCOMPARE(reader.records().at(0).fields.size(), 3);
    QVERIFY(reader.records().at(0).fields.at(2).isEmpty());
}

void tst_CsvReader::refusesUnclosedQuote() {
    CsvReader reader;
    QString error;
    QVERIFY(!reader.parse("a,b\n1,2\n3,\"never closed\n", &error));
    QVERIFY2(error.startsWith(QStringLiteral("line 3:")), qPrintable(error));
}

void tst_CsvReader::refusesNonUtf8() {
    CsvReader reader;
    QString error;
    QVERIFY(!reader.parse("name\nCaf\xE9\n", &error)); // Latin-1 é
    QVERIFY(error.contains(QStringLiteral("UTF-8")));
}

void tst_CsvReader::refusesEmptyFile() {
    CsvReader reader;
    QString error;
    QVERIFY(!reader.parse("", &error));
    QVERIFY(error.contains(QStringLiteral("empty")));
}

void tst_CsvReader::reportsMissingColumns() {
    CsvReader reader;
    QString error;
    QVERIFY(reader.parse("a,c\n", &error));
    QCOMPARE(reader.missingColumns({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                                    QStringLiteral("d")}),
             QStringList({QStringLiteral("b"), QStringLiteral("d")}));
}

void tst_CsvReader::parseForImportReportsEveryMissingColumnOnLineOne() {
    CsvReader reader;
    ImportReport report;
    QVERIFY(!reader.parseForImport(
        "a,c\n1,2\n", {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("d")}, &report));
    QCOMPARE(report.errorLines(),
             QStringList({QStringLiteral("line 1: the column \"b\" is missing"),
                          QStringLiteral("line 1: the column \"d\" is missing")}));

    ImportReport clean;
    QVERIFY(
        reader.parseForImport("a,b\n1,2\n", {QStringLiteral("a"), QStringLiteral("b")}, &clean));
    QVERIFY(clean.ok());
    QCOMPARE(reader.records().size(), 1);
}

void tst_CsvReader::parseForImportReportsAParseErrorForTheFile() {
    CsvReader reader;
    ImportReport report;
    QVERIFY(!reader.parseForImport("", {QStringLiteral("a")}, &report));
    QCOMPARE(report.errors.size(), 1);
    QCOMPARE(report.errors.constFirst().line, 0);
    QVERIFY(report.errors.constFirst().reason.contains(QStringLiteral("empty")));
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_CsvReader.moc"
