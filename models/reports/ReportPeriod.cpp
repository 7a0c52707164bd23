#include "ReportPeriod.h"

#include <QLocale>
#include <QRegularExpression>

ReportPeriod ReportPeriod::ofQuarter(int year, int quarter) {
    ReportPeriod period;
    period.m_year = year;
    period.m_quarter = quarter;
    period.m_from = QDate(year, (quarter - 1) * 3 + 1, 1);
    period.m_to = period.m_from.addMonths(3).addDays(-1);
    return period;
}

ReportPeriod ReportPeriod::quarterContaining(const QDate &date) {
    return ofQuarter(date.year(), (date.month() - 1) / 3 + 1);
}

std::optional<ReportPeriod> ReportPeriod::parseQuarter(const QString &text, QString *error) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-[Qq]([1-4])$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch()) {
        if (error)
            *error = tr("'%1' is not a quarter like 2025-Q3").arg(text);
        return std::nullopt;
    }
    return ofQuarter(match.captured(1).toInt(), match.captured(2).toInt());
}

QDate ReportPeriod::parseDate(const QString &text) {
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!pattern.match(text.trimmed()).hasMatch())
        return {};
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}

std::optional<ReportPeriod> ReportPeriod::parseRange(const QString &from, const QString &to,
                                                     QString *error) {
    const QDate start = parseDate(from);
    if (!start.isValid()) {
        if (error)
            *error = tr("'%1' is not a date like 2025-01-31").arg(from);
        return std::nullopt;
    }
    const QDate end = parseDate(to);
    if (!end.isValid()) {
        if (error)
            *error = tr("'%1' is not a date like 2025-01-31").arg(to);
        return std::nullopt;
    }
    return range(start, end, error);
}

std::optional<ReportPeriod> ReportPeriod::range(const QDate &from, const QDate &to,
                                                QString *error) {
    if (!from.isValid() || !to.isValid() || to < from) {
        if (error) {
            *error = tr("the period from %1 to %2 is empty")
                         .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
        }
        return std::nullopt;
    }
    // A range that is exactly a calendar quarter is treated as that quarter.
    const ReportPeriod asQuarter = quarterContaining(from);
    if (asQuarter.from() == from && asQuarter.to() == to)
        return asQuarter;
    ReportPeriod period;
    period.m_from = from;
    period.m_to = to;
    return period;
}

QString ReportPeriod::key() const {
    if (isQuarter())
        return QStringLiteral("%1-Q%2").arg(m_year).arg(m_quarter);
    return m_from.toString(Qt::ISODate) + QStringLiteral(" to ") + m_to.toString(Qt::ISODate);
}

QString ReportPeriod::label() const {
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    if (isQuarter()) {
        return tr("%1 to %2 %3 (%4)")
            .arg(locale.monthName(m_from.month()), locale.monthName(m_to.month()))
            .arg(m_year)
            .arg(key());
    }
    return tr("%1 to %2")
        .arg(locale.toString(m_from, QStringLiteral("d MMMM yyyy")),
             locale.toString(m_to, QStringLiteral("d MMMM yyyy")));
}

bool ReportPeriod::isWholeQuarters() const {
    return isValid() && quarterContaining(m_from).from() == m_from &&
           quarterContaining(m_to).to() == m_to;
}

ReportPeriod ReportPeriod::previous() const {
    if (isQuarter())
        return m_quarter == 1 ? ofQuarter(m_year - 1, 4) : ofQuarter(m_year, m_quarter - 1);
    if (isWholeQuarters()) {
        // Whole quarters before whole quarters, so the previous figure is made of whole cells too.
        const int months =
            int((m_to.year() - m_from.year()) * 12 + m_to.month() - m_from.month()) + 1;
        ReportPeriod period;
        period.m_from = m_from.addMonths(-months);
        period.m_to = m_from.addDays(-1);
        return period;
    }
    const qint64 days = m_from.daysTo(m_to) + 1;
    ReportPeriod period;
    period.m_to = m_from.addDays(-1);
    period.m_from = period.m_to.addDays(-(days - 1));
    return period;
}

QList<ReportPeriod> ReportPeriod::trailingQuarters(int n) const {
    QList<ReportPeriod> quarters;
    ReportPeriod quarter = quarterContaining(m_to);
    for (int i = 0; i < n; ++i) {
        quarters.prepend(quarter);
        quarter = quarter.previous();
    }
    return quarters;
}
