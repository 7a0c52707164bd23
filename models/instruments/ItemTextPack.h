#pragma once

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QString>

class InstrumentCatalogue;

// Licensed item wording loaded by an organisation that holds the licence (WAI, GHQ-12 ...),
// which PracticeCoder itself never ships. A pack is JSON (a list of {"instrument_id", "item",
// "text"} objects, or {"items": [...]}) or CSV with the columns instrument_id,item,text. It is
// checked against the catalogue so a typo cannot silently attach wording to the wrong item.
class ItemTextPack {
public:
    // Each returns false with *error naming the entry or line when the pack is not usable.
    bool loadJson(const QByteArray &json, const InstrumentCatalogue &catalogue, QString *error);
    bool loadCsv(const QByteArray &csv, const InstrumentCatalogue &catalogue, QString *error);
    // Picks JSON or CSV by the file's extension.
    bool loadFile(const QString &path, const InstrumentCatalogue &catalogue, QString *error);

    QString text(const QString &instrumentId, int item) const;
    int itemCount() const;
    QHash<QString, QMap<int, QString>> texts() const { return m_texts; }

private:
    bool add(const QString &instrumentId, const QString &itemText, const QString &wording,
             const InstrumentCatalogue &catalogue, const QString &where, QString *error);

    QHash<QString, QMap<int, QString>> m_texts;
};
