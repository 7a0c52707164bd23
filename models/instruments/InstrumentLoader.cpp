#include "InstrumentLoader.h"

#include "domain/ValueSets.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace {

// Thrown inside the loader only, to unwind to fromJson with the field's path.
struct FieldError {
    QString field;
    QString problem;
};

QString join(const QString &path, const QString &key) {
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

QString requireString(const QJsonObject &object, const QString &key, const QString &path) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        throw FieldError{join(path, key), QStringLiteral("is missing")};
    if (!value.isString())
        throw FieldError{join(path, key), QStringLiteral("must be text")};
    if (value.toString().trimmed().isEmpty())
        throw FieldError{join(path, key), QStringLiteral("must not be empty")};
    return value.toString().trimmed();
}

QString optionalString(const QJsonObject &object, const QString &key, const QString &path) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString())
        throw FieldError{join(path, key), QStringLiteral("must be text")};
    return value.toString().trimmed();
}

int toWholeNumber(const QJsonValue &value, const QString &field) {
    if (value.isUndefined())
        throw FieldError{field, QStringLiteral("is missing")};
    const double number = value.toDouble();
    if (!value.isDouble() || std::floor(number) != number || std::abs(number) > 1e6)
        throw FieldError{field, QStringLiteral("must be a whole number")};
    return static_cast<int>(number);
}

int requireInt(const QJsonObject &object, const QString &key, const QString &path) {
    return toWholeNumber(object.value(key), join(path, key));
}

double requireNumber(const QJsonObject &object, const QString &key, const QString &path) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        throw FieldError{join(path, key), QStringLiteral("is missing")};
    if (!value.isDouble())
        throw FieldError{join(path, key), QStringLiteral("must be a number")};
    return value.toDouble();
}

QJsonArray requireArray(const QJsonObject &object, const QString &key, const QString &path,
                        bool mayBeEmpty) {
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        throw FieldError{join(path, key), QStringLiteral("is missing")};
    if (!value.isArray())
        throw FieldError{join(path, key), QStringLiteral("must be a list")};
    if (!mayBeEmpty && value.toArray().isEmpty())
        throw FieldError{join(path, key), QStringLiteral("must not be empty")};
    return value.toArray();
}

QJsonArray optionalArray(const QJsonObject &object, const QString &key, const QString &path) {
    if (object.value(key).isUndefined())
        return QJsonArray();
    return requireArray(object, key, path, true);
}

QJsonObject requireObject(const QJsonValue &value, const QString &field) {
    if (value.isUndefined())
        throw FieldError{field, QStringLiteral("is missing")};
    if (!value.isObject())
        throw FieldError{field, QStringLiteral("must be an object")};
    return value.toObject();
}

void requireKeyFormat(const QString &key, const QString &field, const QString &pattern) {
    const QRegularExpression expression(pattern);
    if (!expression.match(key).hasMatch())
        throw FieldError{field, QStringLiteral("\"%1\" is not a valid key").arg(key)};
}

InstrumentDefinition::Method parseMethod(const QJsonObject &object, const QString &path) {
    const QString method = requireString(object, QStringLiteral("method"), path);
    if (method == QLatin1String("sum"))
        return InstrumentDefinition::Method::Sum;
    if (method == QLatin1String("mean"))
        return InstrumentDefinition::Method::Mean;
    throw FieldError{join(path, QStringLiteral("method")), QStringLiteral("must be sum or mean")};
}

QList<int> parseItemList(const QJsonArray &array, const QString &field, int itemCount) {
    QList<int> items;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemField = QStringLiteral("%1[%2]").arg(field).arg(i);
        const int number = toWholeNumber(array.at(i), itemField);
        if (number < 1 || number > itemCount)
            throw FieldError{
                itemField,
                QStringLiteral("names item %1, but there are %2 items").arg(number).arg(itemCount)};
        if (items.contains(number))
            throw FieldError{itemField, QStringLiteral("repeats item %1").arg(number)};
        items.append(number);
    }
    return items;
}

