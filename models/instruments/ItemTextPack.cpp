#include "ItemTextPack.h"

#include "InstrumentCatalogue.h"
#include "io/CsvReader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

bool setError(QString *error, const QString &message) {
    if (error)
        *error = message;
    return false;
}

} // namespace

bool ItemTextPack::add(const QString &instrumentId, const QString &itemText, const QString &wording,
                       const InstrumentCatalogue &catalogue, const QString &where, QString *error) {
    const InstrumentDefinition *definition = catalogue.find(instrumentId);
    if (!definition)
        return setError(error,
                        QStringLiteral("%1: unknown instrument \"%2\"").arg(where, instrumentId));
    bool ok = false;
    const int item = itemText.trimmed().toInt(&ok);
    if (!ok || item < 1 || item > definition->itemCount())
        return setError(error, QStringLiteral("%1: item must be a number from 1 to %2 for %3")
                                   .arg(where)
                                   .arg(definition->itemCount())
                                   .arg(instrumentId));
    if (wording.trimmed().isEmpty())
        return setError(error, QStringLiteral("%1: text is empty").arg(where));
    if (m_texts.value(instrumentId).contains(item))
        return setError(
            error,
            QStringLiteral("%1: %2 item %3 appears twice").arg(where, instrumentId).arg(item));
    m_texts[instrumentId].insert(item, wording.trimmed());
    return true;
}

bool ItemTextPack::loadJson(const QByteArray &json, const InstrumentCatalogue &catalogue,
                            QString *error) {
    m_texts.clear();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return setError(error, QStringLiteral("not valid JSON at character %1: %2")
                                   .arg(parseError.offset)
                                   .arg(parseError.errorString()));
    QJsonArray entries;
    if (document.isArray())
        entries = document.array();
    else if (document.isObject() && document.object().value(QStringLiteral("items")).isArray())
        entries = document.object().value(QStringLiteral("items")).toArray();
    else
        return setError(error, QStringLiteral("items: must be a list of {instrument_id, item, "
                                              "text} entries"));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString where = QStringLiteral("items[%1]").arg(i);
        if (!entries.at(i).isObject())
            return setError(error, where + QStringLiteral(": must be an object"));
        const QJsonObject entry = entries.at(i).toObject();
        for (const QString &key :
             {QStringLiteral("instrument_id"), QStringLiteral("item"), QStringLiteral("text")}) {
            if (entry.value(key).isUndefined())
                return setError(error, QStringLiteral("%1.%2: is missing").arg(where, key));
        }
        const QJsonValue item = entry.value(QStringLiteral("item"));
        const QString itemText =
            item.isDouble() ? QString::number(item.toDouble()) : item.toString();
        if (!add(entry.value(QStringLiteral("instrument_id")).toString(), itemText,
                 entry.value(QStringLiteral("text")).toString(), catalogue, where, error)) {
            m_texts.clear();
            return false;
        }
    }
    if (m_texts.isEmpty())
        return setError(error, QStringLiteral("items: the pack holds no wording"));
    return true;
}

bool ItemTextPack::loadCsv(const QByteArray &csv, const InstrumentCatalogue &catalogue,
                           QString *error) {
    m_texts.clear();
    CsvReader reader;
    QString problem;
    if (!reader.parse(csv, &problem))
        return setError(error, problem);
    const QStringList required{QStringLiteral("instrument_id"), QStringLiteral("item"),
                               QStringLiteral("text")};
    const QStringList missing = reader.missingColumns(required);
    if (!missing.isEmpty())
        return setError(
            error, QStringLiteral("missing column(s): %1").arg(missing.join(QStringLiteral(", "))));
    const int instrumentColumn = reader.column(required.at(0));
    const int itemColumn = reader.column(required.at(1));
    const int textColumn = reader.column(required.at(2));
    for (const CsvReader::Record &record : reader.records()) {
        const QString where = QStringLiteral("line %1").arg(record.line);
        if (!add(record.fields.value(instrumentColumn).trimmed(), record.fields.value(itemColumn),
                 record.fields.value(textColumn), catalogue, where, error)) {
            m_texts.clear();
            return false;
        }
    }
    if (m_texts.isEmpty())
        return setError(error, QStringLiteral("the pack holds no wording"));
    return true;
}

bool ItemTextPack::loadFile(const QString &path, const InstrumentCatalogue &catalogue,
                            QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return setError(error,
                        QStringLiteral("%1 cannot be read: %2").arg(path, file.errorString()));
    const QByteArray data = file.readAll();
    QString problem;
    const bool isCsv =
        QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
    const bool ok =
        isCsv ? loadCsv(data, catalogue, &problem) : loadJson(data, catalogue, &problem);
    if (!ok)
        return setError(error, QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), problem));
    return true;
}

QString ItemTextPack::text(const QString &instrumentId, int item) const {
    return m_texts.value(instrumentId).value(item);
}

int ItemTextPack::itemCount() const {
    int count = 0;
    for (const auto &items : m_texts)
        count += int(items.size());
    return count;
}
