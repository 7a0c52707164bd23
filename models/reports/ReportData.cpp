#include "ReportData.h"

#include <QLocale>

QString ReportData::title() const {
    if (spec.scope == ReportSpec::Scope::Practitioner)
        return tr("Practice feedback report");
    return tr("Practice Report");
}

QString ReportData::incompleteText() const {
    return incompleteText(tr("period"), spec.period.to(), periodEnded(), draftsOutstanding);
}

QString ReportData::incompleteTrendNote() const {
    QStringList quarters;
    for (const TrendPoint &point : trend) {
        if (!point.incomplete.isEmpty())
            quarters.append(tr("%1 %2.").arg(point.quarter.key(), point.incomplete));
    }
    if (quarters.isEmpty())
        return {};
    return quarters.join(QLatin1Char(' ')) +
           tr(" Figures for an incomplete quarter are not shown until it is complete, so a part "
              "quarter is not read as a change.");
}

QString ReportData::incompleteText(const QString &what, const QDate &end, bool ended, int drafts) {
    if (ended && drafts <= 0)
        return {};
    QStringList parts;
    if (!ended) {
        parts.append(tr("%1 ends %2")
                         .arg(what, QLocale(QLocale::English, QLocale::UnitedKingdom)
                                        .toString(end, QStringLiteral("d MMM yyyy"))));
    }
    if (drafts > 0)
        parts.append(drafts == 1 ? tr("1 draft outstanding")
                                 : tr("%1 drafts outstanding").arg(drafts));
    return tr("Incomplete: %1").arg(parts.join(QStringLiteral("; ")));
}

QString ReportData::reasonFor(const Figure &figure) const {
    if (!figure.suppressed)
        return figure.withheldReason;
    return figure.withheldReason.isEmpty() ? suppressedText() : figure.withheldReason;
}

QString ReportData::reasonForPairs(int n) const {
    return isSuppressedPairs(n) ? tr("fewer than %1 double-coded pairs").arg(suppressionThreshold)
                                : QString();
}

QString ReportData::followUpsOverdueLabel() const {
    return tr("T2 follow-ups overdue (family members with a T1 of a repeated questionnaire, no T2, "
              "and more than %1 weeks since the T1)")
        .arg(followUpWeeks);
}

QString ReportData::practitionerTerms() {
    return tr("A practitioner is active in a period when they were in one of the report's teams "
              "on at least one day of it; observed when they were active and had at least one "
              "session in the period with a final coding.");
}

QString ReportData::activeAtEndLabel() const {
    return tr("Practitioners still active on %1")
        .arg(QLocale(QLocale::English, QLocale::UnitedKingdom)
                 .toString(asOf, QStringLiteral("d MMMM yyyy")));
}
