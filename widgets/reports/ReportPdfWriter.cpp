#include "ReportPdfWriter.h"

#include "PdfDocument.h"
#include "ReportCharts.h"
#include "reports/ReportFormat.h"

#include <qcustomplot.h>

#include <algorithm>

namespace {

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
    const ReportTables tables = ReportTables::of(data);
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
    document.subheading(tr("Read against reference points"));
    document.table(tables.references);

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
    document.table(tables.skills);

    // 3. Distribution.
    document.heading(tr("3. Distribution of scores"));
    document.paragraph(tr("The share of sessions scored at each level, for each skill."));
    document.chart(
        [&data, chartStyle](QCustomPlot *plot) {
            chartStyle(plot);
            ReportCharts::distribution(plot, data);
        },
        92);
    document.table(tables.distribution);

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
    document.table(tables.trend);
    if (const QString note = data.incompleteTrendNote(); !note.isEmpty())
        document.smallPrint(note);

    // 5. Engagement and family change.
    document.heading(tr("5. Engagement and family change"));
    document.subheading(tr("Engagement in the period"));
    document.table(tables.engagement);

    if (!data.familyChange.isEmpty()) {
        document.subheading(tables.familyChangeCaption);
        if (tables.familyChangeWithheld.isEmpty()) {
            document.table(tables.familyChange);
            document.smallPrint(tables.familyChangeNote);
        } else {
            document.paragraph(tables.familyChangeWithheld);
        }
    }

    // 6. Reliability.
    document.heading(tr("6. How closely coders agree (reliability)"));
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
        if (!tables.reliabilityCaution.isEmpty())
            document.paragraph(tables.reliabilityCaution);
        document.subheading(tr("Do coders give the same scores? (ICC)"));
        document.table(tables.reliability);
        document.subheading(tr("Other measures of agreement (κ, α)"));
        document.table(tables.reliabilityAgreement);
        document.smallPrint(tables.reliabilityNote);
    }

    // 7. Coverage and timeliness.
    document.heading(tr("7. Coverage and timeliness"));
    document.table(tables.coverage);

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

    // The glossary on a page of its own, so it can be read beside any page of the report.
    document.pageBreak();
    document.heading(tr("Glossary: the words in this report"));
    document.table(tables.glossary);
}
