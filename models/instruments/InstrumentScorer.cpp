#include "InstrumentScorer.h"

#include <algorithm>
#include <cmath>

QString ScaleScore::reported() const {
    return value ? InstrumentScorer::format2(*value) : QString();
}

int InstrumentScorer::keyed(const InstrumentDefinition &definition, int item, int value) {
    if (definition.reverseKeyed.contains(item))
        return definition.scaleMin + definition.scaleMax - value;
    return value;
}

QList<ScaleScore> InstrumentScorer::score(const InstrumentDefinition &definition,
                                          const QMap<int, int> &items) {
    QList<ScaleScore> scores;
    for (const InstrumentDefinition::Scale &scale : definition.scales()) {
        ScaleScore result;
        result.key = scale.key;
        result.name = scale.name;
        result.itemsInScale = int(scale.items.size());
        result.minimumAnswered = definition.minimumAnswered(result.itemsInScale);
        // Integer sum: exact, so proration and means are computed from an exact numerator.
        qint64 sum = 0;
        for (int item : scale.items) {
            const auto it = items.constFind(item);
            if (it == items.constEnd() || !definition.isInRange(it.value()))
                continue;
            sum += keyed(definition, item, it.value());
            ++result.itemsAnswered;
        }
        if (result.itemsAnswered >= result.minimumAnswered && result.itemsAnswered > 0) {
            const double answered = result.itemsAnswered;
            if (scale.method == InstrumentDefinition::Method::Mean) {
                result.value = double(sum) / answered;
            } else if (result.itemsAnswered == result.itemsInScale) {
                result.value = double(sum);
            } else {
                result.value = double(sum) * result.itemsInScale / answered;
                result.prorated = true;
            }
        }
        scores.append(result);
    }
    return scores;
}

bool InstrumentScorer::validate(const InstrumentDefinition &definition, const QMap<int, int> &items,
                                QString *error) {
    for (auto it = items.constBegin(); it != items.constEnd(); ++it) {
        if (it.key() < 1 || it.key() > definition.itemCount()) {
            if (error)
                *error = QStringLiteral("item %1: %2 has only %3 items")
                             .arg(it.key())
                             .arg(definition.name)
                             .arg(definition.itemCount());
            return false;
        }
        if (!definition.isInRange(it.value())) {
            if (error)
                *error = QStringLiteral("item %1: %2 is outside %3 to %4")
                             .arg(it.key())
                             .arg(it.value())
                             .arg(definition.scaleMin)
                             .arg(definition.scaleMax);
            return false;
        }
    }
    return true;
}

double InstrumentScorer::roundTo2(double value) {
    // A value that is an exact half on paper (2.675) is stored slightly below it in binary
    // (2.67499999...); a tiny relative nudge makes it round half away from zero, as a hand
    // calculation does.
    const double scaled = value * 100.0;
    const double nudged = scaled + std::copysign(1e-9 * std::max(1.0, std::abs(scaled)), scaled);
    return std::round(nudged) / 100.0;
}

QString InstrumentScorer::format2(double value) {
    const double rounded = roundTo2(value);
    // Never print "-0.00".
    return QString::number(rounded == 0.0 ? 0.0 : rounded, 'f', 2);
}
