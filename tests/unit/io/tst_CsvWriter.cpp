#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "io/ImportReport.h"

#include <QBuffer>
#include <QTest>

class tst_CsvWriter : public QObject {
    Q_OBJECT

private slots:
    void quotesOnlyWhatNeedsIt();
    void neutralisesTextThatCouldRunAsAFormula_data();
    void neutralisesTextThatCouldRunAsAFormula();
    void leavesNumbersInNumberColumnsAlone();
    void guardsANonNumberInANumberColumn();
    void leavesOutNulAndControlCharacters();
    void writesEachCellByItsColumn();
    void roundTripsThroughTheReader();
    void hostileTextRoundTripsExactly();
    void reportsAFailedWrite();
};

void tst_CsvWriter::quotesOnlyWhatNeedsIt() {
    QCOMPARE(CsvWriter::escape(QStringLiteral("plain")), QStringLiteral("plain"));
    QCOMPARE(CsvWriter::escape(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(CsvWriter::escape(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    QCOMPARE(CsvWriter::escape(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
}

void tst_CsvWriter::neutralisesTextThatCouldRunAsAFormula_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");
    QTest::newRow("equals") << QStringLiteral("=HYPERLINK(\"http://x.test\",\"open\")")
                            << QStringLiteral(
                                   "\"'=HYPERLINK(\"\"http://x.test\"\",\"\"open\"\")\"");
    QTest::newRow("plus") << QStringLiteral("+cmd|' /C calc'!A0")
                          << QStringLiteral("\"'+cmd|' /C calc'!A0\"");
    QTest::newRow("at") << QStringLiteral("@SUM(1+1)") << QStringLiteral("\"'@SUM(1+1)\"");
    QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("\"'-2+3\"");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("\"'\t=1\"");
    QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
    // A quote the user typed gets one more, so the reader's one-quote rule is unambiguous.
    QTest::newRow("quote") << QStringLiteral("'as typed") << QStringLiteral("\"''as typed\"");
    QTest::newRow("plain") << QStringLiteral("Warm start") << QStringLiteral("Warm start");
    QTest::newRow("formula later") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("empty") << QString() << QString();
}

void tst_CsvWriter::neutralisesTextThatCouldRunAsAFormula() {
    QFETCH(QString, text);
    QFETCH(QString, written);
    QCOMPARE(CsvWriter::cell(text, CsvColumn::Kind::Text), written);
}

void tst_CsvWriter::leavesNumbersInNumberColumnsAlone() {
    QCOMPARE(CsvWriter::cell(QStringLiteral("-0.42"), CsvColumn::Kind::Number),
             QStringLiteral("-0.42"));
    QCOMPARE(CsvWriter::cell(QStringLiteral("27.69"), CsvColumn::Kind::Number),
             QStringLiteral("27.69"));
    QCOMPARE(CsvWriter::cell(QStringLiteral("-3"), CsvColumn::Kind::Number), QStringLiteral("-3"));
    QCOMPARE(CsvWriter::cell(QString(), CsvColumn::Kind::Number), QString());
    // The same text in a text column is text, and is guarded.
    QCOMPARE(CsvWriter::cell(QStringLiteral("-0.42"), CsvColumn::Kind::Text),
             QStringLiteral("\"'-0.42\""));
}

void tst_CsvWriter::guardsANonNumberInANumberColumn() {
    QCOMPARE(CsvWriter::cell(QStringLiteral("-2+3"), CsvColumn::Kind::Number),
             QStringLiteral("\"'-2+3\""));
    QCOMPARE(CsvWriter::cell(QStringLiteral("fewer than 3"), CsvColumn::Kind::Number),
             QStringLiteral("fewer than 3"));
}

void tst_CsvWriter::leavesOutNulAndControlCharacters() {
    const QString text = QStringLiteral("a") + QChar(0) + QStringLiteral("b") + QChar(0x1b) +
                         QStringLiteral("c\td\ne");
    const QString written = CsvWriter::cell(text, CsvColumn::Kind::Text);
    QCOMPARE(written, QStringLiteral("\"abc\td\ne\""));
    QVERIFY(!written.contains(QChar(0)));
}

void tst_CsvWriter::writesEachCellByItsColumn() {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer, {CsvColumn::number(QStringLiteral("change")),
                               CsvColumn::text(QStringLiteral("comment"))});
    writer.writeHeader();
    writer.writeRow({QStringLiteral("-0.42"), QStringLiteral("=1+1")});
    QVERIFY(writer.ok());
    QCOMPARE(bytes, QByteArray("change,comment\n-0.42,\"'=1+1\"\n"));
}

void tst_CsvWriter::roundTripsThroughTheReader() {
    const QList<QStringList> rows = {
        {QStringLiteral("id"), QStringLiteral("comment")},
        {QStringLiteral("1"), QStringLiteral("Warm, \"clear\"\nand child-focused")},
        {QStringLiteral("2"), QString()},
    };
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer, {CsvColumn::number(QStringLiteral("id")),
                               CsvColumn::text(QStringLiteral("comment"))});
    writer.writeHeader();
    for (const QStringList &row : rows.mid(1))
        writer.writeRow(row);
    QVERIFY(writer.ok());
    CsvReader reader;
    QString error;
    QVERIFY(reader.parse(bytes, &error));
    QCOMPARE(reader.header(), rows.at(0));
    QCOMPARE(reader.records().size(), 2);
    QCOMPARE(reader.records().at(0).fields, rows.at(1));
    QCOMPARE(reader.records().at(1).fields, rows.at(2));
}

void tst_CsvWriter::hostileTextRoundTripsExactly() {
    const QStringList texts = {QStringLiteral("=HYPERLINK(\"http://x.test\",\"open\")"),
                               QStringLiteral("+cmd|' /C calc'!A0"),
                               QStringLiteral("@SUM(1+1)"),
                               QStringLiteral("-2+3"),
                               QStringLiteral("\t=1"),
                               QStringLiteral("\r\n=1"),
                               QStringLiteral("'as typed"),
                               QStringLiteral("''=twice"),
                               QStringLiteral("'"),
                               QStringLiteral("plain, \"quoted\"")};
    const CsvColumns columns = {CsvColumn::text(QStringLiteral("text")),
                                CsvColumn::number(QStringLiteral("value"))};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer, columns);
    writer.writeHeader();
    for (const QString &text : texts)
        writer.writeRow({text, QStringLiteral("-0.42")});
    QVERIFY(writer.ok());

    CsvReader reader;
    ImportReport report;
    QVERIFY2(reader.parseForImport(bytes, columns, &report),
             qPrintable(report.errorLines().join(QLatin1Char('\n'))));
    QCOMPARE(reader.records().size(), texts.size());
    for (qsizetype i = 0; i < texts.size(); ++i) {
        QCOMPARE(reader.records().at(i).fields.at(0), texts.at(i));
        QCOMPARE(reader.records().at(i).fields.at(1), QStringLiteral("-0.42"));
    }
}

void tst_CsvWriter::reportsAFailedWrite() {
    QBuffer closed; // never opened: every write fails, as on a full disk
    CsvWriter writer(&closed, {CsvColumn::text(QStringLiteral("x"))});
    writer.writeRow({QStringLiteral("x")});
    QVERIFY(!writer.ok());
}

QTEST_GUILESS_MAIN(tst_CsvWriter)
#include "tst_CsvWriter.moc"
