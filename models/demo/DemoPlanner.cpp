#include "DemoPlanner.h"

#include "DemoMeasuresPlanner.h"
#include "DemoSessionPlanner.h"
#include "DemoStaffPlanner.h"

using namespace DemoPlan;

DemoPlanner::Parameters DemoPlanner::serviceSize() {
    return {};
}

DemoPlanner::Parameters DemoPlanner::decadeSize() {
    Parameters p;
    p.years = 10;
    // A large authority: six services of seven teams. Few joiners and leavers, so that about
    // 600 people give about 36,000 codings over the ten years (DOMAIN.md §7).
    p.services = 6;
    p.initialStaff = 620;
    p.joiners = 10;
    p.leavers = 25;
    p.movers = 40;
    p.evaluators = 12;
    p.coaches = 4;
    p.managers = 4;
    return p;
}

QStringList DemoPlanner::skills() {
    return {QStringLiteral("evocation"),      QStringLiteral("empathy"),
            QStringLiteral("collaboration"),  QStringLiteral("autonomy"),
            QStringLiteral("purposefulness"), QStringLiteral("clarity_about_concerns"),
            QStringLiteral("child_focus")};
}

DemoPlanner::DemoPlanner(const Parameters &parameters, quint32 seed, const QDate &endDate,
                         const QList<DemoAudio::Clip> &clips)
    : m_parameters(parameters)
    , m_state(seed, endDate.addYears(-parameters.years).addDays(1), endDate, clips) {}

Data DemoPlanner::plan() {
    // The order matters: each stage draws from the one DemoRandom in turn.
    DemoStaffPlanner staff(m_state, m_parameters);
    staff.makeServicesAndTeams();
    staff.makeUsers();
    staff.makeStaff();
    staff.makeTraining();
    DemoSessionPlanner sessions(m_state);
    sessions.makeSessions();
    sessions.makeDemoAudioSessions();
    sessions.sortAndNumberRecordings();
    sessions.makeCodings();
    DemoMeasuresPlanner(m_state).makeMeasures();
    return std::move(m_state.data);
}
