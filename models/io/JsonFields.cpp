#include "JsonFields.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>

QString JsonFields::Error::message() const {
    return field + QStringLiteral(": ") + problem;
}

QString JsonFields::join(const QString &path, const QString &key) {
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString JsonFields::index(const QString &path, qsizetype position) {
    return QStringLiteral("%1[%2]").arg(path).arg(position);
}

QJsonValue JsonFields::requireValue(const QJsonObject &object, const QString &key,
                                    const QString &path) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        throw Error{join(path, key), QStringLiteral("is missing")};
    return value;
}

QString JsonFields::requireString(const QJsonObject &object, const QString &key,
                                  const QString &path) {
    const QJsonValue value = requireValue(object, key, path);
    if (!value.isString())
        throw Error{join(path, key), QStringLiteral("must be text")};
    if (value.toString().trimmed().isEmpty())
        throw Error{join(path, key), QStringLiteral("must not be empty")};
    return value.toString().trimmed();
}

QString JsonFields::optionalString(const QJsonObject &object, const QString &key,
                                   const QString &path) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString())
        throw Error{join(path, key), QStringLiteral("must be text")};
    return value.toString().trimmed();
}

int JsonFields::requireInt(const QJsonObject &object, const QString &key, const QString &path) {
    return wholeNumber(object.value(key), join(path, key));
}

int JsonFields::wholeNumber(const QJsonValue &value, const QString &field) {
    if (value.isUndefined())
        throw Error{field, QStringLiteral("is missing")};
    const double number = value.toDouble();
    // The bound keeps the conversion to int defined for any number a file can hold.
    if (!value.isDouble() || std::floor(number) != number || std::abs(number) > 1e6)
        throw Error{field, QStringLiteral("must be a whole number")};
    return static_cast<int>(number);
}

double JsonFields::requireNumber(const QJsonObject &object, const QString &key,
                                 const QString &path) {
    const QJsonValue value = requireValue(object, key, path);
    if (!value.isDouble())
        throw Error{join(path, key), QStringLiteral("must be a number")};
    return value.toDouble();
}

QJsonArray JsonFields::requireArray(const QJsonObject &object, const QString &key,
                                    const QString &path) {
    requireValue(object, key, path);
    const QJsonArray array = optionalArray(object, key, path);
    if (array.isEmpty())
        throw Error{join(path, key), QStringLiteral("must not be empty")};
    return array;
}

QJsonArray JsonFields::optionalArray(const QJsonObject &object, const QString &key,
                                     const QString &path) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return QJsonArray();
    if (!value.isArray())
        throw Error{join(path, key), QStringLiteral("must be a list")};
    return value.toArray();
}

QJsonObject JsonFields::requireObject(const QJsonValue &value, const QString &field) {
    if (value.isUndefined())
        throw Error{field, QStringLiteral("is missing")};
    if (!value.isObject())
        throw Error{field, QStringLiteral("must be an object")};
    return value.toObject();
}

void JsonFields::requireKeyFormat(const QString &key, const QString &field, KeyStyle style) {
    static const QRegularExpression underscores(QStringLiteral("^[a-z][a-z0-9_]*$"));
    static const QRegularExpression hyphens(QStringLiteral("^[a-z][a-z0-9-]*$"));
    const bool underscored = style == KeyStyle::Underscores;
    if ((underscored ? underscores : hyphens).match(key).hasMatch())
        return;
    // Say what a valid key looks like, so the author can fix it without reading the code.
    throw Error{field, QStringLiteral("\"%1\" is not a valid key: use lower-case letters, digits "
                                      "and %2, starting with a letter")
                           .arg(key, underscored ? QStringLiteral("underscores")
                                                 : QStringLiteral("hyphens"))};
}

std::optional<QJsonObject> JsonFields::readObject(const QByteArray &json, QString *error) {
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
    return document.object();
}

std::optional<QByteArray> JsonFields::readFile(const QString &path, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1 cannot be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}
