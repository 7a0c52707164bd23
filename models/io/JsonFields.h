#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

// Reads the fields of a JSON definition file (a coding scheme, an instrument) and names the
// offending field on any problem, as "skills[2].levels.4: is missing", so an organisation
// loading its own file sees exactly what to fix. Each require function throws Error; load()
// turns the JSON text into a value through a parse function and any problem into that message.
//
// A path names where an object sits ("" for the root, "scale", "skills[2]"); a field is a path
// with its key ("scale.min").
class JsonFields {
public:
    // Thrown by the require functions and by parse functions, caught by load().
    struct Error {
        QString field;
        QString problem;
        QString message() const;
    };

    // What a key may hold besides lower-case letters and digits: ids such as "score-15" use
    // hyphens, keys such as "child_focus" use underscores.
    enum class KeyStyle { Underscores, Hyphens };

    // "skills[2]" + "levels" -> "skills[2].levels"; "" + "id" -> "id".
    static QString join(const QString &path, const QString &key);
    // "skills" + 2 -> "skills[2]".
    static QString index(const QString &path, qsizetype position);

    // Text, trimmed; missing, not text or blank is an error.
    static QString requireString(const QJsonObject &object, const QString &key,
                                 const QString &path);
    // Text, trimmed, or an empty string when the key is absent or null.
    static QString optionalString(const QJsonObject &object, const QString &key,
                                  const QString &path);
    static int requireInt(const QJsonObject &object, const QString &key, const QString &path);
    // A whole number of at most a million either way (no file needs more); 2.5 is an error.
    static int wholeNumber(const QJsonValue &value, const QString &field);
    static double requireNumber(const QJsonObject &object, const QString &key, const QString &path);
    // A list with at least one element.
    static QJsonArray requireArray(const QJsonObject &object, const QString &key,
                                   const QString &path);
    // A list, possibly empty; an empty list when the key is absent.
    static QJsonArray optionalArray(const QJsonObject &object, const QString &key,
                                    const QString &path);
    static QJsonObject requireObject(const QJsonValue &value, const QString &field);
    // A key starts with a lower-case letter and holds only lower-case letters, digits and the
    // style's separator.
    static void requireKeyFormat(const QString &key, const QString &field, KeyStyle style);

    // Parses json as one JSON object and hands it to parse (QJsonObject -> T), which throws
    // Error on a bad field. Returns nullopt with *error set (when error is not null) to
    // "not valid JSON at character N: …", "the file must hold one JSON object" or "field: problem".
    template <typename T, typename Parse>
    static std::optional<T> load(const QByteArray &json, QString *error, Parse parse) {
        const std::optional<QJsonObject> root = readObject(json, error);
        if (!root)
            return std::nullopt;
        try {
            return parse(*root);
        } catch (const Error &fieldError) {
            if (error)
                *error = fieldError.message();
            return std::nullopt;
        }
    }

    // Reads a file (or a Qt resource) and loads it as above, prefixing any problem with the
    // path: "/x/scheme.json: id: is missing", or "/x/scheme.json cannot be read: …".
    template <typename T, typename Parse>
    static std::optional<T> loadFile(const QString &path, QString *error, Parse parse) {
        const std::optional<QByteArray> json = readFile(path, error);
        if (!json)
            return std::nullopt;
        QString problem;
        std::optional<T> value = load<T>(*json, &problem, parse);
        if (!value && error)
            *error = path + QStringLiteral(": ") + problem;
        return value;
    }

private:
    // The key's value; absent is an error.
    static QJsonValue requireValue(const QJsonObject &object, const QString &key,
                                   const QString &path);
    static std::optional<QJsonObject> readObject(const QByteArray &json, QString *error);
    static std::optional<QByteArray> readFile(const QString &path, QString *error);
};
