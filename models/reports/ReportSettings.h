#pragma once

#include "ReferencePoint.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

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

    int suppressionThreshold = minimumThreshold;
    QList<ReferencePoint> referencePoints = ReferencePoint::defaults();

    // An empty string when the settings can be used; otherwise one sentence naming what is
    // wrong (and which reference point, counting from 1).
    QString validate() const;
    static QString validateThreshold(int threshold);
    static QString validatePoints(const QList<ReferencePoint> &points);

    // The same settings with each label and source trimmed.
    ReportSettings normalised() const;

    friend bool operator==(const ReportSettings &a, const ReportSettings &b);
};

bool operator==(const ReferencePoint &a, const ReferencePoint &b);
