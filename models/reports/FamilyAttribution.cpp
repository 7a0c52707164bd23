#include "FamilyAttribution.h"

FamilyAttribution::FamilyAttribution(std::vector<FamilySession> sessions)
    : m_sessions(std::move(sessions)) {
    for (size_t i = 0; i < m_sessions.size(); ++i) {
        auto it = m_rangeOf.find(m_sessions[i].familyId);
        if (it == m_rangeOf.end())
            m_rangeOf.insert(m_sessions[i].familyId, {i, i + 1});
        else
            it->second = i + 1;
    }
}

std::optional<FamilySession> FamilyAttribution::sessionFor(qint64 familyId,
                                                           const QDate &day) const {
    const auto it = m_rangeOf.constFind(familyId);
    if (it == m_rangeOf.cend())
        return std::nullopt;
    const auto [begin, end] = it.value();
    std::optional<FamilySession> found = m_sessions[begin];
    for (size_t i = begin; i < end && m_sessions[i].recordedOn <= day; ++i)
        found = m_sessions[i];
    return found;
}

bool FamilyAttribution::matches(const ReportFilter &filter, const FamilySession &session) {
    if (filter.practitionerId != 0)
        return session.practitionerId == filter.practitionerId;
    return filter.teamIds.isEmpty() || filter.teamIds.contains(session.teamId);
}
