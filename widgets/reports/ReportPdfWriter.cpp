#include "ReportPdfWriter.h"

#include "PdfDocument.h"
#include "ReportCharts.h"
#include "reports/ReportFormat.h"

#include <qcustomplot.h>

#include <algorithm>

namespace {

using Table = PdfDocument::Table;

bool allSuppressed(const ReportData &data, const QList<ReliabilityRow> &rows) {
    for (const ReliabilityRow &row : rows) {
        if (!data.isSuppressedPairs(row.nPairs))
            return false;
    }
    return true;
}

// True when not one figure about the report's own scope and period can be published: then the
// seven sections would be pages of empty charts and "fewer than 3", and one page saying why
// serves the reader better. The trend is left out: its earlier quarters belong to the reports
// of those quarters.
bool nothingToPublish(const ReportData &data) {
    auto any = [](const auto &list, const auto &published) {
        return std::any_of(list.cbegin(), list.cend(), published);
    };
    return !data.overall.available() &&
           !any(data.factors, [](const FactorSummary &f) { return f.mean.available(); }) &&
           !any(data.skills, [](const SkillSummary &s) { return s.mean.available(); }) &&
           !any(data.engagement, [](const EngagementSummary &e) { return e.mean.available(); }) &&
           !any(data.familyChange,
                [](const FamilyChangeSummary &c) { return c.change.available(); }) &&
           allSuppressed(data, data.reliability) && !data.feedbackWithinSevenDays.available();
}

void composeNothingToPublish(const ReportData &data, PdfDocument &document) {
    document.heading(data.title());
    document.paragraph(data.spec.scopeLabel() + QLatin1Char('\n') + data.spec.period.label());
    if (data.codings == 0) {
        document.subheading(ReportPdfWriter::tr("No coded sessions in this period"));
        document.paragraph(ReportPdfWriter::tr("No session in this period has a final coding, so "
                                               "there are no figures to report."));
    } else {
        document.subheading(ReportPdfWriter::tr("Not enough coded sessions to publish"));
        document.paragraph(
            (data.codings == 1
                 ? ReportPdfWriter::tr("This report covers 1 coded session.")
                 : ReportPdfWriter::tr("This report covers %1 coded sessions.").arg(data.codings)) +
            QLatin1Char(' ') +
            ReportPdfWriter::tr("Figures are shown only when they rest on at least %1 coded "
                                "sessions (%1 forms for family measures, %1 pairs for "
                                "reliability), so that no one's scores can be picked out of a "
                                "small group. Every figure for this period rests on %2, so none "
                                "is printed.")
                .arg(data.suppressionThreshold)
                .arg(data.suppressedText()));
    }
    document.paragraph(ReportPdfWriter::tr("A longer period or a wider scope may have enough "
                                           "sessions to report on."));
    document.smallPrint(ReportPdfWriter::tr("Produced on %1 by PracticeCoder.")
                            .arg(ReportFormat::date(data.generatedOn)));
}

} // namespace

namespace {

PdfDocument makeDocument(const ReportData &data) {
    return PdfDocument(
        data.title() + QStringLiteral(" · ") + data.spec.scopeLabel() + QStringLiteral(" · ") +
            data.spec.period.key(),
        data.spec.isManagerReport()
            ? ReportPdfWriter::tr("Aggregate figures only; no practitioner or family is named.")
            : ReportPdfWriter::tr("Private to the practitioner and their coach."));
}

} // namespace

bool ReportPdfWriter::write(const ReportData &data, const QString &path, QString *error,
                            int *pageCount) {
    PdfDocument document = makeDocument(data);
    compose(data, document);
    const bool ok = document.write(path, error);
    if (pageCount)
        *pageCount = document.pageCount();
    return ok;
}

bool ReportPdfWriter::print(const ReportData &data, QPagedPaintDevice *device) {
    PdfDocument document = makeDocument(data);
    compose(data, document);
    return document.paint(device);
}

