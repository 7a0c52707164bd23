#pragma once

#include "DemoAudio.h"
#include "DemoPlan.h"
#include "DemoPlanState.h"

#include <QDate>
#include <QList>

// Decides the whole demo data set in memory, following DOMAIN.md §7: staff with team moves,
// leavers and joiners, MI/MSW/coaching cohorts, 5-6 coded sessions a year each, about a fifth
// double-coded, skill levels that rise with coaching and differ between teams, consent
// refusals, feedback dates and family measures. Everything comes from one seeded DemoRandom,
// so one seed and end date always give the same plan. The stages are planned by
// DemoStaffPlanner, DemoSessionPlanner and DemoMeasuresPlanner, in that order, sharing one
// DemoPlanState.
class DemoPlanner {
public:
    struct Parameters {
        int years = 3;
        int services = 1;
        int initialStaff = 64; // in post at the start
        int joiners = 6;
        int leavers = 7;
        int movers = 5;
        int evaluators = 3;
        int coaches = 1;
        int managers = 1;
    };

    static Parameters serviceSize();
    static Parameters decadeSize();

    DemoPlanner(const Parameters &parameters, quint32 seed, const QDate &endDate,
                const QList<DemoAudio::Clip> &clips);

    DemoPlan::Data plan();

    // The skills of coding scheme v1, in the order scores are generated.
    static QStringList skills();

private:
    Parameters m_parameters;
    DemoPlanState m_state;
};
