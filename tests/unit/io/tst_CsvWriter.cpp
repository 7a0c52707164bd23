#include "io/CsvReader.h"
#include "io/CsvWriter.h"

#include <QBuffer>
#include <QTest>

class tst_CsvWriter : public QObject {
    Q_OBJECT

private slots:
    void quotesOnlyWhatNeedsIt();
    void roundTripsThroughTheReader();
    void reportsAFailedWrite();
};

void tst_CsvWriter::quotesOnlyWhatNeedsIt() {
    QCOMPARE(CsvWriter::escape(QStringLiteral("plain")), QStringLiteral("plain"));
    QCOMPARE(CsvWriter::escape(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    QCOMPARE(CsvWriter::escape(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    QCOMPARE(CsvWriter::escape(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
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
    CsvWriter writer(&buffer);
    for (const QStringList &row : rows)
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

void tst_CsvWriter::reportsAFailedWrite() {
    QBuffer closed; // never opened: every write fails, as on a full disk
    CsvWriter writer(&closed);
    writer.writeRow({QStringLiteral("x")});
    QVERIFY(!writer.ok());
}

QTEST_GUILESS_MAIN(tst_CsvWriter)
#include "tst_CsvWriter.moc"
