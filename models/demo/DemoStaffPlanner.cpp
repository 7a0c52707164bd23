#include "DemoStaffPlanner.h"

#include "DemoNames.h"

#include <QSet>

using namespace DemoPlan;

void DemoStaffPlanner::makeServicesAndTeams() {
    const QStringList areas = DemoNames::areas();
    const auto templates = DemoNames::serviceTeams();
    // Team effects are spread evenly and then shuffled, so teams always differ visibly.
    const int teamCount = m_parameters.services * static_cast<int>(templates.size());
    QList<double> effects;
    for (int i = 0; i < teamCount; ++i)
        effects.append(teamCount == 1 ? 0.0 : -0.25 + 0.5 * i / (teamCount - 1));
    m_state.random.shuffle(effects);
    for (int s = 0; s < m_parameters.services; ++s) {
        const QString area = areas.at(s % areas.size());
        m_state.data.services.append({area + QStringLiteral(" Children's Services")});
        for (const auto &t : templates) {
            Team team;
            team.service = s;
            team.name = m_parameters.services == 1 ? t.name : area + QLatin1Char(' ') + t.name;
            team.kind = t.kind;
            team.effect = effects.at(m_state.data.teams.size());
            m_state.data.teams.append(team);
        }
    }
}

void DemoStaffPlanner::makeUsers() {
    const auto templates =
        DemoNames::users(m_parameters.evaluators, m_parameters.coaches, m_parameters.managers);
    for (const auto &t : templates) {
        User user{t.username, t.displayName, t.role, 0.0};
        if (t.role == QLatin1String("evaluator")) {
            user.bias = m_state.random.normal(0.0, 0.12);
            m_state.evaluators.append(static_cast<int>(m_state.data.users.size()));
        }
        m_state.data.users.append(user);
    }
}

int DemoStaffPlanner::addPractitioner(int team, const QString &role, const QString &employment,
                                      const QDate &joinedOn) {
    static const QStringList first = DemoNames::firstNames();
    static const QStringList last = DemoNames::surnames();
    QSet<QString> taken;
    for (const auto &p : std::as_const(m_state.data.practitioners))
        taken.insert(p.displayName);
    Practitioner p;
    p.code =
        QStringLiteral("P%1").arg(m_state.data.practitioners.size() + 1, 4, 10, QLatin1Char('0'));
    for (int attempt = 0; attempt < 50; ++attempt) {
        p.displayName = m_state.random.pick(first) + QLatin1Char(' ') + m_state.random.pick(last);
        if (!taken.contains(p.displayName))
            break;
    }
    p.role = role;
    p.employment = employment;
    p.joinedOn = joinedOn;
    p.memberships.append({team, joinedOn, QDate()});
    p.baseline = std::clamp(m_state.random.normal(2.64, 0.22) -
                                (employment == QLatin1String("agency") ? 0.1 : 0.0),
                            1.9, 3.4);
    // Team managers hold no cases of their own, and a few workers never facilitate a
    // recording: the coverage gap the service needs to see (DOMAIN.md §4).
    p.observed = role != QLatin1String("team_manager") && m_state.random.chance(0.96);
    m_state.data.practitioners.append(p);
    m_state.caseloads.append(QList<QPair<int, QDate>>());
    return static_cast<int>(m_state.data.practitioners.size()) - 1;
}

