#pragma once

#include "DemoPlanState.h"

// Plans the families' questionnaires: working alliance, SCORE-15 and observer ratings at T1,
// some followed up at T2, with engagement that rises with the practitioner's skill.
class DemoMeasuresPlanner {
public:
    explicit DemoMeasuresPlanner(DemoPlanState &state)
        : m_state(state) {}

    void makeMeasures();

private:
    DemoPlan::Administration administration(int family, const QString &respondent,
                                            const QString &instrument, const QString &timepoint,
                                            const QDate &on);

    DemoPlanState &m_state;
};
