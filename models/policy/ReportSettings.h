#pragma once

#include "ReferencePoint.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

struct InstrumentDefinition;

// The organisation's choices that change what a Practice Report shows: the small-number
// suppression threshold and the reference points the overall score is read against. They are
// kept in the database (OrganisationSettingsRepository) so that a report run on a server
// suppresses exactly what a manager's desktop suppresses.
struct ReportSettings {
    Q_DECLARE_TR_FUNCTIONS(ReportSettings)

public:
    // The floor is the default: the threshold protects families and practitioners from being
    // picked out of a small group, so an organisation may make it stricter but never weaker.
    static constexpr int minimumThreshold = 3;
    static constexpr int maximumThreshold = 50;
    static constexpr double minimumPointValue = 1.0;
    static constexpr double maximumPointValue = 5.0;
    static constexpr int maximumPoints = 6;

    static constexpr int minimumFollowUpWeeks = 1;
    static constexpr int maximumFollowUpWeeks = 104;

    int suppressionThreshold = minimumThreshold;
    QList<ReferencePoint> referencePoints = ReferencePoint::defaults();
    // Weeks from a T1 to when its T2 falls due, for every instrument that is repeated. Unset:
    // each instrument's own "follow_up.after_weeks" (InstrumentDefinition::followUp).
    std::optional<int> followUpWeeks;

    // The weeks after a T1 that the T2 of this instrument is due, or nullopt when it is given
    // once only (and so is never overdue).
    std::optional<int> followUpWeeksFor(const InstrumentDefinition &definition) const;

    // An empty string when the settings can be used; otherwise one sentence naming what is
    // wrong (and which reference point, counting from 1).
    QString validate() const;
    static QString validateThreshold(int threshold);
    static QString validatePoints(const QList<ReferencePoint> &points);
    static QString validateFollowUpWeeks(int weeks);

    // The same settings with each label and source trimmed.
    ReportSettings normalised() const;

    friend bool operator==(const ReportSettings &a, const ReportSettings &b);
};

bool operator==(const ReferencePoint &a, const ReferencePoint &b);