void DemoStaffPlanner::makeStaff() {
    const int teamCount = static_cast<int>(m_state.data.teams.size());
    for (int n = 0; n < m_parameters.initialStaff; ++n) {
        const int team = n % teamCount;
        const int slot = n / teamCount;
        const QString kind = m_state.data.teams.at(team).kind;
        QString role = QStringLiteral("social_worker");
        if (slot == 0)
            role = QStringLiteral("team_manager");
        else if (slot == 1 || slot == 7)
            role = QStringLiteral("deputy_team_manager");
        else if (slot == 2 || slot == 3)
            role = QStringLiteral("senior_social_worker");
        else if (kind == QLatin1String("CLA") && slot == 4)
            role = QStringLiteral("supervising_social_worker");
        else if (kind == QLatin1String("CLA") && slot == 5)
            role = QStringLiteral("young_persons_adviser");
        const bool canBeAgency = role == QLatin1String("social_worker");
        const QString employment = canBeAgency && m_state.random.chance(0.22)
                                       ? QStringLiteral("agency")
                                       : QStringLiteral("permanent");
        const int daysBefore = employment == QLatin1String("agency")
                                   ? m_state.random.between(20, 300)
                                   : m_state.random.between(60, 3000);
        addPractitioner(team, role, employment, m_state.start.addDays(-daysBefore));
    }

    // Leavers and movers come from the initial social workers; agency staff leave more often.
    QList<int> candidates;
    for (int i = 0; i < m_state.data.practitioners.size(); ++i) {
        const QString role = m_state.data.practitioners.at(i).role;
        if (role == QLatin1String("social_worker") || role == QLatin1String("senior_social_worker"))
            candidates.append(i);
    }
    m_state.random.shuffle(candidates);
    // Drawn in a plain loop rather than inside std::stable_partition, whose order of calls to
    // the predicate the standard leaves open: the seed must give the same people everywhere.
    QList<int> first, rest;
    for (int i : std::as_const(candidates)) {
        const bool agency = m_state.data.practitioners.at(i).employment == QLatin1String("agency");
        (agency && m_state.random.chance(0.5) ? first : rest).append(i);
    }
    candidates = first + rest;
    const int span = static_cast<int>(m_state.start.daysTo(m_state.end));
    int next = 0;
    for (int n = 0; n < m_parameters.leavers && next < candidates.size(); ++n, ++next) {
        Practitioner &p = m_state.data.practitioners[candidates.at(next)];
        p.leftOn = m_state.start.addDays(m_state.random.between(60, span - 30));
        p.memberships.last().to = p.leftOn;
    }
    QList<int> movers = candidates.mid(next);
    // Movers are permanent staff: agency workers leave rather than move.
    movers.removeIf([this](int i) {
        return m_state.data.practitioners.at(i).employment == QLatin1String("agency");
    });
    for (int n = 0; n < m_parameters.movers && n < movers.size(); ++n) {
        Practitioner &p = m_state.data.practitioners[movers.at(n)];
        const QDate moveOn = m_state.start.addDays(m_state.random.between(90, span - 90));
        int newTeam = m_state.random.between(0, teamCount - 2);
        if (newTeam >= p.memberships.last().team)
            ++newTeam;
        p.memberships.last().to = moveOn.addDays(-1);
        p.memberships.append({newTeam, moveOn, QDate()});
    }

    for (int n = 0; n < m_parameters.joiners; ++n) {
        const int team = m_state.random.between(0, teamCount - 1);
        const QString employment =
            m_state.random.chance(0.3) ? QStringLiteral("agency") : QStringLiteral("permanent");
        const QString role = employment == QLatin1String("permanent") && m_state.random.chance(0.2)
                                 ? QStringLiteral("senior_social_worker")
                                 : QStringLiteral("social_worker");
        addPractitioner(team, role, employment,
                        m_state.start.addDays(m_state.random.between(30, span - 120)));
    }
}

void DemoStaffPlanner::makeTraining() {
    // MSW rolls out in six-monthly cohorts; in the decade the first years are the baseline.
    QDate cohort = m_state.start.addDays(m_parameters.years >= 5 ? 3 * 365 : 100);
    while (cohort <= m_state.end.addDays(-120)) {
        m_state.cohorts.append(cohort);
        cohort = cohort.addDays(182);
    }
    for (Practitioner &p : m_state.data.practitioners) {
        const bool agency = p.employment == QLatin1String("agency");
        if (m_state.random.chance(agency ? 0.1 : 0.35)) {
            const QDate earliest = std::max(p.joinedOn, m_state.start.addYears(-3));
            const QDate started = m_state.random.dateBetween(earliest, m_state.start.addDays(120));
            p.miCompleted = started.addDays(m_state.random.between(1, 4));
            p.training.append({QStringLiteral("mi"), QStringLiteral("MI %1").arg(started.year()),
                               started, p.miCompleted});
        }
        if (!m_state.random.chance(agency ? 0.15 : 0.72))
            continue;
        int index = 0;
        while (index < m_state.cohorts.size() && m_state.cohorts.at(index) < p.joinedOn.addDays(30))
            ++index;
        index += m_state.random.between(0, 2);
        if (index >= m_state.cohorts.size())
            continue;
        const QDate started = m_state.cohorts.at(index);
        if (p.leftOn.isValid() && started >= p.leftOn.addDays(-60))
            continue;
        const QDate completed = started.addDays(70);
        p.mswStarted = started;
        p.training.append({QStringLiteral("msw"), QStringLiteral("MSW cohort %1").arg(index + 1),
                           started, completed <= m_state.end ? completed : QDate()});
        if (!m_state.random.chance(0.85))
            continue;
        const QDate coachingFrom = completed.addDays(7);
        if (coachingFrom > m_state.end || (p.leftOn.isValid() && coachingFrom >= p.leftOn))
            continue;
        QDate coachingTo = coachingFrom.addDays(182);
        if (p.leftOn.isValid() && coachingTo > p.leftOn)
            coachingTo = p.leftOn;
        p.coachingStarted = coachingFrom;
        p.training.append({QStringLiteral("coaching"),
                           QStringLiteral("Coaching cohort %1").arg(index + 1), coachingFrom,
                           coachingTo <= m_state.end ? coachingTo : QDate()});
    }
}
