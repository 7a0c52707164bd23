#include "CodingSchemeLoader.h"

#include "io/JsonFields.h"

#include <QSet>

namespace {

using Error = JsonFields::Error;

CodingScheme parse(const QJsonObject &root) {
    CodingScheme scheme;
    scheme.id = JsonFields::requireString(root, QStringLiteral("id"), QString());
    JsonFields::requireKeyFormat(scheme.id, QStringLiteral("id"),
                                 JsonFields::KeyStyle::Underscores);
    scheme.version = JsonFields::requireInt(root, QStringLiteral("version"), QString());
    if (scheme.version < 1)
        throw Error{QStringLiteral("version"), QStringLiteral("must be 1 or more")};
    scheme.name = JsonFields::requireString(root, QStringLiteral("name"), QString());
    scheme.description = root.value(QStringLiteral("description")).toString();

    const QString scalePath = QStringLiteral("scale");
    const QJsonObject scale = JsonFields::requireObject(root.value(scalePath), scalePath);
    scheme.scaleMin = JsonFields::requireInt(scale, QStringLiteral("min"), scalePath);
    scheme.scaleMax = JsonFields::requireInt(scale, QStringLiteral("max"), scalePath);
    // The database stores scores 1-5; a scheme with another range would be refused row by row.
    if (scheme.scaleMin != 1 || scheme.scaleMax != 5)
        throw Error{scalePath, QStringLiteral("must run from 1 to 5")};

    const QJsonArray factors = JsonFields::requireArray(root, QStringLiteral("factors"), QString());
    QSet<QString> factorKeys;
    for (qsizetype i = 0; i < factors.size(); ++i) {
        const QString path = JsonFields::index(QStringLiteral("factors"), i);
        const QString keyField = JsonFields::join(path, QStringLiteral("key"));
        const QJsonObject f = JsonFields::requireObject(factors.at(i), path);
        SchemeFactor factor{JsonFields::requireString(f, QStringLiteral("key"), path),
                            JsonFields::requireString(f, QStringLiteral("name"), path)};
        JsonFields::requireKeyFormat(factor.key, keyField, JsonFields::KeyStyle::Underscores);
        if (factorKeys.contains(factor.key))
            throw Error{keyField, QStringLiteral("repeats \"%1\"").arg(factor.key)};
        factorKeys.insert(factor.key);
        scheme.factors.append(factor);
    }

    const QJsonArray skills = JsonFields::requireArray(root, QStringLiteral("skills"), QString());
    QSet<QString> skillKeys;
    for (qsizetype i = 0; i < skills.size(); ++i) {
        const QString path = JsonFields::index(QStringLiteral("skills"), i);
        const QString keyField = JsonFields::join(path, QStringLiteral("key"));
        const QJsonObject s = JsonFields::requireObject(skills.at(i), path);
        SchemeSkill skill;
        skill.key = JsonFields::requireString(s, QStringLiteral("key"), path);
        JsonFields::requireKeyFormat(skill.key, keyField, JsonFields::KeyStyle::Underscores);
        if (skillKeys.contains(skill.key))
            throw Error{keyField, QStringLiteral("repeats \"%1\"").arg(skill.key)};
        skillKeys.insert(skill.key);
        skill.name = JsonFields::requireString(s, QStringLiteral("name"), path);
        skill.factor = JsonFields::requireString(s, QStringLiteral("factor"), path);
        if (!factorKeys.contains(skill.factor))
            throw Error{JsonFields::join(path, QStringLiteral("factor")),
                        QStringLiteral("names unknown factor \"%1\"").arg(skill.factor)};
        skill.definition = JsonFields::requireString(s, QStringLiteral("definition"), path);
        const QString levelsPath = JsonFields::join(path, QStringLiteral("levels"));
        const QJsonObject levels =
            JsonFields::requireObject(s.value(QStringLiteral("levels")), levelsPath);
        for (int level = scheme.scaleMin; level <= scheme.scaleMax; ++level)
            skill.levels.insert(
                level, JsonFields::requireString(levels, QString::number(level), levelsPath));
        for (const QString &levelKey : levels.keys()) {
            bool ok = false;
            const int level = levelKey.toInt(&ok);
            if (!ok || level < scheme.scaleMin || level > scheme.scaleMax)
                throw Error{JsonFields::join(levelsPath, levelKey),
                            QStringLiteral("is not a level on the 1 to 5 scale")};
        }
        scheme.skills.append(skill);
    }
    return scheme;
}

} // namespace

std::optional<CodingScheme> CodingSchemeLoader::fromJson(const QByteArray &json, QString *error) {
    return JsonFields::load<CodingScheme>(json, error, parse);
}

std::optional<CodingScheme> CodingSchemeLoader::fromFile(const QString &path, QString *error) {
    return JsonFields::loadFile<CodingScheme>(path, error, parse);
}

QString CodingSchemeLoader::builtInPath() {
    return QStringLiteral(":/schemes/msw-v1.json");
}

CodingScheme CodingSchemeLoader::builtIn() {
    QString error;
    auto scheme = fromFile(builtInPath(), &error);
    // The built-in scheme is tested; failing here means the build itself is broken.
    Q_ASSERT_X(scheme.has_value(), "CodingSchemeLoader::builtIn", qPrintable(error));
    return scheme.value_or(CodingScheme{});
}