void ReportPdfWriter::compose(const ReportData &data, PdfDocument &document) {
    if (nothingToPublish(data)) {
        composeNothingToPublish(data, document);
        return;
    }
    const QString suppressed = data.suppressedText();
    const auto chartStyle = [](QCustomPlot *plot) {
        ReportCharts::applyStyle(plot, 11);
    };

    // Title page.
    QStringList lines = {
        data.spec.scopeLabel(), data.spec.period.label(),
        data.codings == 1 ? tr("1 final coding of a recorded practice session.")
                          : tr("%1 final codings of recorded practice sessions.").arg(data.codings),
        tr("Produced on %1 by PracticeCoder.").arg(ReportFormat::date(data.generatedOn))};
    if (data.isIncomplete())
        lines.append(data.incompleteText() + QLatin1Char('.'));
    document.titlePage(
        data.title(), lines,
        tr("How to read this report: scores are on the Motivational Social Work scale from 1 "
           "(low) to 5 (high). Each recorded session counts once, using its consensus coding "
           "where the coders agreed one, otherwise its primary coding; only final codings are "
           "used. Any mean or share based on fewer than %1 coded sessions or practitioners "
           "(families, for family measures) is shown as \"%2\" and never as a number; in a "
           "service or team report so is any figure that includes a team's quarter that small "
           "or not yet ended, so that reports cannot be subtracted to single anyone out. %3")
            .arg(data.suppressionThreshold)
            .arg(suppressed)
            .arg(data.spec.isManagerReport()
                     ? tr("Manager reports never name practitioners or families.")
                     : tr("This report is private to the practitioner and their coach.")));

    // 1. Headline.
    document.heading(tr("1. Headline"));
    const QString coverage =
        tr("%1 of %2").arg(data.practitionersObserved).arg(data.practitionersActive);
    document.keyFigures(
        {{tr("Coded sessions"), QString::number(data.codings), data.spec.period.key()},
         {tr("Practitioners observed"), coverage, tr("of those active in the period")},
         {tr("Overall MSW score"), ReportFormat::mean(data, data.overall),
          data.overall.hasInterval() ? tr("95% CI %1").arg(ReportFormat::interval(data.overall))
                                     : QString()},
         {tr("Change on %1").arg(data.previousPeriod.key()),
          ReportFormat::signedValue(data, data.changeOnPrevious),
          tr("%1 was %2")
              .arg(data.previousPeriod.key(), ReportFormat::mean(data, data.previousOverall))}});
    Table references;
    references.header = {tr("Overall MSW score"), tr("Score"), tr("Source")};
    references.widths = {2.2, 0.7, 3.0};
    references.alignRight = {false, true, false};
    references.rows.append({tr("This report: %1").arg(data.spec.period.key()),
                            ReportFormat::mean(data, data.overall), QString()});
    references.emphasisedRows = {0};
    for (const ReferencePoint &point : data.referencePoints)
        references.rows.append({point.label, ReportFormat::number(point.value, 2), point.source});
    document.subheading(tr("Read against reference points"));
    document.table(references);

    // 2. Skills profile.
    document.heading(tr("2. Skills profile"));
    document.paragraph(tr("Each skill's mean score with its 95% confidence interval. The dashed "
                          "lines are the reference points above. A wide interval means few "
                          "codings: read it with care."));
    document.chart(
        [&data, chartStyle](QCustomPlot *plot) {
            chartStyle(plot);
            ReportCharts::skillsProfile(plot, data);
        },
        118);
    Table skills;
    skills.header = {tr("Skill"), tr("Factor"), tr("Codings"), tr("Mean"), tr("95% CI")};
    skills.widths = {2.2, 2.0, 0.9, 1.1, 1.6};
    skills.alignRight = {false, false, true, true, true};
    for (const FactorSummary &factor : data.factors) {
        skills.emphasisedRows.append(int(skills.rows.size()));
        skills.rows.append({factor.name, tr("factor composite"), ReportFormat::count(factor.mean),
                            ReportFormat::mean(data, factor.mean),
                            ReportFormat::interval(factor.mean)});
    }
    for (const SkillSummary &skill : data.skills) {
        QString factorName;
        for (const FactorSummary &factor : data.factors) {
            if (factor.key == skill.factorKey)
                factorName = factor.name;
        }
        skills.rows.append({skill.name, factorName, ReportFormat::count(skill.mean),
                            ReportFormat::mean(data, skill.mean),
                            ReportFormat::interval(skill.mean)});
    }
    document.table(skills);

    // 3. Distribution.
    document.heading(tr("3. Distribution of scores"));
    document.paragraph(tr("The share of sessions scored at each level, for each skill."));
    document.chart(
        [&data, chartStyle](QCustomPlot *plot) {
            chartStyle(plot);
            ReportCharts::distribution(plot, data);
        },
        92);
    Table distribution;
    distribution.header = {tr("Skill"),   tr("Score 1"), tr("Score 2"), tr("Score 3"),
                           tr("Score 4"), tr("Score 5"), tr("Codings")};
    distribution.widths = {2.4, 1, 1, 1, 1, 1, 1};
    for (const SkillSummary &skill : data.skills) {
        QStringList row = {skill.name};
        for (const Figure &share : skill.distribution)
            row.append(ReportFormat::share(data, share));
        row.append(ReportFormat::count(skill.mean));
        distribution.rows.append(row);
    }
    document.table(distribution);

    // 4. Trend.
    document.heading(tr("4. Trend over the last %1 quarters").arg(data.trend.size()));
    document.paragraph(data.hasServiceLine
                           ? tr("The overall score by quarter with its 95% confidence band, "
                                "beside the whole service (dashed). Gaps are quarters with "
                                "fewer than %1 codings.")
                                 .arg(data.suppressionThreshold)
                           : tr("The overall score by quarter with its 95% confidence band. "
                                "Gaps are quarters with fewer than %1 codings.")
                                 .arg(data.suppressionThreshold));
    // A chart with no line on it says nothing; a sentence says why.
    const auto anyQuarter = [&data](const auto &shown) {
        return std::any_of(data.trend.cbegin(), data.trend.cend(), shown);
    };
    if (anyQuarter([&data](const TrendPoint &point) {
            return point.overall.available() ||
                   (data.hasServiceLine && point.serviceOverall.available());
        })) {
        document.chart(
            [&data, chartStyle](QCustomPlot *plot) {
                chartStyle(plot);
                ReportCharts::trendOverall(plot, data);
            },
            72);
    } else {
        document.paragraph(tr("No quarter has %1 or more coded sessions, so the overall score "
                              "is not charted.")
                               .arg(data.suppressionThreshold));
    }
    if (anyQuarter([](const TrendPoint &point) {
            return std::any_of(point.factors.cbegin(), point.factors.cend(),
                               [](const Figure &factor) { return factor.available(); });
        })) {
        document.chart(
            [&data, chartStyle](QCustomPlot *plot) {
                chartStyle(plot);
                ReportCharts::trendFactors(plot, data);
            },
            72);
    } else {
        document.paragraph(tr("No quarter has %1 or more coded sessions, so the factor scores "
                              "are not charted.")
                               .arg(data.suppressionThreshold));
    }
    Table trend;
    trend.header = {tr("Quarter"), tr("Codings"), tr("Overall"), tr("95% CI")};
    trend.widths = {1.0, 0.9, 0.9, 1.5};
    if (data.hasServiceLine) {
        trend.header.append(tr("Service"));
        trend.widths.append(1.0);
    }
    for (const FactorSummary &factor : data.factors) {
        trend.header.append(factor.name);
        trend.widths.append(1.35);
    }
    for (const TrendPoint &point : data.trend) {
        // An unfinished quarter's figures are withheld; its cells say why in a word, and the
        // note under the table says in full.
        const auto cell = [&](const Figure &figure) {
            return point.incomplete.isEmpty() ? ReportFormat::mean(data, figure) : tr("incomplete");
        };
        QStringList row = {point.quarter.key(), ReportFormat::count(point.overall),
                           cell(point.overall), ReportFormat::interval(point.overall)};
        if (data.hasServiceLine)
            row.append(ReportFormat::mean(data, point.serviceOverall));
        for (const Figure &factor : point.factors)
            row.append(cell(factor));
        trend.rows.append(row);
    }
    document.table(trend);
    if (const QString note = data.incompleteTrendNote(); !note.isEmpty())
        document.smallPrint(note);

    // 5. Engagement and family change.
    document.heading(tr("5. Engagement and family change"));
    Table engagement;
    engagement.header = {tr("Measure"), tr("Forms"), tr("Mean"),
                         tr("95% CI"),  tr("Scale"), tr("Reference")};
    engagement.widths = {2.4, 0.8, 0.9, 1.4, 0.8, 2.2};
    engagement.alignRight = {false, true, true, true, true, false};
    for (const EngagementSummary &summary : data.engagement) {
        engagement.rows.append(
            {summary.name, ReportFormat::count(summary.mean),
             ReportFormat::mean(data, summary.mean), ReportFormat::interval(summary.mean),
             tr("%1 to %2").arg(summary.scaleMin).arg(summary.scaleMax),
             std::isnan(summary.referenceValue)
                 ? QString()
                 : tr("%1: %2").arg(summary.referenceLabel,
                                    ReportFormat::number(summary.referenceValue, 2))});
    }
    document.subheading(tr("Engagement in the period"));
    document.table(engagement);

    if (!data.familyChange.isEmpty()) {
        const FamilyChangeSummary &first = data.familyChange.constFirst();
        document.subheading(tr("%1: change from T1 to T2").arg(first.instrumentName));
        Table change;
        change.header = {tr("Scale"), tr("Pairs"),           tr("T1"),
                         tr("T2"),    tr("Change"),          tr("95% CI"),
                         tr("p"),     tr("Reliably better"), tr("Reliably worse")};
        change.widths = {2.2, 0.7, 0.8, 0.8, 0.9, 1.6, 0.7, 1.0, 1.0};
        for (const FamilyChangeSummary &summary : data.familyChange) {
            change.rows.append(
                {summary.scaleName, ReportFormat::count(summary.change),
                 ReportFormat::mean(data, summary.before), ReportFormat::mean(data, summary.after),
                 ReportFormat::signedValue(data, summary.change),
                 ReportFormat::interval(summary.change),
                 summary.change.available() ? ReportFormat::pValue(summary.p) : QString(),
                 ReportFormat::share(data, summary.reliableImprovement),
                 ReportFormat::share(data, summary.reliableDeterioration)});
        }
        bool anyShown = false;
        for (const FamilyChangeSummary &summary : data.familyChange)
            anyShown = anyShown || !summary.change.suppressed;
        if (anyShown) {
            document.table(change);
            document.smallPrint(
                tr("Pairs are family members who completed %1 at T1 and at T2, with T2 in this "
                   "period. On %1 a higher score means more difficulty, so a fall is an "
                   "improvement. Reliable change uses the Jacobson–Truax index (|RCI| > 1.96)%2.")
                    .arg(first.instrumentName)
                    .arg(first.provisionalReliableChange
                             ? tr(" with provisional parameters; see the instrument definition")
                             : QString()));
        } else {
            // The reason each figure carries, not an assumed one: a disclosure rule on the
            // team-quarters or an unfinished period withholds change as well as few families.
            QStringList reasons;
            for (const FamilyChangeSummary &summary : data.familyChange) {
                const QString reason = data.reasonFor(summary.change);
                if (!reason.isEmpty() && !reasons.contains(reason))
                    reasons.append(reason);
            }
            document.paragraph(tr("Change on %1 from T1 to T2 is not shown: %2.")
                                   .arg(first.instrumentName, reasons.join(QStringLiteral("; "))));
        }
    }

    // 6. Reliability.
    document.heading(tr("6. Reliability of coding"));
    if (allSuppressed(data, data.reliability)) {
        document.paragraph(
            tr("Fewer than %1 recordings in the period were coded independently by two "
               "evaluators, so reliability is not shown for this period alone.")
                .arg(data.suppressionThreshold));
    } else {
        document.paragraph(
            tr("%1 recordings in the period were coded independently by two evaluators. "
               "Agreement between the primary and second coder:")
                .arg(data.reliabilityPairs));
        Table reliability;
        reliability.header = {tr("Skill"),    tr("Pairs"),      tr("ICC(A,1)"),
                              tr("ICC(C,1)"), tr("Weighted κ"), tr("α (ordinal)"),
                              tr("Exact"),    tr("Within one")};
        reliability.widths = {2.3, 0.7, 0.9, 0.9, 1.0, 1.0, 0.8, 0.9};
        for (const ReliabilityRow &row : data.reliability) {
            const bool overall = row.skill == ReliabilityTable::overallKey;
            if (overall)
                reliability.emphasisedRows.append(int(reliability.rows.size()));
            reliability.rows.append(
                {ReportFormat::skillName(data, row.skill),
                 data.isSuppressedPairs(row.nPairs) ? QString() : QString::number(row.nPairs),
                 ReportFormat::statistic(data, row.nPairs, row.iccA1),
                 ReportFormat::statistic(data, row.nPairs, row.iccC1),
                 overall ? QString() : ReportFormat::statistic(data, row.nPairs, row.weightedKappa),
                 overall ? QString()
                         : ReportFormat::statistic(data, row.nPairs, row.krippendorffAlpha),
                 ReportFormat::statistic(data, row.nPairs, row.exactAgreement, true),
                 ReportFormat::statistic(data, row.nPairs, row.adjacentAgreement, true)});
        }
        document.table(reliability);
        document.smallPrint(tr("ICC(A,1): two-way absolute agreement; ICC(C,1): consistency "
                               "(McGraw & Wong). Weighted κ uses quadratic weights over scores "
                               "1 to 5. A pair is left out of a skill when either coder marked "
                               "it not codable. The overall row compares each coding's mean "
                               "over the skills it scored."));
    }

    // 7. Coverage and timeliness.
    document.heading(tr("7. Coverage and timeliness"));
    Table coverageTable;
    coverageTable.header = {tr("Measure"), tr("Figure")};
    coverageTable.widths = {4.0, 1.4};
    coverageTable.rows = {
        {data.activeAtEndLabel(), QString::number(data.practitionersActiveAtEnd)},
        {tr("Practitioners with no coded session in the 6 months to %1")
             .arg(ReportFormat::date(data.asOf)),
         QString::number(data.notObservedSixMonths)},
        {tr("Coding turnaround: mean days from the session to its final coding"),
         ReportFormat::mean(data, data.codingTurnaroundDays)},
        {tr("Feedback given within 7 days of the coding being final"),
         ReportFormat::share(data, data.feedbackWithinSevenDays)},
        {tr("Codings whose feedback is not yet due"), QString::number(data.feedbackNotYetDue)},
        {data.followUpsOverdueLabel(), QString::number(data.followUpsOverdue)}};
    document.table(coverageTable);

    document.subheading(tr("About the figures"));
    document.smallPrint(
        tr("Scores: each of the seven Motivational Social Work skills is rated once per coded "
           "session from 1 (low) to 5 (high) using coding scheme v1. The overall MSW score of a "
           "session is the mean of the skills it scored; factor scores are the mean of the "
           "factor's skills. Means are shown with 95% confidence intervals from Student's t. "
           "Skills marked not codable are left out, never counted as zero. Engagement and "
           "family measures are scored from the instruments' published keys. Any mean or "
           "share based on fewer than %1 codings, practitioners, families or pairs is shown as "
           "\"%2\" (docs/privacy.md gives the full rule). %3")
            .arg(data.suppressionThreshold)
            .arg(suppressed, ReportData::practitionerTerms()));
}
