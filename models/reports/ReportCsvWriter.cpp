#include "ReportCsvWriter.h"

#include "io/CsvWriter.h"

namespace {

QString decimal(double value) {
    return std::isnan(value) ? QString() : QString::number(value, 'f', 6);
}

class Rows {
public:
    explicit Rows(const ReportData &data)
        : m_data(data) {}

    void count(const QString &section, const QString &figure, const QString &key, int value) {
        append(section, figure, key, QString(), QString::number(value), QString(), QString());
    }

    void number(const QString &section, const QString &figure, const QString &key, double value) {
        append(section, figure, key, QString(), decimal(value), QString(), QString());
    }

    void figure(const QString &section, const QString &figure, const QString &key,
                const Figure &f) {
        if (f.suppressed || !f.withheldReason.isEmpty()) {
            // The n itself would tell a reader how few codings there were; leave it out too.
            append(section, figure, key, QString(), QString(), QString(), QString(),
                   m_data.reasonFor(f));
            return;
        }
        append(section, figure, key, QString::number(f.n), decimal(f.value),
               f.hasInterval() ? decimal(f.lower) : QString(),
               f.hasInterval() ? decimal(f.upper) : QString());
    }

    void optional(const QString &section, const QString &figure, const QString &key, int n,
                  const std::optional<double> &value,
                  const std::optional<IccInterval> &interval = std::nullopt) {
        if (m_data.isSuppressedPairs(n)) {
            append(section, figure, key, QString(), QString(), QString(), QString(),
                   m_data.reasonForPairs(n));
            return;
        }
        append(section, figure, key, QString::number(n), value ? decimal(*value) : QString(),
               interval ? decimal(interval->lower) : QString(),
               interval ? decimal(interval->upper) : QString());
    }

    QList<QStringList> take() { return std::move(m_rows); }

private:
    void append(const QString &section, const QString &figure, const QString &key, const QString &n,
                const QString &value, const QString &lower, const QString &upper,
                const QString &suppressed = QString()) {
        m_rows.append({m_data.spec.scopeKey(), m_data.spec.period.key(), section, figure, key, n,
                       value, lower, upper, suppressed});
    }

    const ReportData &m_data;
    QList<QStringList> m_rows;
};

} // namespace

QStringList ReportCsvWriter::header() {
    return {QStringLiteral("scope"),     QStringLiteral("period"),   QStringLiteral("section"),
            QStringLiteral("figure"),    QStringLiteral("key"),      QStringLiteral("n"),
            QStringLiteral("value"),     QStringLiteral("ci_lower"), QStringLiteral("ci_upper"),
            QStringLiteral("suppressed")};
}

