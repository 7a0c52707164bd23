#pragma once

#include "InstrumentDefinition.h"

#include <QList>
#include <QString>
#include <QStringList>

class ItemTextPack;

// The questionnaires PracticeCoder knows: the built-in definitions shipped under
// resources/instruments/, optionally with licensed item wording applied from an ItemTextPack.
class InstrumentCatalogue {
public:
    // Every built-in instrument, in a stable order (the order of builtInIds()).
    static const InstrumentCatalogue &builtIn();
    static QStringList builtInIds();

    void add(const InstrumentDefinition &definition);
    const InstrumentDefinition *find(const QString &id) const;
    const QList<InstrumentDefinition> &definitions() const { return m_definitions; }
    QStringList ids() const;
    bool isEmpty() const { return m_definitions.isEmpty(); }
    // The largest item count of any instrument (the width of an import file).
    int maxItemCount() const;
    // Shows the pack's wording on the forms; items the pack does not cover keep their text.
    void applyTextPack(const ItemTextPack &pack);

private:
    QList<InstrumentDefinition> m_definitions;
};
