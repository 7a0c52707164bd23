#include "domain/CodingSchemeLoader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class tst_CodingSchemeLoader : public QObject {
    Q_OBJECT

private slots:
    void loadsTheBuiltInScheme();
    void namesTheOffendingField_data();
    void namesTheOffendingField();
    void refusesInvalidJson();
    void reportsAMissingFile();

private:
    static QJsonObject builtInJson();
};

QJsonObject tst_CodingSchemeLoader::builtInJson() {
    QFile file(CodingSchemeLoader::builtInPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void tst_CodingSchemeLoader::loadsTheBuiltInScheme() {
    QString error;
    const auto scheme = CodingSchemeLoader::fromFile(CodingSchemeLoader::builtInPath(), &error);
    QVERIFY2(scheme.has_value(), qPrintable(error));
    QCOMPARE(scheme->id, QStringLiteral("msw"));
    QCOMPARE(scheme->version, 1);
    QCOMPARE(
        scheme->skillKeys(),
        QStringList({QStringLiteral("evocation"), QStringLiteral("empathy"),
                     QStringLiteral("collaboration"), QStringLiteral("autonomy"),
                     QStringLiteral("purposefulness"), QStringLiteral("clarity_about_concerns"),
                     QStringLiteral("child_focus")}));
    QCOMPARE(scheme->skillsInFactor(QStringLiteral("relationship_building")),
             QStringList({QStringLiteral("empathy"), QStringLiteral("collaboration"),
                          QStringLiteral("autonomy")}));
    QCOMPARE(scheme->skillsInFactor(QStringLiteral("good_authority")).size(), 3);
    for (const SchemeSkill &skill : scheme->skills) {
        QVERIFY(!skill.definition.isEmpty());
        QCOMPARE(skill.levels.size(), 5);
        for (int level = 1; level <= 5; ++level)
            QVERIFY(!scheme->levelDescriptor(skill.key, level).isEmpty());
    }
}

void tst_CodingSchemeLoader::namesTheOffendingField_data() {
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    QJsonObject noId = builtInJson();
    noId.remove(QStringLiteral("id"));
    QTest::newRow("missing id") << QJsonDocument(noId).toJson() << QStringLiteral("id: is missing");

    QJsonObject badVersion = builtInJson();
    badVersion[QStringLiteral("version")] = QStringLiteral("one");
    QTest::newRow("text version") << QJsonDocument(badVersion).toJson()
                                  << QStringLiteral("version: must be a whole number");

    QJsonObject missingLevel = builtInJson();
    QJsonArray skills = missingLevel[QStringLiteral("skills")].toArray();
    QJsonObject third = skills[2].toObject();
    QJsonObject levels = third[QStringLiteral("levels")].toObject();
    levels.remove(QStringLiteral("4"));
    third[QStringLiteral("levels")] = levels;
    skills[2] = third;
    missingLevel[QStringLiteral("skills")] = skills;
    QTest::newRow("missing level")
        << QJsonDocument(missingLevel).toJson() << QStringLiteral("skills[2].levels.4: is missing");

    QJsonObject extraLevel = builtInJson();
    skills = extraLevel[QStringLiteral("skills")].toArray();
    QJsonObject first = skills[0].toObject();
    levels = first[QStringLiteral("levels")].toObject();
    levels[QStringLiteral("6")] = QStringLiteral("Beyond the scale");
    first[QStringLiteral("levels")] = levels;
    skills[0] = first;
    extraLevel[QStringLiteral("skills")] = skills;
    QTest::newRow("level 6") << QJsonDocument(extraLevel).toJson()
                             << QStringLiteral("skills[0].levels.6: is not a level");

    QJsonObject unknownFactor = builtInJson();
    skills = unknownFactor[QStringLiteral("skills")].toArray();
    QJsonObject second = skills[1].toObject();
    second[QStringLiteral("factor")] = QStringLiteral("charm");
    skills[1] = second;
    unknownFactor[QStringLiteral("skills")] = skills;
    QTest::newRow("unknown factor") << QJsonDocument(unknownFactor).toJson()
                                    << QStringLiteral("skills[1].factor: names unknown factor");

    QJsonObject duplicate = builtInJson();
    skills = duplicate[QStringLiteral("skills")].toArray();
    QJsonObject copy = skills[0].toObject();
    skills.append(copy);
    duplicate[QStringLiteral("skills")] = skills;
    QTest::newRow("duplicate skill") << QJsonDocument(duplicate).toJson()
                                     << QStringLiteral("skills[7].key: repeats \"evocation\"");

    QJsonObject emptyDefinition = builtInJson();
    skills = emptyDefinition[QStringLiteral("skills")].toArray();
    QJsonObject sixth = skills[5].toObject();
    sixth[QStringLiteral("definition")] = QStringLiteral("  ");
    skills[5] = sixth;
    emptyDefinition[QStringLiteral("skills")] = skills;
    QTest::newRow("empty definition") << QJsonDocument(emptyDefinition).toJson()
                                      << QStringLiteral("skills[5].definition: must not be empty");

    QJsonObject badScale = builtInJson();
    badScale[QStringLiteral("scale")] =
        QJsonObject{{QStringLiteral("min"), 0}, {QStringLiteral("max"), 5}};
    QTest::newRow("scale 0-5") << QJsonDocument(badScale).toJson()
                               << QStringLiteral("scale: must run from 1 to 5");
}

void tst_CodingSchemeLoader::namesTheOffendingField() {
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    const auto scheme = CodingSchemeLoader::fromJson(json, &error);
    QVERIFY(!scheme.has_value());
    QVERIFY2(error.startsWith(expected), qPrintable(error));
}

void tst_CodingSchemeLoader::refusesInvalidJson() {
    QString error;
    QVERIFY(!CodingSchemeLoader::fromJson("{ \"id\": ", &error));
    QVERIFY(error.contains(QStringLiteral("not valid JSON")));
    QVERIFY(!CodingSchemeLoader::fromJson("[1, 2]", &error));
    QVERIFY(error.contains(QStringLiteral("one JSON object")));
}

void tst_CodingSchemeLoader::reportsAMissingFile() {
    QString error;
    QVERIFY(!CodingSchemeLoader::fromFile(QStringLiteral("/nonexistent/scheme.json"), &error));
    QVERIFY(error.contains(QStringLiteral("cannot be read")));
}

QTEST_GUILESS_MAIN(tst_CodingSchemeLoader)
#include "tst_CodingSchemeLoader.moc"
