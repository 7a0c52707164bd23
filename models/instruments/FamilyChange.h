#pragma once

#include "InstrumentCatalogue.h"
#include "domain/InstrumentResponse.h"
#include "stats/ReliableChange.h"

#include <QList>
#include <QString>

#include <optional>

// T1 -> T2 change for one family member on one scale of one instrument, with the reliable
// change index when the instrument ships its parameters. Built from a family's administrations;
// used by the family timeline (and by anything else that needs paired change per family).
struct ScaleChange {
    enum class Outcome {
        Computed,     // both scores present and RCI parameters known
        NoParameters, // both scores present, but no SD and reliability for this scale
        NotScorable,  // T1 or T2 has too many missing items
    };

    QString respondent;
    QString instrumentId;
    QString instrumentName;
    QString scaleKey;
    QString scaleName;
    std::optional<double> before; // T1
    std::optional<double> after;  // T2
    bool higherIsBetter = true;
    bool provisionalParameters = false;
    Outcome outcome = Outcome::NotScorable;
    ReliableChange::Result result; // valid when outcome == Computed

    std::optional<double> change() const;
};

namespace FamilyChange {

// One entry per respondent, instrument and scale that has both a T1 and a T2 administration,
// in the order respondent, instrument, then the instrument's scale order.
QList<ScaleChange> compute(const QList<InstrumentResponse> &administrations,
                           const InstrumentCatalogue &catalogue);

} // namespace FamilyChange
