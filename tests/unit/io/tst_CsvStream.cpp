#include "io/CsvStream.h"

#include <QBuffer>
#include <QTest>

// Reading a file record by record: the first records come before the whole file is read, a
// quoted field or a doubled quote split across two chunks reads as one, and a file that is not
// UTF-8 is reported as such even when other damage comes first.
class tst_CsvStream : public QObject {
    Q_OBJECT

private slots:
    void recordsComeBeforeTheWholeFileIsRead();
    void fieldsSplitAcrossChunksReadWhole();
    void notUtf8WinsOverEarlierDamage();
};

namespace {

// Many records, each with a quoted field holding a doubled quote and a newline, so that some
// chunk boundary falls inside such a field whatever the chunk size.
QByteArray manyRecords(int count) {
    QByteArray text = "id,note\n";
    for (int i = 0; i < count; ++i)
        text += QByteArray::number(i) + ",\"said \"\"yes\"\"\nthen left\"\n";
    return text;
}

} // namespace

void tst_CsvStream::recordsComeBeforeTheWholeFileIsRead() {
    QBuffer buffer;
    buffer.setData(manyRecords(100000));
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvStream stream(&buffer);
    QVERIFY(stream.readHeader());
    CsvStream::Record record;
    QVERIFY(stream.next(&record));
    QCOMPARE(record.fields.value(0), QStringLiteral("0"));
    QVERIFY2(buffer.pos() < buffer.size() / 4,
             qPrintable(QStringLiteral("%1 of %2 bytes read for the first record")
                            .arg(buffer.pos())
                            .arg(buffer.size())));
}

void tst_CsvStream::fieldsSplitAcrossChunksReadWhole() {
    QBuffer buffer;
    buffer.setData(manyRecords(100000));
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvStream stream(&buffer);
    QVERIFY(stream.readHeader());
    QCOMPARE(stream.header(), QStringList({QStringLiteral("id"), QStringLiteral("note")}));
    CsvStream::Record record;
    int count = 0;
    int line = 2;
    while (stream.next(&record)) {
        QCOMPARE(record.line, line);
        QCOMPARE(record.fields,
                 QStringList({QString::number(count), QStringLiteral("said \"yes\"\nthen left")}));
        ++count;
        line += 2;
    }
    QVERIFY2(!stream.failed(), qPrintable(stream.errorReason()));
    QCOMPARE(count, 100000);
}

void tst_CsvStream::notUtf8WinsOverEarlierDamage() {
    QByteArray text = "id,note\n1,ok\n2,bad\"quote\n" + manyRecords(50000) + "3,\xff\xfe\n";
    QBuffer buffer;
    buffer.setData(text);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvStream stream(&buffer);
    CsvStream::Record record;
    if (stream.readHeader()) {
        while (stream.next(&record)) {
        }
    }
    QVERIFY(stream.failed());
    QCOMPARE(stream.errorLine(), 0);
    QVERIFY2(stream.errorReason().contains(QStringLiteral("UTF-8")),
             qPrintable(stream.errorReason()));
}

QTEST_GUILESS_MAIN(tst_CsvStream)
#include "tst_CsvStream.moc"
