#pragma once

#include "InstrumentDefinition.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// The score of one scale (the total or a subscale) for one administration.
struct ScaleScore {
    QString key;
    QString name;
    std::optional<double> value; // empty when too few items were answered ("not scorable")
    int itemsAnswered = 0;
    int itemsInScale = 0;
    int minimumAnswered = 0;
    bool prorated = false; // a sum with missing items, scaled up to the full number of items

    bool scorable() const { return value.has_value(); }
    // Reported to 2 decimals, e.g. "37.50"; empty when not scorable.
    QString reported() const;
};

// Scores an administration against its instrument definition: reverse keying (min + max - x),
// sum or mean per scale, and the missing-data rule. A scale needs at least 80% of its items
// answered (rounded up); a sum with missing items is prorated as sum x items / answered and
// flagged; a mean uses the answered items. Pure functions, no storage.
class InstrumentScorer {
public:
    // Total first, then each subscale in definition order. Items outside the definition or out
    // of range must be refused first with validate(); score() ignores them.
    static QList<ScaleScore> score(const InstrumentDefinition &definition,
                                   const QMap<int, int> &items);
    // The item value after reverse keying.
    static int keyed(const InstrumentDefinition &definition, int item, int value);
    // Returns false with *error set when an item number is not on the form or a value is out
    // of range, e.g. "item 3: 6 is outside 1 to 5".
    static bool validate(const InstrumentDefinition &definition, const QMap<int, int> &items,
                         QString *error);
    // Rounds half away from zero to 2 decimals, the precision every score is reported at.
    static double roundTo2(double value);
    static QString format2(double value);
};
