#include "instruments/InstrumentLoader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

// The loader names the bad field, so an organisation adding its own questionnaire can fix it.
class tst_InstrumentLoader : public QObject {
    Q_OBJECT

private slots:
    void loadsAValidDefinition();
    void namesTheBadField_data();
    void namesTheBadField();
    void refusesTextThatIsNotJson();
    void reportsAMissingFile();

private:
    static QJsonObject valid();
};

QJsonObject tst_InstrumentLoader::valid() {
    const char *json = R"({
        "id": "test-4", "version": 2, "name": "Test four", "citation": "Self-written",
        "licence_note": "Free", "respondents": ["mother", "father"],
        "scale": {"min": 1, "max": 5, "anchors": {"1": "Never", "5": "Always"}},
        "items": [{"number": 1, "text": "First"}, {"number": 2}, {"number": 3}, {"number": 4}],
        "reverse_keyed": [2], "direction": "higher_is_better",
        "total": {"name": "Total", "method": "sum"},
        "subscales": [{"key": "first_half", "name": "First half", "items": [1, 2],
                       "method": "mean"}],
        "missing_data": {"min_answered_percent": 75},
        "reference_values": [{"scale": "total", "label": "Typical", "value": 12.5,
                              "source": "Nowhere"}],
        "reliable_change": [{"scale": "total", "sd": 3.0, "reliability": 0.8,
                             "source": "Nowhere"}]
    })";
    return QJsonDocument::fromJson(json).object();
}

void tst_InstrumentLoader::loadsAValidDefinition() {
    QString error;
    const auto definition = InstrumentLoader::fromJson(QJsonDocument(valid()).toJson(), &error);
    QVERIFY2(definition, qPrintable(error));
    QCOMPARE(definition->id, QStringLiteral("test-4"));
    QCOMPARE(definition->version, 2);
    QCOMPARE(definition->itemCount(), 4);
    QCOMPARE(definition->itemText(1), QStringLiteral("First"));
    QCOMPARE(definition->itemText(2), QString());
    QCOMPARE(definition->reverseKeyed, QSet<int>{2});
    QCOMPARE(definition->scales().size(), 2);
    QCOMPARE(definition->total.items, (QList<int>{1, 2, 3, 4}));
    QCOMPARE(definition->subscales.first().method, InstrumentDefinition::Method::Mean);
    QCOMPARE(definition->anchors.value(5), QStringLiteral("Always"));
    QCOMPARE(definition->minAnsweredPercent, 75);
    QCOMPARE(definition->minimumAnswered(4), 3);
    QVERIFY(definition->reliableChangeFor(QStringLiteral("total")));
    QVERIFY(!definition->reliableChangeFor(QStringLiteral("first_half")));
    QVERIFY(!definition->reliableChangeFor(QStringLiteral("total"))->provisional);
    QCOMPARE(definition->referenceValues.first().value, 12.5);
    QVERIFY(!definition->followUp); // given once unless the definition says otherwise

    QJsonObject repeated = valid();
    repeated.insert(QStringLiteral("follow_up"),
                    QJsonObject{{QStringLiteral("timepoint"), QStringLiteral("T2")},
                                {QStringLiteral("after_weeks"), 12}});
    const auto withFollowUp = InstrumentLoader::fromJson(QJsonDocument(repeated).toJson(), &error);
    QVERIFY2(withFollowUp && withFollowUp->followUp, qPrintable(error));
    QCOMPARE(withFollowUp->followUp->timepoint, QStringLiteral("T2"));
    QCOMPARE(withFollowUp->followUp->afterWeeks, 12);
}

using Mutation = std::function<void(QJsonObject &)>;
Q_DECLARE_METATYPE(Mutation)

