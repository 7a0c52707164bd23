#pragma once

#include "ReliabilityTable.h"
#include "ReportSpec.h"
#include "policy/ReferencePoint.h"

#include <QDate>
#include <QList>
#include <QString>

#include <cmath>
#include <limits>

// One reported figure: a mean or a share with its n and, where it has one, its 95% CI.
// A figure the disclosure rule withholds (DisclosureRule, docs/privacy.md) is marked suppressed,
// with the reason, and its numbers are blanked here, so no writer can leak them.
struct Figure {
    static constexpr double none = std::numeric_limits<double>::quiet_NaN();

    int n = 0;
    double value = none;
    double lower = none;
    double upper = none;
    bool suppressed = false;
    QString withheldReason; // why it is suppressed, in words; empty when published

    bool available() const { return !suppressed && !std::isnan(value); }
    bool hasInterval() const { return available() && !std::isnan(lower) && !std::isnan(upper); }
};

struct SkillSummary {
    QString key;
    QString name;
    QString factorKey;
    Figure mean;
    QList<Figure> distribution; // share of scores at 1..5 (index 0 is score 1)
};

struct FactorSummary {
    QString key;
    QString name;
    QStringList skillKeys;
    Figure mean; // over codings, of each coding's mean of the factor's scored skills
};

struct TrendPoint {
    ReportPeriod quarter;
    Figure overall;
    QList<Figure> factors; // in the order of ReportData::factors
    Figure serviceOverall; // only for team and practitioner reports
    // "Incomplete: quarter ends 31 Dec 2026; 2 drafts outstanding" for a quarter that has not
    // ended or has drafts (its figures are then withheld, not shown as if final); else empty.
    QString incomplete;
};

// A questionnaire mean, e.g. the parents' WAI, with the published figure to read it against.
struct EngagementSummary {
    QString instrumentId;
    QString name;
    int scaleMin = 1;
    int scaleMax = 7;
    Figure mean; // n counts administrations
    QString referenceLabel;
    double referenceValue = Figure::none;
    QString referenceSource;
};

// T1 -> T2 paired change on one scale of a family measure, with reliable-change shares.
struct FamilyChangeSummary {
    QString instrumentId;
    QString instrumentName;
    QString scaleKey;
    QString scaleName;
    bool higherIsBetter = false;
    Figure before;
    Figure after;
    Figure change; // after - before, with its paired CI
    double p = Figure::none;
    Figure reliableImprovement;
    Figure reliableDeterioration;
    bool provisionalReliableChange = false;
};

// A Practice Report as plain numbers (sections 1-7), ready for the screen, PDF and CSV writers.
struct ReportData {
    Q_DECLARE_TR_FUNCTIONS(ReportData)

public:
    ReportSpec spec;
    int suppressionThreshold = 3;
    QDate generatedOn;

    // 1. Headline
    int codings = 0;
    // Draft primary or consensus codings of sessions in the period: figures still to change.
    int draftsOutstanding = 0;
    // The two words are defined once (practitionerTerms) and used in that sense everywhere.
    // Active in the period: in one of the report's teams on at least one day of it, not having
    // left before it began. Observed: active, with at least one session in the period whose
    // final coding counts. So observed is never more than active.
    int practitionersObserved = 0;
    int practitionersActive = 0;
    Figure overall;
    ReportPeriod previousPeriod;
    Figure previousOverall;
    Figure changeOnPrevious; // value only: current minus previous mean
    QList<ReferencePoint> referencePoints;

    // 2 and 3. Skills profile and distribution
    QList<SkillSummary> skills;
    QList<FactorSummary> factors;

    // 4. Trend over the last quarters
    QList<TrendPoint> trend;
    bool hasServiceLine = false;

    // 5. Engagement and family change
    QList<EngagementSummary> engagement;
    QList<FamilyChangeSummary> familyChange;

    // 6. Reliability: rows with fewer pairs than the threshold are blanked
    int reliabilityPairs = 0;
    QList<ReliabilityRow> reliability;

    // 7. Coverage and timeliness
    QDate asOf; // the earlier of the period's end and the day the report was made
    int practitionersActiveAtEnd = 0; // active on asOf itself, not across the whole period
    int notObservedSixMonths = 0;
    // Two separate clocks. Coding turnaround: mean days from the session to its final coding.
    // Feedback: share of final codings whose feedback was given within 7 days of the coding
    // being final, over those whose feedback is due by asOf.
    Figure codingTurnaroundDays;
    Figure feedbackWithinSevenDays;
    int feedbackNotYetDue = 0;
    // Families, respondents and instruments with a T1, no T2 and past the due date (the T1
    // plus the follow-up interval) on asOf; only instruments that are repeated count.
    int followUpsOverdue = 0;
    int followUpWeeks = 16;

    QString title() const;
    // A period is incomplete while it has not ended (on the day the report is made) or still
    // has drafts; its figures are provisional and no change on the previous period is shown.
    bool periodEnded() const { return spec.period.to() < generatedOn; }
    bool isIncomplete() const { return !periodEnded() || draftsOutstanding > 0; }
    // "Incomplete: period ends 31 Dec 2026; 12 drafts outstanding", or empty when complete.
    QString incompleteText() const;
    // The same words for any stretch of time: what ends (e.g. "period", "quarter"), and when.
    static QString incompleteText(const QString &what, const QDate &end, bool ended, int drafts);
    // The sentence under the trend naming each quarter that is incomplete (coaching reports
    // only; managers see no unfinished quarter at all), or empty. Shared by screen and PDF.
    QString incompleteTrendNote() const;
    // What "active" and "observed" mean, in one sentence for every output.
    static QString practitionerTerms();
    // "Practitioners still active on 31 March 2025": the count on one day, beside the period's.
    QString activeAtEndLabel() const;
    // The one wording of what "T2 follow-ups overdue" counts, for every output.
    QString followUpsOverdueLabel() const;
    // "fewer than 3": shown instead of every suppressed number.
    QString suppressedText() const { return tr("fewer than %1").arg(suppressionThreshold); }
    bool isSuppressedPairs(int n) const { return n < suppressionThreshold; }
    // Why a figure is withheld (for privacy, or because the period is incomplete), for the
    // CSV's suppressed column; empty when shown.
    QString reasonFor(const Figure &figure) const;
    QString reasonForPairs(int n) const;
};
