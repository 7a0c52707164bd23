#include "InstrumentLoader.h"

#include "domain/ValueSets.h"
#include "io/JsonFields.h"

namespace {

using Error = JsonFields::Error;

InstrumentDefinition::Method parseMethod(const QJsonObject &object, const QString &path) {
    const QString method = JsonFields::requireString(object, QStringLiteral("method"), path);
    if (method == QLatin1String("sum"))
        return InstrumentDefinition::Method::Sum;
    if (method == QLatin1String("mean"))
        return InstrumentDefinition::Method::Mean;
    throw Error{JsonFields::join(path, QStringLiteral("method")),
                QStringLiteral("must be sum or mean")};
}

QList<int> parseItemList(const QJsonArray &array, const QString &field, int itemCount) {
    QList<int> items;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemField = JsonFields::index(field, i);
        const int number = JsonFields::wholeNumber(array.at(i), itemField);
        if (number < 1 || number > itemCount)
            throw Error{
                itemField,
                QStringLiteral("names item %1, but there are %2 items").arg(number).arg(itemCount)};
        if (items.contains(number))
            throw Error{itemField, QStringLiteral("repeats item %1").arg(number)};
        items.append(number);
    }
    return items;
}

InstrumentDefinition parse(const QJsonObject &root) {
    InstrumentDefinition definition;
    definition.id = JsonFields::requireString(root, QStringLiteral("id"), QString());
    JsonFields::requireKeyFormat(definition.id, QStringLiteral("id"),
                                 JsonFields::KeyStyle::Hyphens);
    definition.version = JsonFields::requireInt(root, QStringLiteral("version"), QString());
    if (definition.version < 1)
        throw Error{QStringLiteral("version"), QStringLiteral("must be 1 or more")};
    definition.name = JsonFields::requireString(root, QStringLiteral("name"), QString());
    definition.citation = JsonFields::requireString(root, QStringLiteral("citation"), QString());
    definition.licenceNote =
        JsonFields::requireString(root, QStringLiteral("licence_note"), QString());

    const QJsonArray respondents =
        JsonFields::requireArray(root, QStringLiteral("respondents"), QString());
    const QStringList knownRespondents = ValueSets::respondents();
    for (qsizetype i = 0; i < respondents.size(); ++i) {
        const QString field = JsonFields::index(QStringLiteral("respondents"), i);
        const QString respondent = respondents.at(i).toString();
        if (!knownRespondents.contains(respondent))
            throw Error{field, QStringLiteral("must be one of %1")
                                   .arg(knownRespondents.join(QStringLiteral(", ")))};
        definition.respondents.append(respondent);
    }

    const QJsonObject scale =
        JsonFields::requireObject(root.value(QStringLiteral("scale")), QStringLiteral("scale"));
    definition.scaleMin =
        JsonFields::requireInt(scale, QStringLiteral("min"), QStringLiteral("scale"));
    definition.scaleMax =
        JsonFields::requireInt(scale, QStringLiteral("max"), QStringLiteral("scale"));
    // Entry is by single keystrokes, so answers are kept to 0-10.
    if (definition.scaleMin < 0 || definition.scaleMin > 1)
        throw Error{QStringLiteral("scale.min"), QStringLiteral("must be 0 or 1")};
    if (definition.scaleMax <= definition.scaleMin || definition.scaleMax > 10)
        throw Error{QStringLiteral("scale.max"),
                    QStringLiteral("must be above scale.min and no more than 10")};
    const QJsonValue anchorsValue = scale.value(QStringLiteral("anchors"));
    if (!anchorsValue.isUndefined()) {
        const QJsonObject anchors =
            JsonFields::requireObject(anchorsValue, QStringLiteral("scale.anchors"));
        for (auto it = anchors.begin(); it != anchors.end(); ++it) {
            const QString field = QStringLiteral("scale.anchors.") + it.key();
            bool ok = false;
            const int point = it.key().toInt(&ok);
            if (!ok || !definition.isInRange(point))
                throw Error{field, QStringLiteral("is not a point on the scale")};
            if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
                throw Error{field, QStringLiteral("must be text")};
            definition.anchors.insert(point, it.value().toString().trimmed());
        }
    }

    const QJsonArray items = JsonFields::requireArray(root, QStringLiteral("items"), QString());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = JsonFields::index(QStringLiteral("items"), i);
        const QJsonObject item = JsonFields::requireObject(items.at(i), path);
        InstrumentDefinition::Item parsed;
        parsed.number = JsonFields::requireInt(item, QStringLiteral("number"), path);
        // Item numbers are the printed numbers on the paper form; they must run 1..N in order
        // so that "item 7" means the same thing on paper, on screen and in a CSV column.
        if (parsed.number != i + 1)
            throw Error{
                JsonFields::join(path, QStringLiteral("number")),
                QStringLiteral("must be %1: items are numbered 1, 2, 3 ... in order").arg(i + 1)};
        parsed.text = JsonFields::optionalString(item, QStringLiteral("text"), path);
        definition.items.append(parsed);
    }
    const int itemCount = definition.itemCount();

    for (int number :
         parseItemList(JsonFields::optionalArray(root, QStringLiteral("reverse_keyed"), QString()),
                       QStringLiteral("reverse_keyed"), itemCount))
        definition.reverseKeyed.insert(number);

    const QString direction =
        JsonFields::requireString(root, QStringLiteral("direction"), QString());
    if (direction == QLatin1String("higher_is_better"))
        definition.direction = InstrumentDefinition::Direction::HigherIsBetter;
    else if (direction == QLatin1String("higher_is_worse"))
        definition.direction = InstrumentDefinition::Direction::HigherIsWorse;
    else
        throw Error{QStringLiteral("direction"),
                    QStringLiteral("must be higher_is_better or higher_is_worse")};

    const QJsonObject total =
        JsonFields::requireObject(root.value(QStringLiteral("total")), QStringLiteral("total"));
    definition.total.key = QStringLiteral("total");
    definition.total.name =
        JsonFields::requireString(total, QStringLiteral("name"), QStringLiteral("total"));
    definition.total.method = parseMethod(total, QStringLiteral("total"));
    for (int number = 1; number <= itemCount; ++number)
        definition.total.items.append(number);

    QStringList scaleKeys{QStringLiteral("total")};
    const QJsonArray subscales =
        JsonFields::optionalArray(root, QStringLiteral("subscales"), QString());
    for (qsizetype i = 0; i < subscales.size(); ++i) {
        const QString path = JsonFields::index(QStringLiteral("subscales"), i);
        const QJsonObject object = JsonFields::requireObject(subscales.at(i), path);
        InstrumentDefinition::Scale subscale;
        subscale.key = JsonFields::requireString(object, QStringLiteral("key"), path);
        JsonFields::requireKeyFormat(subscale.key, JsonFields::join(path, QStringLiteral("key")),
                                     JsonFields::KeyStyle::Underscores);
        if (scaleKeys.contains(subscale.key))
            throw Error{JsonFields::join(path, QStringLiteral("key")),
                        QStringLiteral("repeats \"%1\"").arg(subscale.key)};
        scaleKeys.append(subscale.key);
        subscale.name = JsonFields::requireString(object, QStringLiteral("name"), path);
        subscale.items =
            parseItemList(JsonFields::requireArray(object, QStringLiteral("items"), path),
                          JsonFields::join(path, QStringLiteral("items")), itemCount);
        subscale.method = parseMethod(object, path);
        definition.subscales.append(subscale);
    }

    const QJsonObject missing = JsonFields::requireObject(
        root.value(QStringLiteral("missing_data")), QStringLiteral("missing_data"));
    definition.minAnsweredPercent = JsonFields::requireInt(
        missing, QStringLiteral("min_answered_percent"), QStringLiteral("missing_data"));
    if (definition.minAnsweredPercent < 1 || definition.minAnsweredPercent > 100)
        throw Error{QStringLiteral("missing_data.min_answered_percent"),
                    QStringLiteral("must be between 1 and 100")};

    const QJsonArray references =
        JsonFields::optionalArray(root, QStringLiteral("reference_values"), QString());
    for (qsizetype i = 0; i < references.size(); ++i) {
        const QString path = JsonFields::index(QStringLiteral("reference_values"), i);
        const QJsonObject object = JsonFields::requireObject(references.at(i), path);
        InstrumentDefinition::ReferenceValue reference;
        reference.scale = JsonFields::requireString(object, QStringLiteral("scale"), path);
        if (!scaleKeys.contains(reference.scale))
            throw Error{JsonFields::join(path, QStringLiteral("scale")),
                        QStringLiteral("names unknown scale \"%1\"").arg(reference.scale)};
        reference.label = JsonFields::requireString(object, QStringLiteral("label"), path);
        reference.value = JsonFields::requireNumber(object, QStringLiteral("value"), path);
        reference.source = JsonFields::requireString(object, QStringLiteral("source"), path);
        definition.referenceValues.append(reference);
    }

    const QJsonValue followUp = root.value(QStringLiteral("follow_up"));
    if (!followUp.isUndefined() && !followUp.isNull()) {
        const QString path = QStringLiteral("follow_up");
        const QJsonObject object = JsonFields::requireObject(followUp, path);
        InstrumentDefinition::FollowUp repeat;
        repeat.timepoint = JsonFields::requireString(object, QStringLiteral("timepoint"), path);
        if (repeat.timepoint != QLatin1String("T2"))
            throw Error{JsonFields::join(path, QStringLiteral("timepoint")),
                        QStringLiteral("must be \"T2\"")};
        repeat.afterWeeks = JsonFields::requireInt(object, QStringLiteral("after_weeks"), path);
        if (repeat.afterWeeks < 1 || repeat.afterWeeks > 104)
            throw Error{JsonFields::join(path, QStringLiteral("after_weeks")),
                        QStringLiteral("must be between 1 and 104")};
        definition.followUp = repeat;
    }

    const QJsonArray changes =
        JsonFields::optionalArray(root, QStringLiteral("reliable_change"), QString());
    QStringList changeScales;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const QString path = JsonFields::index(QStringLiteral("reliable_change"), i);
        const QJsonObject object = JsonFields::requireObject(changes.at(i), path);
        InstrumentDefinition::ReliableChangeParameters parameters;
        parameters.scale = JsonFields::requireString(object, QStringLiteral("scale"), path);
        if (!scaleKeys.contains(parameters.scale))
            throw Error{JsonFields::join(path, QStringLiteral("scale")),
                        QStringLiteral("names unknown scale \"%1\"").arg(parameters.scale)};
        if (changeScales.contains(parameters.scale))
            throw Error{JsonFields::join(path, QStringLiteral("scale")),
                        QStringLiteral("repeats \"%1\"").arg(parameters.scale)};
        changeScales.append(parameters.scale);
        parameters.sd = JsonFields::requireNumber(object, QStringLiteral("sd"), path);
        if (!(parameters.sd > 0.0))
            throw Error{JsonFields::join(path, QStringLiteral("sd")),
                        QStringLiteral("must be above 0")};
        parameters.reliability =
            JsonFields::requireNumber(object, QStringLiteral("reliability"), path);
        if (!(parameters.reliability > 0.0 && parameters.reliability < 1.0))
            throw Error{JsonFields::join(path, QStringLiteral("reliability")),
                        QStringLiteral("must be between 0 and 1")};
        const QJsonValue provisional = object.value(QStringLiteral("provisional"));
        if (!provisional.isUndefined() && !provisional.isBool())
            throw Error{JsonFields::join(path, QStringLiteral("provisional")),
                        QStringLiteral("must be true or false")};
        parameters.provisional = provisional.toBool(false);
        parameters.source = JsonFields::requireString(object, QStringLiteral("source"), path);
        definition.reliableChange.append(parameters);
    }
    return definition;
}

} // namespace

std::optional<InstrumentDefinition> InstrumentLoader::fromJson(const QByteArray &json,
                                                               QString *error) {
    return JsonFields::load<InstrumentDefinition>(json, error, parse);
}

std::optional<InstrumentDefinition> InstrumentLoader::fromFile(const QString &path,
                                                               QString *error) {
    return JsonFields::loadFile<InstrumentDefinition>(path, error, parse);
}
