#include "ReportTables.h"

#include "ReportFormat.h"
#include "ReportGlossary.h"
#include "stats/InterRater.h"

#include <cmath>

namespace {

ReportTable references(const ReportData &data) {
    ReportTable table;
    table.header = {ReportTables::tr("Overall MSW score"), ReportTables::tr("Score"),
                    ReportTables::tr("Source")};
    table.widths = {2.2, 0.7, 3.0};
    table.alignRight = {false, true, false};
    table.rows.append({ReportTables::tr("This report: %1").arg(data.spec.period.key()),
                       ReportFormat::mean(data, data.overall), QString()});
    table.emphasisedRows = {0};
    for (const ReferencePoint &point : data.referencePoints)
        table.rows.append({point.label, ReportFormat::number(point.value, 2), point.source});
    return table;
}

ReportTable skills(const ReportData &data) {
    ReportTable table;
    table.header = {ReportTables::tr("Skill"), ReportTables::tr("Factor"),
                    ReportTables::tr("Codings"), ReportTables::tr("Mean"),
                    ReportTables::tr("95% CI")};
    table.widths = {2.2, 2.0, 0.9, 1.1, 1.6};
    table.alignRight = {false, false, true, true, true};
    for (const FactorSummary &factor : data.factors) {
        table.emphasisedRows.append(int(table.rows.size()));
        table.rows.append({factor.name, ReportTables::tr("average of its skills (factor)"),
                           ReportFormat::count(factor.mean), ReportFormat::mean(data, factor.mean),
                           ReportFormat::interval(factor.mean)});
    }
    for (const SkillSummary &skill : data.skills) {
        QString factorName;
        for (const FactorSummary &factor : data.factors) {
            if (factor.key == skill.factorKey)
                factorName = factor.name;
        }
        table.rows.append({skill.name, factorName, ReportFormat::count(skill.mean),
                           ReportFormat::mean(data, skill.mean),
                           ReportFormat::interval(skill.mean)});
    }
    return table;
}

ReportTable distribution(const ReportData &data) {
    ReportTable table;
    table.header = {ReportTables::tr("Skill"),   ReportTables::tr("Score 1"),
                    ReportTables::tr("Score 2"), ReportTables::tr("Score 3"),
                    ReportTables::tr("Score 4"), ReportTables::tr("Score 5"),
                    ReportTables::tr("Codings")};
    table.widths = {2.4, 1, 1, 1, 1, 1, 1};
    for (const SkillSummary &skill : data.skills) {
        QStringList row = {skill.name};
        for (const Figure &share : skill.distribution)
            row.append(ReportFormat::share(data, share));
        row.append(ReportFormat::count(skill.mean));
        table.rows.append(row);
    }
    return table;
}

ReportTable trend(const ReportData &data) {
    ReportTable table;
    table.header = {ReportTables::tr("Quarter"), ReportTables::tr("Codings"),
                    ReportTables::tr("Overall"), ReportTables::tr("95% CI")};
    table.widths = {1.0, 0.9, 0.9, 1.5};
    if (data.hasServiceLine) {
        table.header.append(ReportTables::tr("Service"));
        table.widths.append(1.0);
    }
    for (const FactorSummary &factor : data.factors) {
        table.header.append(factor.name);
        table.widths.append(1.35);
    }
    for (const TrendPoint &point : data.trend) {
        // An unfinished quarter's figures are withheld; its cells say why in a word, and the
        // note under the table says in full.
        const auto cell = [&](const Figure &figure) {
            return point.incomplete.isEmpty() ? ReportFormat::mean(data, figure)
                                              : ReportTables::tr("incomplete");
        };
        QStringList row = {point.quarter.key(), ReportFormat::count(point.overall),
                           cell(point.overall), ReportFormat::interval(point.overall)};
        if (data.hasServiceLine)
            row.append(ReportFormat::mean(data, point.serviceOverall));
        for (const Figure &factor : point.factors)
            row.append(cell(factor));
        table.rows.append(row);
    }
    return table;
}

ReportTable engagement(const ReportData &data) {
    ReportTable table;
    table.header = {ReportTables::tr("Measure"), ReportTables::tr("Forms"),
                    ReportTables::tr("Mean"),    ReportTables::tr("95% CI"),
                    ReportTables::tr("Scale"),   ReportTables::tr("Reference")};
    table.widths = {2.4, 0.8, 0.9, 1.4, 0.8, 2.2};
    table.alignRight = {false, true, true, true, true, false};
    for (const EngagementSummary &summary : data.engagement) {
        table.rows.append(
            {summary.name, ReportFormat::count(summary.mean),
             ReportFormat::mean(data, summary.mean), ReportFormat::interval(summary.mean),
             ReportTables::tr("%1 to %2").arg(summary.scaleMin).arg(summary.scaleMax),
             std::isnan(summary.referenceValue)
                 ? QString()
                 : ReportTables::tr("%1: %2").arg(
                       summary.referenceLabel, ReportFormat::number(summary.referenceValue, 2))});
    }
    return table;
}

ReportTable familyChange(const ReportData &data) {
    ReportTable table;
    table.header = {ReportTables::tr("Scale"),
                    ReportTables::tr("Pairs"),
                    ReportTables::tr("T1"),
                    ReportTables::tr("T2"),
                    ReportTables::tr("Change"),
                    ReportTables::tr("95% CI"),
                    ReportTables::tr("Chance (p)"),
                    ReportTables::tr("Reliably better"),
                    ReportTables::tr("Reliably worse")};
    table.widths = {2.2, 0.7, 0.8, 0.8, 0.9, 1.6, 0.7, 1.0, 1.0};
    for (const FamilyChangeSummary &summary : data.familyChange) {
        table.rows.append({summary.scaleName, ReportFormat::count(summary.change),
                           ReportFormat::mean(data, summary.before),
                           ReportFormat::mean(data, summary.after),
                           ReportFormat::signedValue(data, summary.change),
                           ReportFormat::interval(summary.change),
                           summary.change.available() ? ReportFormat::pValue(summary.p) : QString(),
                           ReportFormat::share(data, summary.reliableImprovement),
                           ReportFormat::share(data, summary.reliableDeterioration)});
    }
    return table;
}

QString band(IccBand band) {
    switch (band) {
    case IccBand::Poor:
        return ReportTables::tr("poor");
    case IccBand::Moderate:
        return ReportTables::tr("moderate");
    case IccBand::Good:
        return ReportTables::tr("good");
    case IccBand::Excellent:
        return ReportTables::tr("excellent");
    }
    return QString();
}

// The ICC's cells: the value (or why there is none), its interval and its band. The band is
// read from the value as printed, so "0.75" never sits beside "moderate".
QStringList iccCells(const ReportData &data, int pairs, const std::optional<double> &icc,
                     const std::optional<IccInterval> &interval) {
    const QString value = ReportFormat::statistic(data, pairs, icc);
    if (!icc || data.isSuppressedPairs(pairs))
        return {value, QString(), QString()};
    return {value,
            interval ? ReportTables::tr("%1 to %2")
                           .arg(ReportFormat::number(interval->lower, 2),
                                ReportFormat::number(interval->upper, 2))
                     : QString(),
            band(InterRater::kooLiBand(std::round(*icc * 100.0) / 100.0))};
}

ReportTable reliability(const ReportData &data) {
    ReportTable table;
    table.header = {ReportTables::tr("Skill"),
                    ReportTables::tr("Pairs"),
                    ReportTables::tr("Agreement (ICC(A,1))"),
                    ReportTables::tr("95% CI"),
                    ReportTables::tr("Band (Koo & Li)"),
                    ReportTables::tr("Consistency (ICC(C,1))"),
                    ReportTables::tr("95% CI"),
                    ReportTables::tr("Band (Koo & Li)")};
    // Wide enough for the bold header words ("Consistency") and a negative interval on one line.
    table.widths = {1.7, 0.75, 1.35, 1.55, 1.15, 1.45, 1.55, 1.15};
    table.alignRight = {false, true, true, true, false, true, true, false};
    for (const ReliabilityRow &row : data.reliability) {
        if (row.skill == ReliabilityTable::overallKey)
            table.emphasisedRows.append(int(table.rows.size()));
        table.rows.append(QStringList{ReportFormat::skillName(data, row.skill),
                                      data.isSuppressedPairs(row.nPairs)
                                          ? QString()
                                          : QString::number(row.nPairs)} +
                          iccCells(data, row.nPairs, row.iccA1, row.iccA1Ci) +
                          iccCells(data, row.nPairs, row.iccC1, row.iccC1Ci));
    }
    return table;
}

ReportTable reliabilityAgreement(const ReportData &data) {
    ReportTable table;
    table.header = {ReportTables::tr("Skill"),
                    ReportTables::tr("Pairs"),
                    ReportTables::tr("Beyond chance (weighted κ)"),
                    ReportTables::tr("Beyond chance (α, ordinal)"),
                    ReportTables::tr("Same score"),
                    ReportTables::tr("Within one point")};
    table.widths = {2.2, 0.7, 1.3, 1.3, 1.0, 1.0};
    for (const ReliabilityRow &row : data.reliability) {
        // The overall row compares two coders' means: not on the 1 to 5 scale (no κ or α), and
        // two means rarely match exactly, so "the same score" would read as disagreement.
        const bool overall = row.skill == ReliabilityTable::overallKey;
        if (overall)
            table.emphasisedRows.append(int(table.rows.size()));
        table.rows.append(
            {ReportFormat::skillName(data, row.skill),
             data.isSuppressedPairs(row.nPairs) ? QString() : QString::number(row.nPairs),
             overall ? QString() : ReportFormat::statistic(data, row.nPairs, row.weightedKappa),
             overall ? QString() : ReportFormat::statistic(data, row.nPairs, row.krippendorffAlpha),
             overall ? QString()
                     : ReportFormat::statistic(data, row.nPairs, row.exactAgreement, true),
             ReportFormat::statistic(data, row.nPairs, row.adjacentAgreement, true)});
    }
    return table;
}

QString reliabilityCaution(const ReportData &data) {
    QStringList few;
    int shown = 0;
    for (const ReliabilityRow &row : data.reliability) {
        if (data.isSuppressedPairs(row.nPairs) || !row.iccA1)
            continue;
        ++shown;
        if (row.nPairs < ReliabilityTable::fewPairs)
            few.append(ReportFormat::skillName(data, row.skill));
    }
    if (few.isEmpty())
        return QString();
    const QString why = ReportTables::tr(
        "With so few pairs the intervals are wide and the band could easily be different: read "
        "it as a first indication, not a verdict.");
    if (few.size() == shown) {
        return ReportTables::tr("Caution: every figure here rests on fewer than %1 "
                                "double-coded pairs.")
                   .arg(ReliabilityTable::fewPairs) +
               QLatin1Char(' ') + why;
    }
    const QString last = few.takeLast();
    const QString names =
        few.isEmpty() ? last
                      : ReportTables::tr("%1 and %2").arg(few.join(QStringLiteral(", ")), last);
    return ReportTables::tr("Caution: the figures for %1 rest on fewer than %2 double-coded "
                            "pairs.")
               .arg(names)
               .arg(ReliabilityTable::fewPairs) +
           QLatin1Char(' ') + why;
}

ReportTable coverage(const ReportData &data) {
    ReportTable table;
    table.header = {ReportTables::tr("Measure"), ReportTables::tr("Figure")};
    table.widths = {4.0, 1.4};
    table.rows = {
        {data.activeAtEndLabel(), QString::number(data.practitionersActiveAtEnd)},
        {ReportTables::tr("Practitioners with no coded session in the 6 months to %1")
             .arg(ReportFormat::date(data.asOf)),
         QString::number(data.notObservedSixMonths)},
        {ReportTables::tr("Coding turnaround: mean days from the session to its final coding"),
         ReportFormat::mean(data, data.codingTurnaroundDays)},
        {ReportTables::tr("Feedback given within 7 days of the coding being final"),
         ReportFormat::share(data, data.feedbackWithinSevenDays)},
        {ReportTables::tr("Codings whose feedback is not yet due"),
         QString::number(data.feedbackNotYetDue)},
        {data.followUpsOverdueLabel(), QString::number(data.followUpsOverdue)}};
    return table;
}

} // namespace