QList<QStringList> ReportCsvWriter::rows(const ReportData &data) {
    Rows rows(data);
    const QString headline = QStringLiteral("headline");
    rows.count(headline, QStringLiteral("codings"), QString(), data.codings);
    // Whether the figures are final: 0 while the period runs or drafts remain (key: last day).
    rows.count(headline, QStringLiteral("period_complete"),
               data.spec.period.to().toString(Qt::ISODate), data.isIncomplete() ? 0 : 1);
    rows.count(headline, QStringLiteral("drafts_outstanding"), QString(), data.draftsOutstanding);
    rows.count(headline, QStringLiteral("practitioners_observed"), QString(),
               data.practitionersObserved);
    rows.count(headline, QStringLiteral("practitioners_active"), QString(),
               data.practitionersActive);
    rows.figure(headline, QStringLiteral("overall_mean"), QString(), data.overall);
    rows.figure(headline, QStringLiteral("previous_overall_mean"), data.previousPeriod.key(),
                data.previousOverall);
    rows.figure(headline, QStringLiteral("change_on_previous"), data.previousPeriod.key(),
                data.changeOnPrevious);
    for (const auto &point : data.referencePoints)
        rows.number(headline, QStringLiteral("reference_point"), point.label, point.value);

    const QString skills = QStringLiteral("skills");
    for (const auto &skill : data.skills)
        rows.figure(skills, QStringLiteral("skill_mean"), skill.key, skill.mean);
    for (const auto &factor : data.factors)
        rows.figure(skills, QStringLiteral("factor_mean"), factor.key, factor.mean);

    const QString distribution = QStringLiteral("distribution");
    for (const auto &skill : data.skills) {
        for (qsizetype level = 0; level < skill.distribution.size(); ++level) {
            rows.figure(distribution, QStringLiteral("score_share"),
                        skill.key + QLatin1Char(':') + QString::number(level + 1),
                        skill.distribution.at(level));
        }
    }

    const QString trend = QStringLiteral("trend");
    for (const auto &point : data.trend) {
        const QString quarter = point.quarter.key();
        rows.figure(trend, QStringLiteral("overall_mean"), quarter, point.overall);
        for (qsizetype f = 0; f < data.factors.size() && f < point.factors.size(); ++f) {
            rows.figure(trend, QStringLiteral("factor_mean"),
                        quarter + QLatin1Char(':') + data.factors.at(f).key, point.factors.at(f));
        }
        if (data.hasServiceLine)
            rows.figure(trend, QStringLiteral("service_overall_mean"), quarter,
                        point.serviceOverall);
    }

    const QString engagement = QStringLiteral("engagement");
    for (const auto &summary : data.engagement)
        rows.figure(engagement, QStringLiteral("mean"), summary.instrumentId, summary.mean);
    for (const auto &change : data.familyChange) {
        const QString key = change.instrumentId + QLatin1Char(':') + change.scaleKey;
        rows.figure(engagement, QStringLiteral("t1_mean"), key, change.before);
        rows.figure(engagement, QStringLiteral("t2_mean"), key, change.after);
        rows.figure(engagement, QStringLiteral("paired_change"), key, change.change);
        if (change.change.available())
            rows.number(engagement, QStringLiteral("paired_change_p"), key, change.p);
        rows.figure(engagement, QStringLiteral("reliable_improvement_share"), key,
                    change.reliableImprovement);
        rows.figure(engagement, QStringLiteral("reliable_deterioration_share"), key,
                    change.reliableDeterioration);
    }

    const QString reliability = QStringLiteral("reliability");
    rows.count(reliability, QStringLiteral("double_coded_pairs"), QString(), data.reliabilityPairs);
    for (const auto &row : data.reliability) {
        rows.optional(reliability, QStringLiteral("icc_a1"), row.skill, row.nPairs, row.iccA1,
                      row.iccA1Ci);
        rows.optional(reliability, QStringLiteral("icc_c1"), row.skill, row.nPairs, row.iccC1,
                      row.iccC1Ci);
        // The overall row compares two means, which are not on the 1-5 scale and rarely match
        // exactly: no kappa, alpha or exact agreement there.
        if (row.skill != ReliabilityTable::overallKey) {
            rows.optional(reliability, QStringLiteral("weighted_kappa"), row.skill, row.nPairs,
                          row.weightedKappa);
            rows.optional(reliability, QStringLiteral("krippendorff_alpha"), row.skill, row.nPairs,
                          row.krippendorffAlpha);
            rows.optional(reliability, QStringLiteral("exact_agreement"), row.skill, row.nPairs,
                          row.exactAgreement);
        }
        rows.optional(reliability, QStringLiteral("adjacent_agreement"), row.skill, row.nPairs,
                      row.adjacentAgreement);
    }

    const QString coverage = QStringLiteral("coverage");
    rows.count(coverage, QStringLiteral("practitioners_active_at_end"),
               data.asOf.toString(Qt::ISODate), data.practitionersActiveAtEnd);
    rows.count(coverage, QStringLiteral("not_observed_6_months"), data.asOf.toString(Qt::ISODate),
               data.notObservedSixMonths);
    rows.figure(coverage, QStringLiteral("coding_turnaround_days"), QString(),
                data.codingTurnaroundDays);
    rows.figure(coverage, QStringLiteral("feedback_within_7_days_share"), QString(),
                data.feedbackWithinSevenDays);
    rows.count(coverage, QStringLiteral("feedback_not_yet_due"), QString(), data.feedbackNotYetDue);
    rows.count(coverage, QStringLiteral("t2_follow_ups_overdue"), data.asOf.toString(Qt::ISODate),
               data.followUpsOverdue);
    return rows.take();
}

bool ReportCsvWriter::write(const ReportData &data, QIODevice *device) {
    // Scope, key and the suppression label can hold text people typed (team names, reference
    // point labels), so every column but the figures themselves is written as text.
    CsvWriter writer(
        device,
        CsvColumn::fromNames(header(), {QStringLiteral("n"), QStringLiteral("value"),
                                        QStringLiteral("ci_lower"), QStringLiteral("ci_upper")}));
    writer.writeHeader();
    for (const auto &row : rows(data))
        writer.writeRow(row);
    return writer.ok();
}
