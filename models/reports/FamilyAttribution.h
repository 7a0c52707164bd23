#pragma once

#include "storage/ReportQueries.h"

#include <QDate>
#include <QHash>

#include <optional>
#include <vector>

// Attributes each family questionnaire to one session, and so to one team and practitioner:
// the family's latest session on or before the day the form was given (the session it
// followed), or, when the form came before any session, the family's first session. A family
// seen by two teams is then counted once, by the team that was working with it at the time,
// rather than by every team that ever recorded with it.
class FamilyAttribution {
public:
    // sessions ordered by family, then date (as ReportQueries::familySessions gives them).
    explicit FamilyAttribution(std::vector<FamilySession> sessions);

    // nullopt when the family has no recorded session at all.
    std::optional<FamilySession> sessionFor(qint64 familyId, const QDate &day) const;

    // Whether a session falls within a report's filter (service, teams or one practitioner).
    static bool matches(const ReportFilter &filter, const FamilySession &session);

private:
    std::vector<FamilySession> m_sessions;
    QHash<qint64, std::pair<size_t, size_t>> m_rangeOf; // family -> [begin, end) in m_sessions
};
