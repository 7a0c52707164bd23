#include "instruments/InstrumentCatalogue.h"
#include "instruments/ItemTextPack.h"

#include <QTemporaryDir>
#include <QTest>

// Licensed wording loaded by an organisation: JSON or CSV, checked against the catalogue.
class tst_ItemTextPack : public QObject {
    Q_OBJECT

private slots:
    void loadsJsonAndAppliesIt();
    void loadsCsvFromAFile();
    void namesTheBadEntry_data();
    void namesTheBadEntry();
};

void tst_ItemTextPack::loadsJsonAndAppliesIt() {
    InstrumentCatalogue catalogue = InstrumentCatalogue::builtIn();
    ItemTextPack pack;
    QString error;
    QVERIFY2(pack.loadJson(R"({"items": [
        {"instrument_id": "wai-s-client", "item": 1, "text": "Licensed wording one"},
        {"instrument_id": "wai-s-client", "item": 12, "text": "Licensed wording twelve"}]})",
                           catalogue, &error),
             qPrintable(error));
    QCOMPARE(pack.itemCount(), 2);
    catalogue.applyTextPack(pack);
    const InstrumentDefinition *wai = catalogue.find(QStringLiteral("wai-s-client"));
    QCOMPARE(wai->itemText(1), QStringLiteral("Licensed wording one"));
    QCOMPARE(wai->itemText(12), QStringLiteral("Licensed wording twelve"));
    QCOMPARE(wai->itemText(2), QString());
    // The built-in catalogue itself is untouched.
    QCOMPARE(InstrumentCatalogue::builtIn().find(QStringLiteral("wai-s-client"))->itemText(1),
             QString());
}

void tst_ItemTextPack::loadsCsvFromAFile() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pack.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("instrument_id,item,text\nghq-12,3,\"Wording, with a comma\"\nghq-12,4,Four\n");
    file.close();
    ItemTextPack pack;
    QString error;
    QVERIFY2(pack.loadFile(path, InstrumentCatalogue::builtIn(), &error), qPrintable(error));
    QCOMPARE(pack.text(QStringLiteral("ghq-12"), 3), QStringLiteral("Wording, with a comma"));
    QCOMPARE(pack.text(QStringLiteral("ghq-12"), 4), QStringLiteral("Four"));
}

void tst_ItemTextPack::namesTheBadEntry_data() {
    QTest::addColumn<bool>("csv");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown instrument")
        << true << QByteArray("instrument_id,item,text\nwai-s-client,1,A\nwai-x,2,B\n")
        << QStringLiteral("line 3: unknown instrument \"wai-x\"");
    QTest::newRow("item beyond the form")
        << true << QByteArray("instrument_id,item,text\nghq-12,13,A\n")
        << QStringLiteral("line 2: item must be a number from 1 to 12 for ghq-12");
    QTest::newRow("missing column") << true << QByteArray("instrument_id,text\nghq-12,A\n")
                                    << QStringLiteral("missing column(s): item");
    QTest::newRow("repeated item")
        << false << QByteArray(R"([{"instrument_id": "ghq-12", "item": 2, "text": "A"},
                          {"instrument_id": "ghq-12", "item": 2, "text": "B"}])")
        << QStringLiteral("items[1]: ghq-12 item 2 appears twice");
    QTest::newRow("json without text")
        << false << QByteArray(R"([{"instrument_id": "ghq-12", "item": 2}])")
        << QStringLiteral("items[0].text: is missing");
    QTest::newRow("empty text") << false
                                << QByteArray(
                                       R"([{"instrument_id": "ghq-12", "item": 2, "text": " "}])")
                                << QStringLiteral("items[0]: text is empty");
}

void tst_ItemTextPack::namesTheBadEntry() {
    QFETCH(bool, csv);
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    ItemTextPack pack;
    QString error;
    const InstrumentCatalogue catalogue = InstrumentCatalogue::builtIn();
    const bool ok =
        csv ? pack.loadCsv(data, catalogue, &error) : pack.loadJson(data, catalogue, &error);
    QVERIFY(!ok);
    QCOMPARE(error, expected);
    QCOMPARE(pack.itemCount(), 0);
}

QTEST_GUILESS_MAIN(tst_ItemTextPack)
#include "tst_ItemTextPack.moc"
