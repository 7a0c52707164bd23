#include "CodingSchemeLoader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace {

// Thrown inside the loader only, to unwind to fromJson with the field's path.
struct FieldError {
    QString field;
    QString problem;
};

QString requireString(const QJsonObject &object, const QString &key, const QString &path) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        throw FieldError{path + key, QStringLiteral("is missing")};
    if (!value.isString())
        throw FieldError{path + key, QStringLiteral("must be text")};
    if (value.toString().trimmed().isEmpty())
        throw FieldError{path + key, QStringLiteral("must not be empty")};
    return value.toString().trimmed();
}

int requireInt(const QJsonObject &object, const QString &key, const QString &path) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        throw FieldError{path + key, QStringLiteral("is missing")};
    const double number = value.toDouble(-1e300);
    if (!value.isDouble() || number != static_cast<double>(static_cast<int>(number)))
        throw FieldError{path + key, QStringLiteral("must be a whole number")};
    return static_cast<int>(number);
}

QJsonArray requireArray(const QJsonObject &object, const QString &key, const QString &path) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        throw FieldError{path + key, QStringLiteral("is missing")};
    if (!value.isArray() || value.toArray().isEmpty())
        throw FieldError{path + key, QStringLiteral("must be a non-empty list")};
    return value.toArray();
}

QJsonObject requireObject(const QJsonValue &value, const QString &path) {
    if (value.isUndefined())
        throw FieldError{path, QStringLiteral("is missing")};
    if (!value.isObject())
        throw FieldError{path, QStringLiteral("must be an object")};
    return value.toObject();
}

void requireKeyFormat(const QString &key, const QString &path) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    if (!pattern.match(key).hasMatch())
        throw FieldError{path, QStringLiteral("must be lower-case letters, digits and _")};
}

CodingScheme parse(const QJsonObject &root) {
    CodingScheme scheme;
    scheme.id = requireString(root, QStringLiteral("id"), QString());
    requireKeyFormat(scheme.id, QStringLiteral("id"));
    scheme.version = requireInt(root, QStringLiteral("version"), QString());
    if (scheme.version < 1)
        throw FieldError{QStringLiteral("version"), QStringLiteral("must be 1 or more")};
    scheme.name = requireString(root, QStringLiteral("name"), QString());
    scheme.description = root.value(QStringLiteral("description")).toString();

    const QJsonObject scale =
        requireObject(root.value(QStringLiteral("scale")), QStringLiteral("scale"));
    scheme.scaleMin = requireInt(scale, QStringLiteral("min"), QStringLiteral("scale."));
    scheme.scaleMax = requireInt(scale, QStringLiteral("max"), QStringLiteral("scale."));
    // The database stores scores 1-5; a scheme with another range would be refused row by row.
    if (scheme.scaleMin != 1 || scheme.scaleMax != 5)
        throw FieldError{QStringLiteral("scale"), QStringLiteral("must run from 1 to 5")};

    const QJsonArray factors = requireArray(root, QStringLiteral("factors"), QString());
    QSet<QString> factorKeys;
    for (qsizetype i = 0; i < factors.size(); ++i) {
        const QString path = QStringLiteral("factors[%1]").arg(i);
        const QJsonObject f = requireObject(factors.at(i), path);
        SchemeFactor factor{requireString(f, QStringLiteral("key"), path + QLatin1Char('.')),
                            requireString(f, QStringLiteral("name"), path + QLatin1Char('.'))};
        requireKeyFormat(factor.key, path + QStringLiteral(".key"));
        if (factorKeys.contains(factor.key))
            throw FieldError{path + QStringLiteral(".key"),
                             QStringLiteral("repeats \"%1\"").arg(factor.key)};
        factorKeys.insert(factor.key);
        scheme.factors.append(factor);
    }

    const QJsonArray skills = requireArray(root, QStringLiteral("skills"), QString());
    QSet<QString> skillKeys;
    for (qsizetype i = 0; i < skills.size(); ++i) {
        const QString path = QStringLiteral("skills[%1]").arg(i);
        const QString prefix = path + QLatin1Char('.');
        const QJsonObject s = requireObject(skills.at(i), path);
        SchemeSkill skill;
        skill.key = requireString(s, QStringLiteral("key"), prefix);
        requireKeyFormat(skill.key, prefix + QStringLiteral("key"));
        if (skillKeys.contains(skill.key))
            throw FieldError{prefix + QStringLiteral("key"),
                             QStringLiteral("repeats \"%1\"").arg(skill.key)};
        skillKeys.insert(skill.key);
        skill.name = requireString(s, QStringLiteral("name"), prefix);
        skill.factor = requireString(s, QStringLiteral("factor"), prefix);
        if (!factorKeys.contains(skill.factor))
            throw FieldError{prefix + QStringLiteral("factor"),
                             QStringLiteral("names unknown factor \"%1\"").arg(skill.factor)};
        skill.definition = requireString(s, QStringLiteral("definition"), prefix);
        const QJsonObject levels =
            requireObject(s.value(QStringLiteral("levels")), prefix + QStringLiteral("levels"));
        for (int level = scheme.scaleMin; level <= scheme.scaleMax; ++level)
            skill.levels.insert(level, requireString(levels, QString::number(level),
                                                     prefix + QStringLiteral("levels.")));
        for (const QString &levelKey : levels.keys()) {
            bool ok = false;
            const int level = levelKey.toInt(&ok);
            if (!ok || level < scheme.scaleMin || level > scheme.scaleMax)
                throw FieldError{prefix + QStringLiteral("levels.") + levelKey,
                                 QStringLiteral("is not a level on the 1 to 5 scale")};
        }
        scheme.skills.append(skill);
    }
    return scheme;
}

} // namespace

std::optional<CodingScheme> CodingSchemeLoader::fromJson(const QByteArray &json, QString *error) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = QStringLiteral("not valid JSON at character %1: %2")
                         .arg(parseError.offset)
                         .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        if (error)
            *error = QStringLiteral("the file must hold one JSON object");
        return std::nullopt;
    }
    try {
        return parse(document.object());
    } catch (const FieldError &fieldError) {
        if (error)
            *error = fieldError.field + QStringLiteral(": ") + fieldError.problem;
        return std::nullopt;
    }
}

std::optional<CodingScheme> CodingSchemeLoader::fromFile(const QString &path, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1 cannot be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QString inner;
    auto scheme = fromJson(file.readAll(), &inner);
    if (!scheme && error)
        *error = path + QStringLiteral(": ") + inner;
    return scheme;
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
