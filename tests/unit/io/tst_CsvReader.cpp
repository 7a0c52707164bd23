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
    void refusesTextAfterAClosingQuote();
    void refusesAQuoteInsideAnUnquotedField();
    void acceptsAnEmptyQuotedLastField();
    void refusesADuplicatedHeaderColumn();
    void parseForImportRefusesRowsOfTheWrongWidth();
    void parseForImportRefusesUnknownColumns();
    void parseForImportAllowsOptionalColumnsToBeMissing();
    void parseForImportRestoresNeutralisedTextOnlyInTextColumns();
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
        "a,b\n1,2\n",
        {CsvColumn::text(QStringLiteral("a")), CsvColumn::text(QStringLiteral("b")),
         CsvColumn::text(QStringLiteral("c")), CsvColumn::text(QStringLiteral("d"))},
        &report));
    QCOMPARE(report.errorLines(),
             QStringList({QStringLiteral("line 1: the column \"c\" is missing"),
                          QStringLiteral("line 1: the column \"d\" is missing")}));

    ImportReport clean;
    QVERIFY(reader.parseForImport(
        "a,b\n1,2\n", {CsvColumn::text(QStringLiteral("a")), CsvColumn::text(QStringLiteral("b"))},
        &clean));
    QVERIFY(clean.ok());
    QCOMPARE(reader.records().size(), 1);
}

void tst_CsvReader::parseForImportReportsAParseErrorForTheFile() {
    CsvReader reader;
    ImportReport report;
    QVERIFY(!reader.parseForImport("", {CsvColumn::text(QStringLiteral("a"))}, &report));
    QCOMPARE(report.errors.size(), 1);
    QCOMPARE(report.errors.constFirst().line, 0);
    QVERIFY(report.errors.constFirst().reason.contains(QStringLiteral("empty")));
}

void tst_CsvReader::refusesTextAfterAClosingQuote() {
    CsvReader reader;
    QString error;
    // Stored as AliceOk by a lenient reader: a guess at what was meant.
    QVERIFY(!reader.parse("name,role\nBen,x\n\"Alice\"Ok,y\n", &error));
    QVERIFY2(error.startsWith(QStringLiteral("line 3: text after the closing quote")),
             qPrintable(error));
}

void tst_CsvReader::refusesAQuoteInsideAnUnquotedField() {
    CsvReader reader;
    QString error;
    QVERIFY(!reader.parse("name\nAl\"ice\n", &error));
    QVERIFY2(error.startsWith(QStringLiteral("line 2: a quote inside a field")), qPrintable(error));
}

void tst_CsvReader::acceptsAnEmptyQuotedLastField() {
    CsvReader reader;
    QString error;
    QVERIFY2(reader.parse("a,b\n1,\"\"", &error), qPrintable(error));
    QCOMPARE(reader.records().at(0).fields, QStringList({QStringLiteral("1"), QString()}));
}

void tst_CsvReader::refusesADuplicatedHeaderColumn() {
    CsvReader reader;
    QString error;
    QVERIFY(!reader.parse("item_1,item_3,item_3\n1,2,3\n", &error));
    QCOMPARE(error, QStringLiteral("line 1: the column \"item_3\" appears twice"));

    ImportReport report;
    QVERIFY(!reader.parseForImport("a,a\n1,2\n", {CsvColumn::text(QStringLiteral("a"))}, &report));
    QCOMPARE(report.errorLines(),
             QStringList{QStringLiteral("line 1: the column \"a\" appears twice")});
}

void tst_CsvReader::parseForImportRefusesRowsOfTheWrongWidth() {
    CsvReader reader;
    ImportReport report;
    const CsvColumns columns = {CsvColumn::text(QStringLiteral("a")),
                                CsvColumn::number(QStringLiteral("b")),
                                CsvColumn::number(QStringLiteral("c"))};
    QVERIFY(!reader.parseForImport("a,b,c\nx,1,2\ny,1\nz,1,,2\n", columns, &report));
    QCOMPARE(report.errorLines(),
             QStringList({QStringLiteral("line 3: has 2 fields but the header has 3"),
                          QStringLiteral("line 4: has 4 fields but the header has 3")}));
}

void tst_CsvReader::parseForImportRefusesUnknownColumns() {
    CsvReader reader;
    ImportReport report;
    QVERIFY(!reader.parseForImport("a,item_01,\n1,2,3\n",
                                   {CsvColumn::text(QStringLiteral("a")),
                                    CsvColumn::number(QStringLiteral("item_1")).optional()},
                                   &report));
    const QStringList lines = report.errorLines();
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("line 1: unknown column \"item_01\"")),
             qPrintable(lines.at(0)));
    QCOMPARE(lines.at(1), QStringLiteral("line 1: column 3 has no name"));
}

void tst_CsvReader::parseForImportAllowsOptionalColumnsToBeMissing() {
    CsvReader reader;
    ImportReport report;
    QVERIFY(reader.parseForImport("a\n1\n",
                                  {CsvColumn::text(QStringLiteral("a")),
                                   CsvColumn::text(QStringLiteral("status")).optional()},
                                  &report));
    QVERIFY(report.ok());
    QCOMPARE(reader.value(reader.records().at(0), QStringLiteral("status")), QString());
}

void tst_CsvReader::parseForImportRestoresNeutralisedTextOnlyInTextColumns() {
    CsvReader reader;
    ImportReport report;
    QVERIFY(reader.parseForImport(
        "text,number\n\"'=1+1\",'-1\n\"''a\",2\n'hello,3\n",
        {CsvColumn::text(QStringLiteral("text")), CsvColumn::number(QStringLiteral("number"))},
        &report));
    QCOMPARE(reader.records().at(0).fields,
             QStringList({QStringLiteral("=1+1"), QStringLiteral("'-1")}));
    QCOMPARE(reader.records().at(1).fields.at(0), QStringLiteral("'a"));
    // Only a quote the writer could have added is taken off.
    QCOMPARE(reader.records().at(2).fields.at(0), QStringLiteral("'hello"));
}

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_CsvReader.moc"