InstrumentDefinition parse(const QJsonObject &root) {
    InstrumentDefinition definition;
    definition.id = requireString(root, QStringLiteral("id"), QString());
    requireKeyFormat(definition.id, QStringLiteral("id"), QStringLiteral("^[a-z][a-z0-9-]*$"));
    definition.version = requireInt(root, QStringLiteral("version"), QString());
    if (definition.version < 1)
        throw FieldError{QStringLiteral("version"), QStringLiteral("must be 1 or more")};
    definition.name = requireString(root, QStringLiteral("name"), QString());
    definition.citation = requireString(root, QStringLiteral("citation"), QString());
    definition.licenceNote = requireString(root, QStringLiteral("licence_note"), QString());

    const QJsonArray respondents =
        requireArray(root, QStringLiteral("respondents"), QString(), false);
    const QStringList knownRespondents = ValueSets::respondents();
    for (qsizetype i = 0; i < respondents.size(); ++i) {
        const QString field = QStringLiteral("respondents[%1]").arg(i);
        const QString respondent = respondents.at(i).toString();
        if (!knownRespondents.contains(respondent))
            throw FieldError{field, QStringLiteral("must be one of %1")
                                        .arg(knownRespondents.join(QStringLiteral(", ")))};
        definition.respondents.append(respondent);
    }

    const QJsonObject scale =
        requireObject(root.value(QStringLiteral("scale")), QStringLiteral("scale"));
    definition.scaleMin = requireInt(scale, QStringLiteral("min"), QStringLiteral("scale"));
    definition.scaleMax = requireInt(scale, QStringLiteral("max"), QStringLiteral("scale"));
    // Entry is by single keystrokes, so answers are kept to 0-10.
    if (definition.scaleMin < 0 || definition.scaleMin > 1)
        throw FieldError{QStringLiteral("scale.min"), QStringLiteral("must be 0 or 1")};
    if (definition.scaleMax <= definition.scaleMin || definition.scaleMax > 10)
        throw FieldError{QStringLiteral("scale.max"),
                         QStringLiteral("must be above scale.min and no more than 10")};
    const QJsonValue anchorsValue = scale.value(QStringLiteral("anchors"));
    if (!anchorsValue.isUndefined()) {
        const QJsonObject anchors = requireObject(anchorsValue, QStringLiteral("scale.anchors"));
        for (auto it = anchors.begin(); it != anchors.end(); ++it) {
            const QString field = QStringLiteral("scale.anchors.") + it.key();
            bool ok = false;
            const int point = it.key().toInt(&ok);
            if (!ok || !definition.isInRange(point))
                throw FieldError{field, QStringLiteral("is not a point on the scale")};
            if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
                throw FieldError{field, QStringLiteral("must be text")};
            definition.anchors.insert(point, it.value().toString().trimmed());
        }
    }

    const QJsonArray items = requireArray(root, QStringLiteral("items"), QString(), false);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = QStringLiteral("items[%1]").arg(i);
        const QJsonObject item = requireObject(items.at(i), path);
        InstrumentDefinition::Item parsed;
        parsed.number = requireInt(item, QStringLiteral("number"), path);
        // Item numbers are the printed numbers on the paper form; they must run 1..N in order
        // so that "item 7" means the same thing on paper, on screen and in a CSV column.
        if (parsed.number != i + 1)
            throw FieldError{
                join(path, QStringLiteral("number")),
                QStringLiteral("must be %1: items are numbered 1, 2, 3 ... in order").arg(i + 1)};
        parsed.text = optionalString(item, QStringLiteral("text"), path);
        definition.items.append(parsed);
    }
    const int itemCount = definition.itemCount();

    for (int number : parseItemList(optionalArray(root, QStringLiteral("reverse_keyed"), QString()),
                                    QStringLiteral("reverse_keyed"), itemCount))
        definition.reverseKeyed.insert(number);

    const QString direction = requireString(root, QStringLiteral("direction"), QString());
    if (direction == QLatin1String("higher_is_better"))
        definition.direction = InstrumentDefinition::Direction::HigherIsBetter;
    else if (direction == QLatin1String("higher_is_worse"))
        definition.direction = InstrumentDefinition::Direction::HigherIsWorse;
    else
        throw FieldError{QStringLiteral("direction"),
                         QStringLiteral("must be higher_is_better or higher_is_worse")};

    const QJsonObject total =
        requireObject(root.value(QStringLiteral("total")), QStringLiteral("total"));
    definition.total.key = QStringLiteral("total");
    definition.total.name = requireString(total, QStringLiteral("name"), QStringLiteral("total"));
    definition.total.method = parseMethod(total, QStringLiteral("total"));
    for (int number = 1; number <= itemCount; ++number)
        definition.total.items.append(number);

    QStringList scaleKeys{QStringLiteral("total")};
    const QJsonArray subscales = optionalArray(root, QStringLiteral("subscales"), QString());
    for (qsizetype i = 0; i < subscales.size(); ++i) {
        const QString path = QStringLiteral("subscales[%1]").arg(i);
        const QJsonObject object = requireObject(subscales.at(i), path);
        InstrumentDefinition::Scale subscale;
        subscale.key = requireString(object, QStringLiteral("key"), path);
        requireKeyFormat(subscale.key, join(path, QStringLiteral("key")),
                         QStringLiteral("^[a-z][a-z0-9_]*$"));
        if (scaleKeys.contains(subscale.key))
            throw FieldError{join(path, QStringLiteral("key")),
                             QStringLiteral("repeats \"%1\"").arg(subscale.key)};
        scaleKeys.append(subscale.key);
        subscale.name = requireString(object, QStringLiteral("name"), path);
        subscale.items = parseItemList(requireArray(object, QStringLiteral("items"), path, false),
                                       join(path, QStringLiteral("items")), itemCount);
        subscale.method = parseMethod(object, path);
        definition.subscales.append(subscale);
    }

    const QJsonObject missing =
        requireObject(root.value(QStringLiteral("missing_data")), QStringLiteral("missing_data"));
    definition.minAnsweredPercent =
        requireInt(missing, QStringLiteral("min_answered_percent"), QStringLiteral("missing_data"));
    if (definition.minAnsweredPercent < 1 || definition.minAnsweredPercent > 100)
        throw FieldError{QStringLiteral("missing_data.min_answered_percent"),
                         QStringLiteral("must be between 1 and 100")};

    const QJsonArray references =
        optionalArray(root, QStringLiteral("reference_values"), QString());
    for (qsizetype i = 0; i < references.size(); ++i) {
        const QString path = QStringLiteral("reference_values[%1]").arg(i);
        const QJsonObject object = requireObject(references.at(i), path);
        InstrumentDefinition::ReferenceValue reference;
        reference.scale = requireString(object, QStringLiteral("scale"), path);
        if (!scaleKeys.contains(reference.scale))
            throw FieldError{join(path, QStringLiteral("scale")),
                             QStringLiteral("names unknown scale \"%1\"").arg(reference.scale)};
        reference.label = requireString(object, QStringLiteral("label"), path);
        reference.value = requireNumber(object, QStringLiteral("value"), path);
        reference.source = requireString(object, QStringLiteral("source"), path);
        definition.referenceValues.append(reference);
    }

    const QJsonArray changes = optionalArray(root, QStringLiteral("reliable_change"), QString());
    QStringList changeScales;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QString path = QStringLiteral("reliable_change[%1]").arg(i);
        const QJsonObject object = requireObject(changes.at(i), path);
        InstrumentDefinition::ReliableChangeParameters parameters;
        parameters.scale = requireString(object, QStringLiteral("scale"), path);
        if (!scaleKeys.contains(parameters.scale))
            throw FieldError{join(path, QStringLiteral("scale")),
                             QStringLiteral("names unknown scale \"%1\"").arg(parameters.scale)};
        if (changeScales.contains(parameters.scale))
            throw FieldError{join(path, QStringLiteral("scale")),
                             QStringLiteral("repeats \"%1\"").arg(parameters.scale)};
        changeScales.append(parameters.scale);
        parameters.sd = requireNumber(object, QStringLiteral("sd"), path);
        if (!(parameters.sd > 0.0))
            throw FieldError{join(path, QStringLiteral("sd")), QStringLiteral("must be above 0")};
        parameters.reliability = requireNumber(object, QStringLiteral("reliability"), path);
        if (!(parameters.reliability > 0.0 && parameters.reliability < 1.0))
            throw FieldError{join(path, QStringLiteral("reliability")),
                             QStringLiteral("must be between 0 and 1")};
        const QJsonValue provisional = object.value(QStringLiteral("provisional"));
        if (!provisional.isUndefined() && !provisional.isBool())
            throw FieldError{join(path, QStringLiteral("provisional")),
                             QStringLiteral("must be true or false")};
        parameters.provisional = provisional.toBool(false);
        parameters.source = requireString(object, QStringLiteral("source"), path);
        definition.reliableChange.append(parameters);
    }
    return definition;
}

} // namespace

std::optional<InstrumentDefinition> InstrumentLoader::fromJson(const QByteArray &json,
                                                               QString *error) {
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

std::optional<InstrumentDefinition> InstrumentLoader::fromFile(const QString &path,
                                                               QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1 cannot be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QString problem;
    auto definition = fromJson(file.readAll(), &problem);
    if (!definition && error)
        *error = QStringLiteral("%1: %2").arg(path, problem);
    return definition;
}
