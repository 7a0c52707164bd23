#include "DemoPlanState.h"

#include <QTime>

using namespace DemoPlan;

namespace {

// Training effects on the 1-5 scale, after DOMAIN.md §2: about 2.64 untrained, 2.97 after MI,
// 3.11 and rising with MSW and coaching.
constexpr double miEffect = 0.30;
constexpr double mswEffect = 0.30;
constexpr double coachingEffect = 0.22;

} // namespace

QDateTime DemoPlanState::timeOn(const QDate &date, int earliestMinute, int latestMinute) {
    const int minute = random.between(earliestMinute, latestMinute);
    return QDateTime(date, QTime(minute / 60, minute % 60, random.between(0, 59)), Qt::UTC);
}

int DemoPlanState::teamOn(const Practitioner &practitioner, const QDate &date) {
    for (const Membership &m : practitioner.memberships) {
        if (m.from <= date && (!m.to.isValid() || date <= m.to))
            return m.team;
    }
    return -1;
}

double DemoPlanState::levelOn(int practitioner, int team, const QDate &date) const {
    const Practitioner &p = data.practitioners.at(practitioner);
    double mi = p.miCompleted.isValid() && p.miCompleted <= date ? miEffect : 0.0;
    double msw = 0.0;
    if (p.mswStarted.isValid() && p.mswStarted <= date)
        msw = mswEffect * std::min(1.0, p.mswStarted.daysTo(date) / 70.0);
    // Coaching keeps improving practice for about a year, then levels off.
    if (p.coachingStarted.isValid() && p.coachingStarted <= date)
        msw += coachingEffect * std::min(1.0, p.coachingStarted.daysTo(date) / 300.0);
    return p.baseline + data.teams.at(team).effect + std::max(mi, msw);
}
