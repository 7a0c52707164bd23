#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// The period a report covers: a calendar quarter ("2025-Q3") or an inclusive date range.
// Recordings are placed in a period by the date the session was recorded.
class ReportPeriod {
    Q_DECLARE_TR_FUNCTIONS(ReportPeriod)

public:
    ReportPeriod() = default;

    static ReportPeriod ofQuarter(int year, int quarter);
    static ReportPeriod quarterContaining(const QDate &date);
    // Parses "YYYY-Qn"; nullopt with *error set (e.g. "'2025-Q5' is not a quarter like
    // 2025-Q3") when it is not one.
    static std::optional<ReportPeriod> parseQuarter(const QString &text, QString *error);
    // Parses two ISO dates (YYYY-MM-DD); refuses bad dates and an empty range (to before from).
    static std::optional<ReportPeriod> parseRange(const QString &from, const QString &to,
                                                  QString *error);
    static std::optional<ReportPeriod> range(const QDate &from, const QDate &to, QString *error);
    static QDate parseDate(const QString &text);

    bool isValid() const { return m_from.isValid() && m_to.isValid() && m_from <= m_to; }
    bool isQuarter() const { return m_quarter > 0; }
    // True when the period starts on the first day of a calendar quarter and ends on the last
    // day of one: the only periods a service or team report may cover (docs/privacy.md).
    bool isWholeQuarters() const;
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    int year() const { return m_year; }
    int quarter() const { return m_quarter; }

    // "2025-Q3", or "2025-01-01 to 2025-03-31": short and stable, used in CSV.
    QString key() const;
    // "July to September 2025 (2025-Q3)" or "1 January 2025 to 31 March 2025", for people.
    QString label() const;
    // The quarter before; for a range of whole quarters the same number of quarters just before
    // it; for any other date range the same number of days just before it.
    ReportPeriod previous() const;
    // The n quarters ending with the quarter that holds to(), oldest first.
    QList<ReportPeriod> trailingQuarters(int n) const;

    bool operator==(const ReportPeriod &other) const {
        return m_from == other.m_from && m_to == other.m_to;
    }

private:
    QDate m_from;
    QDate m_to;
    int m_year = 0;
    int m_quarter = 0;
};
