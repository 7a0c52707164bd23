#include "io/JsonFields.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

// Which reader a row of namesTheProblem calls.
enum class Reader { String, OptionalString, Number, Array, OptionalArray };
Q_DECLARE_METATYPE(Reader)
Q_DECLARE_METATYPE(JsonFields::KeyStyle)

// The shared field readers behind the coding scheme and instrument loaders: each problem names
// the field by its path, and load() turns it into one message.
class tst_JsonFields : public QObject {
    Q_OBJECT

private slots:
    void buildsPaths();
    void readsGoodValues();
    void namesTheProblem_data();
    void namesTheProblem();
    void readsWholeNumbers_data();
    void readsWholeNumbers();
    void readsObjects();
    void checksKeyFormats_data();
    void checksKeyFormats();
    void loadNamesTheNestedField();
    void loadRefusesTextThatIsNotOneObject();
    void loadFilePrefixesThePath();

private:
    static QJsonObject object(const char *json);
    // The message a call throws, or an empty string when it does not throw.
    template <typename Call> static QString problemOf(Call call);
};

QJsonObject tst_JsonFields::object(const char *json) {
    return QJsonDocument::fromJson(json).object();
}

template <typename Call> QString tst_JsonFields::problemOf(Call call) {
    try {
        call();
    } catch (const JsonFields::Error &error) {
        return error.message();
    }
    return QString();
}

void tst_JsonFields::buildsPaths() {
    QCOMPARE(JsonFields::join(QString(), QStringLiteral("id")), QStringLiteral("id"));
    QCOMPARE(JsonFields::join(QStringLiteral("scale"), QStringLiteral("min")),
             QStringLiteral("scale.min"));
    QCOMPARE(JsonFields::index(QStringLiteral("skills"), 2), QStringLiteral("skills[2]"));
    QCOMPARE(JsonFields::join(JsonFields::join(JsonFields::index(QStringLiteral("skills"), 2),
                                               QStringLiteral("levels")),
                              QStringLiteral("4")),
             QStringLiteral("skills[2].levels.4"));
}

void tst_JsonFields::readsGoodValues() {
    const QJsonObject o =
        object(R"({"name": "  Empathy ", "none": null, "sd": 2.5, "items": [1, 2], "empty": []})");
    QCOMPARE(JsonFields::requireString(o, QStringLiteral("name"), QString()),
             QStringLiteral("Empathy"));
    QCOMPARE(JsonFields::optionalString(o, QStringLiteral("name"), QString()),
             QStringLiteral("Empathy"));
    QCOMPARE(JsonFields::optionalString(o, QStringLiteral("absent"), QString()), QString());
    QCOMPARE(JsonFields::optionalString(o, QStringLiteral("none"), QString()), QString());
    QCOMPARE(JsonFields::requireNumber(o, QStringLiteral("sd"), QString()), 2.5);
    QCOMPARE(JsonFields::requireArray(o, QStringLiteral("items"), QString()).size(), 2);
    QCOMPARE(JsonFields::optionalArray(o, QStringLiteral("items"), QString()).size(), 2);
    // An optional list may be absent or empty.
    QVERIFY(JsonFields::optionalArray(o, QStringLiteral("absent"), QString()).isEmpty());
    QVERIFY(JsonFields::optionalArray(o, QStringLiteral("empty"), QString()).isEmpty());
}

void tst_JsonFields::namesTheProblem_data() {
    QTest::addColumn<Reader>("reader");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    const QString root;
    const QString skill = QStringLiteral("skills[0]");
    auto row = [](const char *name, Reader reader, const char *key, const QString &path,
                  const char *expected) {
        QTest::newRow(name) << reader << QString::fromLatin1(key) << path
                            << QString::fromUtf8(expected);
    };
    row("text missing", Reader::String, "absent", root, "absent: is missing");
    row("text a number", Reader::String, "count", skill, "skills[0].count: must be text");
    row("text blank", Reader::String, "blank", root, "blank: must not be empty");
    row("optional text a number", Reader::OptionalString, "count", skill,
        "skills[0].count: must be text");
    row("number missing", Reader::Number, "absent", root, "absent: is missing");
    row("number as text", Reader::Number, "blank", skill, "skills[0].blank: must be a number");
    row("list missing", Reader::Array, "absent", root, "absent: is missing");
    row("list empty", Reader::Array, "empty", skill, "skills[0].empty: must not be empty");
    row("list as text", Reader::Array, "blank", root, "blank: must be a list");
    row("optional list as text", Reader::OptionalArray, "blank", skill,
        "skills[0].blank: must be a list");
}

