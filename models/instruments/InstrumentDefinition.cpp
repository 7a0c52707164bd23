#include "InstrumentDefinition.h"

QList<InstrumentDefinition::Scale> InstrumentDefinition::scales() const {
    QList<Scale> all{total};
    all.append(subscales);
    return all;
}

std::optional<InstrumentDefinition::Scale> InstrumentDefinition::scale(const QString &key) const {
    for (const Scale &candidate : scales()) {
        if (candidate.key == key)
            return candidate;
    }
    return std::nullopt;
}

std::optional<InstrumentDefinition::ReliableChangeParameters>
InstrumentDefinition::reliableChangeFor(const QString &scaleKey) const {
    for (const ReliableChangeParameters &parameters : reliableChange) {
        if (parameters.scale == scaleKey)
            return parameters;
    }
    return std::nullopt;
}

QString InstrumentDefinition::itemText(int number) const {
    for (const Item &item : items) {
        if (item.number == number)
            return item.text;
    }
    return QString();
}

int InstrumentDefinition::minimumAnswered(int itemsInScale) const {
    // Integer arithmetic: 0.8 * 15 in floating point is 12.000000000000002, which a ceil()
    // would wrongly turn into 13.
    return (itemsInScale * minAnsweredPercent + 99) / 100;
}
