#pragma once

#include "stats/InterRater.h"
#include "storage/ReliabilityQuery.h"

#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// Inter-rater reliability for one skill (or "overall") over the double-coded recordings.
// Every statistic is empty when it cannot be computed (too few pairs, no variance).
struct ReliabilityRow {
    QString skill; // a skill key, or "overall"
    int nPairs = 0;
    std::optional<double> iccA1;
    std::optional<double> iccC1;
    // 95% confidence intervals of the two ICCs (McGraw & Wong), as R's psych::ICC gives them.
    std::optional<IccInterval> iccA1Ci;
    std::optional<IccInterval> iccC1Ci;
    std::optional<double> weightedKappa;
    std::optional<double> krippendorffAlpha;
    // Empty on the overall row: two coders' means over several skills rarely match exactly,
    // so a share of exact matches there says nothing about how well they agree.
    std::optional<double> exactAgreement;
    std::optional<double> adjacentAgreement;
    // Set when the row rests on fewer pairs than the threshold: every statistic is then empty.
    QString withheldReason;
    // Why a statistic that is not withheld is still empty, e.g. no variation in the scores.
    QString note;
};

// Turns double-coded pairs into the reliability table used by `practicecoder reliability` and
// section 6 of the Practice Report. Rater 1 is the primary coder and rater 2 the second coder;
// a pair where either coder scored the skill "not codable" is left out for that skill.
namespace ReliabilityTable {

inline const QString overallKey = QStringLiteral("overall");
// Below this many pairs an ICC's interval is wide enough that the report adds a caution.
constexpr int fewPairs = 10;

// One row per skill in skillOrder (skills found only in the data follow, sorted), then the
// overall row, built from each coding's mean over the skills it scored; its kappa, alpha and
// exact agreement stay empty because a mean is not on the 1-5 category scale.
QList<ReliabilityRow> compute(const std::vector<DoubleCodedRecording> &recordings,
                              const QStringList &skillOrder);

// Blanks every statistic of rows with fewer than threshold pairs and says why: a figure from one
// or two pairs describes one or two sessions. The pair count itself stays.
void withhold(QList<ReliabilityRow> &rows, int threshold);

// What a reliability table covers, written on every CSV row as the report CSV does, so that
// tables from several runs can be put together and still be told apart.
struct Extent {
    QString scope = QStringLiteral("service"); // the whole database, as in the report CSV
    QString period;
};
// The period column for recordings made from..to, either end open when the date is null:
// "2025-01-01 to 2025-03-31", "2025-01-01 onwards", "up to 2025-03-31" or "all dates".
QString periodKey(const QDate &from, const QDate &to);

QStringList csvHeader();
// Numbers are written with six decimals; empty cells mean "cannot be computed" (the note says
// why) or withheld (the suppressed column says why).
QStringList csvFields(const Extent &extent, const ReliabilityRow &row);
// Returns false when the device could not be written.
bool writeCsv(QIODevice *device, const Extent &extent, const QList<ReliabilityRow> &rows);

} // namespace ReliabilityTable