void tst_JsonFields::namesTheProblem() {
    QFETCH(Reader, reader);
    QFETCH(QString, key);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    const QJsonObject o = object(R"({"count": 3, "blank": "   ", "empty": []})");
    const QString problem = problemOf([&] {
        switch (reader) {
        case Reader::String:
            JsonFields::requireString(o, key, path);
            break;
        case Reader::OptionalString:
            JsonFields::optionalString(o, key, path);
            break;
        case Reader::Number:
            JsonFields::requireNumber(o, key, path);
            break;
        case Reader::Array:
            JsonFields::requireArray(o, key, path);
            break;
        case Reader::OptionalArray:
            JsonFields::optionalArray(o, key, path);
            break;
        }
    });
    QCOMPARE(problem, expected);
}

void tst_JsonFields::readsWholeNumbers_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("problem");
    QTest::newRow("whole") << QByteArray(R"({"n": 4})") << 4 << QString();
    QTest::newRow("negative") << QByteArray(R"({"n": -2})") << -2 << QString();
    QTest::newRow("written as 3.0") << QByteArray(R"({"n": 3.0})") << 3 << QString();
    QTest::newRow("2.5") << QByteArray(R"({"n": 2.5})") << 0
                         << QStringLiteral("scale.n: must be a whole number");
    QTest::newRow("text") << QByteArray(R"({"n": "4"})") << 0
                          << QStringLiteral("scale.n: must be a whole number");
    QTest::newRow("too large") << QByteArray(R"({"n": 1e12})") << 0
                               << QStringLiteral("scale.n: must be a whole number");
    QTest::newRow("missing") << QByteArray(R"({})") << 0 << QStringLiteral("scale.n: is missing");
}

void tst_JsonFields::readsWholeNumbers() {
    QFETCH(QByteArray, json);
    QFETCH(int, expected);
    QFETCH(QString, problem);
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    int value = 0;
    QCOMPARE(problemOf([&] {
                 value = JsonFields::requireInt(o, QStringLiteral("n"), QStringLiteral("scale"));
             }),
             problem);
    QCOMPARE(value, expected);
}

void tst_JsonFields::readsObjects() {
    const QJsonObject o = object(R"({"scale": {"min": 1}, "list": [1]})");
    QCOMPARE(JsonFields::requireObject(o.value(QStringLiteral("scale")), QStringLiteral("scale"))
                 .value(QStringLiteral("min"))
                 .toInt(),
             1);
    QCOMPARE(problemOf([&] {
                 JsonFields::requireObject(o.value(QStringLiteral("total")),
                                           QStringLiteral("total"));
             }),
             QStringLiteral("total: is missing"));
    QCOMPARE(problemOf([&] {
                 JsonFields::requireObject(o.value(QStringLiteral("list")), QStringLiteral("list"));
             }),
             QStringLiteral("list: must be an object"));
}

void tst_JsonFields::checksKeyFormats_data() {
    QTest::addColumn<QString>("key");
    QTest::addColumn<JsonFields::KeyStyle>("style");
    QTest::addColumn<bool>("valid");
    using Style = JsonFields::KeyStyle;
    QTest::newRow("underscored key") << QStringLiteral("child_focus") << Style::Underscores << true;
    QTest::newRow("hyphen in an underscored key")
        << QStringLiteral("child-focus") << Style::Underscores << false;
    QTest::newRow("hyphenated id") << QStringLiteral("score-15") << Style::Hyphens << true;
    QTest::newRow("underscore in a hyphenated id")
        << QStringLiteral("score_15") << Style::Hyphens << false;
    QTest::newRow("capitals") << QStringLiteral("Empathy") << Style::Underscores << false;
    QTest::newRow("starts with a digit") << QStringLiteral("15score") << Style::Hyphens << false;
    QTest::newRow("space") << QStringLiteral("score 15") << Style::Hyphens << false;
}