void tst_InstrumentLoader::namesTheBadField_data() {
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("expected");

    auto set = [](const QString &key, const QJsonValue &value) {
        return Mutation([key, value](QJsonObject &root) { root.insert(key, value); });
    };
    auto remove = [](const QString &key) {
        return Mutation([key](QJsonObject &root) { root.remove(key); });
    };
    QTest::newRow("no id") << remove(QStringLiteral("id")) << QStringLiteral("id: is missing");
    QTest::newRow("bad id") << set(QStringLiteral("id"), QStringLiteral("Score 15"))
                            << QStringLiteral(
                                   "id: \"Score 15\" is not a valid key: use lower-case "
                                   "letters, digits and hyphens, starting with a letter");
    QTest::newRow("version zero") << set(QStringLiteral("version"), 0)
                                  << QStringLiteral("version: must be 1 or more");
    QTest::newRow("fractional version")
        << set(QStringLiteral("version"), 1.5) << QStringLiteral("version: must be a whole number");
    QTest::newRow("no licence note")
        << remove(QStringLiteral("licence_note")) << QStringLiteral("licence_note: is missing");
    QTest::newRow("unknown respondent")
        << set(QStringLiteral("respondents"),
               QJsonArray{QStringLiteral("mother"), QStringLiteral("aunt")})
        << QStringLiteral("respondents[1]: must be one of mother, father, carer, young_person, "
                          "practitioner, observer, other");
    QTest::newRow("max below min") << Mutation([](QJsonObject &root) {
        QJsonObject scale = root.value(QStringLiteral("scale")).toObject();
        scale.insert(QStringLiteral("max"), 1);
        root.insert(QStringLiteral("scale"), scale);
    }) << QStringLiteral("scale.max: must be above scale.min and no more than 10");
    QTest::newRow("anchor off the scale") << Mutation([](QJsonObject &root) {
        QJsonObject scale = root.value(QStringLiteral("scale")).toObject();
        scale.insert(QStringLiteral("anchors"),
                     QJsonObject{{QStringLiteral("9"), QStringLiteral("x")}});
        root.insert(QStringLiteral("scale"), scale);
    }) << QStringLiteral("scale.anchors.9: is not a point on the scale");
    QTest::newRow("items out of order") << Mutation([](QJsonObject &root) {
        QJsonArray items = root.value(QStringLiteral("items")).toArray();
        items.replace(2, QJsonObject{{QStringLiteral("number"), 7}});
        root.insert(QStringLiteral("items"), items);
    }) << QStringLiteral("items[2].number: must be 3: items are numbered 1, 2, 3 ... in order");
    QTest::newRow("no items") << set(QStringLiteral("items"), QJsonArray())
                              << QStringLiteral("items: must not be empty");
    QTest::newRow("reverse keyed beyond the items")
        << set(QStringLiteral("reverse_keyed"), QJsonArray{2, 5})
        << QStringLiteral("reverse_keyed[1]: names item 5, but there are 4 items");
    QTest::newRow("bad direction")
        << set(QStringLiteral("direction"), QStringLiteral("up"))
        << QStringLiteral("direction: must be higher_is_better or higher_is_worse");
    QTest::newRow("bad total method")
        << set(QStringLiteral("total"),
               QJsonObject{{QStringLiteral("name"), QStringLiteral("T")},
                           {QStringLiteral("method"), QStringLiteral("median")}})
        << QStringLiteral("total.method: must be sum or mean");
    QTest::newRow("subscale repeats an item")
        << set(QStringLiteral("subscales"),
               QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("a")},
                                      {QStringLiteral("name"), QStringLiteral("A")},
                                      {QStringLiteral("items"), QJsonArray{1, 3, 1}},
                                      {QStringLiteral("method"), QStringLiteral("sum")}}})
        << QStringLiteral("subscales[0].items[2]: repeats item 1");
    QTest::newRow("subscale named total")
        << set(QStringLiteral("subscales"),
               QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("total")},
                                      {QStringLiteral("name"), QStringLiteral("A")},
                                      {QStringLiteral("items"), QJsonArray{1}},
                                      {QStringLiteral("method"), QStringLiteral("sum")}}})
        << QStringLiteral("subscales[0].key: repeats \"total\"");
    QTest::newRow("missing-data rule out of range")
        << set(QStringLiteral("missing_data"),
               QJsonObject{{QStringLiteral("min_answered_percent"), 120}})
        << QStringLiteral("missing_data.min_answered_percent: must be between 1 and 100");
    QTest::newRow("no missing-data rule")
        << remove(QStringLiteral("missing_data")) << QStringLiteral("missing_data: is missing");
    QTest::newRow("reference value for an unknown scale")
        << set(QStringLiteral("reference_values"),
               QJsonArray{QJsonObject{{QStringLiteral("scale"), QStringLiteral("bond")},
                                      {QStringLiteral("label"), QStringLiteral("x")},
                                      {QStringLiteral("value"), 1},
                                      {QStringLiteral("source"), QStringLiteral("y")}}})
        << QStringLiteral("reference_values[0].scale: names unknown scale \"bond\"");
    QTest::newRow("reference value without a source")
        << set(QStringLiteral("reference_values"),
               QJsonArray{QJsonObject{{QStringLiteral("scale"), QStringLiteral("total")},
                                      {QStringLiteral("label"), QStringLiteral("x")},
                                      {QStringLiteral("value"), 1}}})
        << QStringLiteral("reference_values[0].source: is missing");
    QTest::newRow("reliability of 1")
        << set(QStringLiteral("reliable_change"),
               QJsonArray{QJsonObject{{QStringLiteral("scale"), QStringLiteral("total")},
                                      {QStringLiteral("sd"), 3.0},
                                      {QStringLiteral("reliability"), 1.0},
                                      {QStringLiteral("source"), QStringLiteral("y")}}})
        << QStringLiteral("reliable_change[0].reliability: must be between 0 and 1");
    QTest::newRow("negative sd") << set(QStringLiteral("reliable_change"),
                                        QJsonArray{QJsonObject{
                                            {QStringLiteral("scale"), QStringLiteral("total")},
                                            {QStringLiteral("sd"), -1.0},
                                            {QStringLiteral("reliability"), 0.8},
                                            {QStringLiteral("source"), QStringLiteral("y")}}})
                                 << QStringLiteral("reliable_change[0].sd: must be above 0");
    QTest::newRow("follow-up at T1")
        << set(QStringLiteral("follow_up"),
               QJsonObject{{QStringLiteral("timepoint"), QStringLiteral("T1")},
                           {QStringLiteral("after_weeks"), 16}})
        << QStringLiteral("follow_up.timepoint: must be \"T2\"");
    QTest::newRow("follow-up never")
        << set(QStringLiteral("follow_up"),
               QJsonObject{{QStringLiteral("timepoint"), QStringLiteral("T2")},
                           {QStringLiteral("after_weeks"), 0}})
        << QStringLiteral("follow_up.after_weeks: must be between 1 and 104");
}

void tst_InstrumentLoader::namesTheBadField() {
    QFETCH(Mutation, mutate);
    QFETCH(QString, expected);
    QJsonObject root = valid();
    mutate(root);
    QString error;
    const auto definition = InstrumentLoader::fromJson(QJsonDocument(root).toJson(), &error);
    QVERIFY(!definition);
    QCOMPARE(error, expected);
}

void tst_InstrumentLoader::refusesTextThatIsNotJson() {
    QString error;
    QVERIFY(!InstrumentLoader::fromJson("{\"id\": ", &error));
    QVERIFY(error.startsWith(QStringLiteral("not valid JSON")));
    QVERIFY(!InstrumentLoader::fromJson("[1, 2]", &error));
    QCOMPARE(error, QStringLiteral("the file must hold one JSON object"));
}

void tst_InstrumentLoader::reportsAMissingFile() {
    QString error;
    QVERIFY(!InstrumentLoader::fromFile(QStringLiteral("/nonexistent/x.json"), &error));
    QVERIFY(error.contains(QStringLiteral("/nonexistent/x.json")));
}

QTEST_GUILESS_MAIN(tst_InstrumentLoader)
#include "tst_InstrumentLoader.moc"
