#include "ReliabilityTable.h"

#include "io/CsvWriter.h"
#include "stats/InterRater.h"
#include "stats/KrippendorffAlpha.h"

#include <QCoreApplication>

#include <algorithm>

namespace ReliabilityTable {

namespace {

ReliabilityRow rowFor(const QString &skill, const std::vector<std::pair<double, double>> &pairs,
                      bool categorical) {
    ReliabilityRow row;
    row.skill = skill;
    row.nPairs = int(pairs.size());
    if (pairs.empty())
        return row;
    std::vector<std::vector<double>> rows;
    rows.reserve(pairs.size());
    for (const auto &[a, b] : pairs)
        rows.push_back({a, b});
    const IccResult icc = InterRater::icc(rows);
    if (icc.valid) {
        row.iccA1 = icc.absoluteAgreement;
        row.iccC1 = icc.consistency;
        row.iccA1Ci = icc.absoluteAgreementCi;
        row.iccC1Ci = icc.consistencyCi;
    }
    const AgreementResult agreement = InterRater::agreement(pairs);
    if (categorical)
        row.exactAgreement = agreement.exact;
    row.adjacentAgreement = agreement.adjacent;
    QStringList empty;
    if (!icc.valid)
        empty.append(QStringLiteral("ICC"));
    if (categorical && pairs.size() < 2) {
        // One pair has no spread of its own to measure agreement against: kappa would come out
        // as exactly 0 and alpha as undefined, neither of which says anything about the coders.
        row.note = QCoreApplication::translate("ReliabilityTable",
                                               "kappa and alpha need at least two pairs");
    } else if (categorical) {
        std::vector<std::pair<int, int>> categories;
        std::vector<std::vector<std::optional<double>>> units;
        for (const auto &[a, b] : pairs) {
            categories.emplace_back(int(a), int(b));
            units.push_back({a, b});
        }
        row.weightedKappa = InterRater::quadraticWeightedKappa(categories);
        row.krippendorffAlpha =
            KrippendorffAlpha::compute(units, KrippendorffAlpha::Level::Ordinal);
        if (!row.weightedKappa)
            empty.append(QStringLiteral("kappa"));
        if (!row.krippendorffAlpha)
            empty.append(QStringLiteral("alpha"));
    }
    if (row.note.isEmpty() && !empty.isEmpty()) {
        row.note = QCoreApplication::translate("ReliabilityTable",
                                               "%1 undefined: no variation in the scores")
                       .arg(empty.join(QStringLiteral(", ")));
    }
    return row;
}

QString number(const std::optional<double> &value) {
    return value ? QString::number(*value, 'f', 6) : QString();
}

QString bound(const std::optional<IccInterval> &interval, double IccInterval::*end) {
    return interval ? number((*interval).*end) : QString();
}

} // namespace

QList<ReliabilityRow> compute(const std::vector<DoubleCodedRecording> &recordings,
                              const QStringList &skillOrder) {
    QStringList skills = skillOrder;
    QStringList extra;
    for (const auto &recording : recordings) {
        for (auto it = recording.primary.cbegin(); it != recording.primary.cend(); ++it) {
            if (!skills.contains(it.key()) && !extra.contains(it.key()))
                extra.append(it.key());
        }
    }
    std::sort(extra.begin(), extra.end());
    skills += extra;

    QList<ReliabilityRow> rows;
    for (const QString &skill : skills) {
        std::vector<std::pair<double, double>> pairs;
        for (const auto &recording : recordings) {
            const auto a = recording.primary.constFind(skill);
            const auto b = recording.second.constFind(skill);
            if (a != recording.primary.cend() && b != recording.second.cend())
                pairs.emplace_back(a.value(), b.value());
        }
        rows.append(rowFor(skill, pairs, true));
    }
    std::vector<std::pair<double, double>> overall;
    for (const auto &recording : recordings) {
        if (recording.overall)
            overall.push_back(*recording.overall);
    }
    rows.append(rowFor(overallKey, overall, false));
    return rows;
}

void withhold(QList<ReliabilityRow> &rows, int threshold) {
    for (ReliabilityRow &row : rows) {
        if (row.nPairs >= threshold)
            continue;
        ReliabilityRow blank;
        blank.skill = row.skill;
        blank.nPairs = row.nPairs;
        blank.withheldReason =
            QCoreApplication::translate("ReliabilityTable", "fewer than %1 double-coded pairs")
                .arg(threshold);
        row = blank;
    }
}

QString periodKey(const QDate &from, const QDate &to) {
    if (from.isValid() && to.isValid())
        return from.toString(Qt::ISODate) + QStringLiteral(" to ") + to.toString(Qt::ISODate);
    if (from.isValid())
        return from.toString(Qt::ISODate) + QStringLiteral(" onwards");
    if (to.isValid())
        return QStringLiteral("up to ") + to.toString(Qt::ISODate);
    return QStringLiteral("all dates");
}

QStringList csvHeader() {
    // The interval columns came later (issue 17) and follow the original ones, so that a
    // script reading the columns by position still finds them where they were, after scope
    // and period.
    return {QStringLiteral("scope"),           QStringLiteral("period"),
            QStringLiteral("skill"),           QStringLiteral("n_pairs"),
            QStringLiteral("icc_a1"),          QStringLiteral("icc_c1"),
            QStringLiteral("weighted_kappa"),  QStringLiteral("krippendorff_alpha"),
            QStringLiteral("exact_agreement"), QStringLiteral("adjacent_agreement"),
            QStringLiteral("suppressed"),      QStringLiteral("note"),
            QStringLiteral("icc_a1_lower"),    QStringLiteral("icc_a1_upper"),
            QStringLiteral("icc_c1_lower"),    QStringLiteral("icc_c1_upper")};
}

QStringList csvFields(const Extent &extent, const ReliabilityRow &row) {
    return {extent.scope,
            extent.period,
            row.skill,
            QString::number(row.nPairs),
            number(row.iccA1),
            number(row.iccC1),
            number(row.weightedKappa),
            number(row.krippendorffAlpha),
            number(row.exactAgreement),
            number(row.adjacentAgreement),
            row.withheldReason,
            row.note,
            bound(row.iccA1Ci, &IccInterval::lower),
            bound(row.iccA1Ci, &IccInterval::upper),
            bound(row.iccC1Ci, &IccInterval::lower),
            bound(row.iccC1Ci, &IccInterval::upper)};
}

bool writeCsv(QIODevice *device, const Extent &extent, const QList<ReliabilityRow> &rows) {
    // Every column but the scope, period and skill holds a number.
    QStringList numbers = csvHeader().mid(3);
    CsvWriter writer(device, CsvColumn::fromNames(csvHeader(), numbers));
    writer.writeHeader();
    for (const auto &row : rows)
        writer.writeRow(csvFields(extent, row));
    return writer.ok();
}

} // namespace ReliabilityTable
