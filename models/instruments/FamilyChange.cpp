#include "FamilyChange.h"

#include "InstrumentScorer.h"

#include <QMap>
#include <QPair>

std::optional<double> ScaleChange::change() const {
    if (!before || !after)
        return std::nullopt;
    return *after - *before;
}

namespace FamilyChange {

QList<ScaleChange> compute(const QList<InstrumentResponse> &administrations,
                           const InstrumentCatalogue &catalogue) {
    // (respondent, instrument) -> T1 and T2; QMap keeps the output order stable.
    QMap<QPair<QString, QString>, QPair<const InstrumentResponse *, const InstrumentResponse *>>
        pairs;
    for (const InstrumentResponse &response : administrations) {
        auto &pair = pairs[qMakePair(response.respondent, response.instrumentId)];
        if (response.timepoint == QLatin1String("T1"))
            pair.first = &response;
        else if (response.timepoint == QLatin1String("T2"))
            pair.second = &response;
    }
    QList<ScaleChange> changes;
    for (auto it = pairs.constBegin(); it != pairs.constEnd(); ++it) {
        const InstrumentResponse *t1 = it.value().first;
        const InstrumentResponse *t2 = it.value().second;
        const InstrumentDefinition *definition = catalogue.find(it.key().second);
        if (!t1 || !t2 || !definition)
            continue;
        const QList<ScaleScore> before = InstrumentScorer::score(*definition, t1->items);
        const QList<ScaleScore> after = InstrumentScorer::score(*definition, t2->items);
        for (qsizetype i = 0; i < before.size(); ++i) {
            ScaleChange change;
            change.respondent = it.key().first;
            change.instrumentId = definition->id;
            change.instrumentName = definition->name;
            change.scaleKey = before.at(i).key;
            change.scaleName = before.at(i).name;
            change.before = before.at(i).value;
            change.after = after.at(i).value;
            change.higherIsBetter = definition->higherIsBetter();
            const auto parameters = definition->reliableChangeFor(change.scaleKey);
            if (!change.before || !change.after) {
                change.outcome = ScaleChange::Outcome::NotScorable;
            } else if (!parameters) {
                change.outcome = ScaleChange::Outcome::NoParameters;
            } else {
                change.provisionalParameters = parameters->provisional;
                // The index uses the unrounded scores; only what is shown is rounded.
                const auto result =
                    ReliableChange::compute(*change.before, *change.after, parameters->sd,
                                            parameters->reliability, change.higherIsBetter);
                if (result) {
                    change.result = *result;
                    change.outcome = ScaleChange::Outcome::Computed;
                } else {
                    change.outcome = ScaleChange::Outcome::NoParameters;
                }
            }
            changes.append(change);
        }
    }
    return changes;
}

} // namespace FamilyChange