void tst_JsonFields::checksKeyFormats() {
    QFETCH(QString, key);
    QFETCH(JsonFields::KeyStyle, style);
    QFETCH(bool, valid);
    const QString problem = problemOf(
        [&] { JsonFields::requireKeyFormat(key, QStringLiteral("skills[1].key"), style); });
    if (valid) {
        QCOMPARE(problem, QString());
        return;
    }
    const QString separator = style == JsonFields::KeyStyle::Underscores
                                  ? QStringLiteral("underscores")
                                  : QStringLiteral("hyphens");
    QCOMPARE(problem, QStringLiteral("skills[1].key: \"%1\" is not a valid key: use lower-case "
                                     "letters, digits and %2, starting with a letter")
                          .arg(key, separator));
}

namespace {

// A small nested parse, the shape the loaders use: a list of objects holding an object.
int parseLevels(const QJsonObject &root) {
    const QJsonArray skills = JsonFields::requireArray(root, QStringLiteral("skills"), QString());
    int total = 0;
    for (qsizetype i = 0; i < skills.size(); ++i) {
        const QString path = JsonFields::index(QStringLiteral("skills"), i);
        const QJsonObject skill = JsonFields::requireObject(skills.at(i), path);
        const QString levelsPath = JsonFields::join(path, QStringLiteral("levels"));
        const QJsonObject levels =
            JsonFields::requireObject(skill.value(QStringLiteral("levels")), levelsPath);
        total += JsonFields::requireInt(levels, QStringLiteral("4"), levelsPath);
    }
    return total;
}

} // namespace

void tst_JsonFields::loadNamesTheNestedField() {
    QString error;
    const auto good = JsonFields::load<int>(
        R"({"skills": [{"levels": {"4": 2}}, {"levels": {"4": 5}}]})", &error, parseLevels);
    QCOMPARE(good, std::optional<int>(7));

    const auto bad = JsonFields::load<int>(
        R"({"skills": [{"levels": {"4": 2}}, {"levels": {}}, {"levels": {"4": 1}}]})", &error,
        parseLevels);
    QVERIFY(!bad);
    QCOMPARE(error, QStringLiteral("skills[1].levels.4: is missing"));

    const auto notObject =
        JsonFields::load<int>(R"({"skills": [{"levels": {"4": 2}}, 3]})", &error, parseLevels);
    QVERIFY(!notObject);
    QCOMPARE(error, QStringLiteral("skills[1]: must be an object"));

    // Callers that only need to know whether it loaded may pass no error.
    QVERIFY(!JsonFields::load<int>(R"({"skills": []})", nullptr, parseLevels));
}

void tst_JsonFields::loadRefusesTextThatIsNotOneObject() {
    QString error;
    QVERIFY(!JsonFields::load<int>(R"({"skills": )", &error, parseLevels));
    QVERIFY2(error.startsWith(QStringLiteral("not valid JSON at character ")), qPrintable(error));
    QVERIFY(!JsonFields::load<int>("[1, 2]", &error, parseLevels));
    QCOMPARE(error, QStringLiteral("the file must hold one JSON object"));
    QVERIFY(!JsonFields::load<int>("[1, 2]", nullptr, parseLevels));
}

void tst_JsonFields::loadFilePrefixesThePath() {
    QString error;
    QVERIFY(!JsonFields::loadFile<int>(QStringLiteral("/nonexistent/x.json"), &error, parseLevels));
    QVERIFY2(error.startsWith(QStringLiteral("/nonexistent/x.json cannot be read: ")),
             qPrintable(error));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("levels.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"skills": [{"levels": {"4": 2.5}}]})");
    file.close();
    QVERIFY(!JsonFields::loadFile<int>(path, &error, parseLevels));
    QCOMPARE(error, path + QStringLiteral(": skills[0].levels.4: must be a whole number"));
}

QTEST_GUILESS_MAIN(tst_JsonFields)
#include "tst_JsonFields.moc"
