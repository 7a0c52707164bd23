#pragma once

#include <QDate>
#include <QHash>
#include <QStringList>

#include <optional>

class InstrumentCatalogue;

// The one definition of a follow-up questionnaire that is owed, shared by the Practice Report's
// "follow-ups overdue" figure and the follow-up list on the Family measures page, so the two can
// never disagree: a family, respondent and instrument with a T1 and no T2, overdue from the day
// after the T1 plus the interval. Only instruments whose definition says they are repeated
// ("follow_up") are ever owed a T2; the interval is the organisation's (ReportSettings::
// followUpWeeks) when it has set one, otherwise the instrument's own "after_weeks".
class FollowUpRule {
public:
    FollowUpRule(const InstrumentCatalogue &catalogue, std::optional<int> organisationWeeks);

    // The instruments that are repeated, sorted.
    QStringList repeatedInstruments() const;
    // nullopt for an instrument given once only.
    std::optional<int> weeksFor(const QString &instrumentId) const;
    // When the T2 falls due; an invalid date for an instrument given once only.
    QDate dueDate(const QString &instrumentId, const QDate &t1) const;
    static bool isOverdue(const QDate &dueDate, const QDate &asOf) {
        return dueDate.isValid() && asOf > dueDate;
    }

private:
    QHash<QString, int> m_weeks;
};