ReportTables ReportTables::of(const ReportData &data) {
    ReportTables tables;
    tables.references = ::references(data);
    tables.skills = ::skills(data);
    tables.distribution = ::distribution(data);
    tables.trend = ::trend(data);
    tables.engagement = ::engagement(data);
    tables.familyChange = ::familyChange(data);
    tables.reliability = ::reliability(data);
    tables.reliabilityAgreement = ::reliabilityAgreement(data);
    tables.reliabilityCaution = ::reliabilityCaution(data);
    tables.glossary = ReportGlossary::of(data);
    tables.coverage = ::coverage(data);

    if (!data.familyChange.isEmpty()) {
        const FamilyChangeSummary &first = data.familyChange.constFirst();
        tables.familyChangeCaption =
            tr("%1: change from the first questionnaire to the follow-up (T1 to T2)")
                .arg(first.instrumentName);
        tables.familyChangeNote =
            tr("Pairs are family members who completed %1 at T1 and at T2, with T2 in this "
               "period. On %1 a higher score means more difficulty, so a fall is an "
               "improvement. Reliable change uses the Jacobson–Truax index (|RCI| > 1.96)%2.")
                .arg(first.instrumentName)
                .arg(first.provisionalReliableChange
                         ? tr(" with provisional parameters; see the instrument definition")
                         : QString());
        bool anyShown = false;
        for (const FamilyChangeSummary &summary : data.familyChange)
            anyShown = anyShown || !summary.change.suppressed;
        if (!anyShown) {
            // The reason each figure carries, not an assumed one: a disclosure rule on the
            // team-quarters or an unfinished period withholds change as well as few families.
            QStringList reasons;
            for (const FamilyChangeSummary &summary : data.familyChange) {
                const QString reason = data.reasonFor(summary.change);
                if (!reason.isEmpty() && !reasons.contains(reason))
                    reasons.append(reason);
            }
            tables.familyChangeWithheld =
                tr("Change on %1 from T1 to T2 is not shown: %2.")
                    .arg(first.instrumentName, reasons.join(QStringLiteral("; ")));
        }
    }
    tables.reliabilityNote =
        tr("Agreement (ICC(A,1), two-way absolute agreement): do the two coders give the same "
           "scores? Consistency (ICC(C,1)): do they rank sessions the same way, even if one "
           "scores higher throughout? Both run up to 1, with 95% confidence intervals as "
           "McGraw & Wong (1996) give them. Bands are those of Koo & Li (2016): below 0.5 poor, "
           "0.5 to 0.75 moderate, 0.75 to 0.9 good, above 0.9 excellent; Koo & Li advise "
           "reading the whole interval, so an interval that crosses bands could be any of them. "
           "Weighted κ uses quadratic weights over scores 1 to 5. A pair is left out of a skill "
           "when either coder marked it not codable. The overall row compares each coding's "
           "mean over the skills it scored, so it has no κ, α or same-score share.");
    return tables;
}
