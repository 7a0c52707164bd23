#pragma once

#include "DemoPlanState.h"
#include "DemoPlanner.h"

// Plans the people of the demo: services and teams, the evaluators, coaches and managers, the
// staff with their joiners, leavers and team moves, and their MI, MSW and coaching.
class DemoStaffPlanner {
public:
    DemoStaffPlanner(DemoPlanState &state, const DemoPlanner::Parameters &parameters)
        : m_state(state)
        , m_parameters(parameters) {}

    void makeServicesAndTeams();
    void makeUsers();
    void makeStaff();
    void makeTraining();

private:
    int addPractitioner(int team, const QString &role, const QString &employment,
                        const QDate &joinedOn);

    DemoPlanState &m_state;
    DemoPlanner::Parameters m_parameters;
};
