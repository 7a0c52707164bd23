#pragma once

#include "DemoAudio.h"
#include "DemoPlan.h"
#include "DemoRandom.h"

#include <QDate>
#include <QHash>
#include <QList>

// Decides the whole demo data set in memory, following DOMAIN.md §7: staff with team moves,
// leavers and joiners, MI/MSW/coaching cohorts, 5-6 coded sessions a year each, about a fifth
// double-coded, skill levels that rise with coaching and differ between teams, consent
// refusals, feedback dates and family measures. Everything comes from one seeded DemoRandom,
// so one seed and end date always give the same plan.
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
    void makeServicesAndTeams();
    void makeUsers();
    void makeStaff();
    void makeTraining();
    void makeSessions();
    void makeDemoAudioSessions();
    void sortAndNumberRecordings();
    void makeCodings();
    void makeMeasures();

    int addPractitioner(int team, const QString &role, const QString &employment,
                        const QDate &joinedOn);
    int teamOn(const DemoPlan::Practitioner &practitioner, const QDate &date) const;
    double levelOn(int practitioner, int team, const QDate &date) const;
    int familyFor(int practitioner, int team, const QDate &date);
    DemoPlan::Recording newRecording(int practitioner, int team, const QDate &date);
    QDateTime timeOn(const QDate &date, int earliestMinute, int latestMinute);
    int otherEvaluator(int besides);
    DemoPlan::Coding codeSession(const DemoPlan::Recording &recording, int coder,
                                 const QList<double> &truth, const QString &role, bool final,
                                 const QDate &codedOn);
    void addNotes(DemoPlan::Coding &coding, int count);
    void addClipNotes(DemoPlan::Coding &coding, const DemoAudio::Clip &clip, qint64 untilMs);
    DemoPlan::Administration administration(int family, const QString &respondent,
                                            const QString &instrument, const QString &timepoint,
                                            const QDate &on);

    Parameters m_parameters;
    DemoRandom m_random;
    QDate m_start;
    QDate m_end;
    QList<DemoAudio::Clip> m_clips;
    QList<int> m_evaluators; // user indexes
    QList<QDate> m_cohorts;  // MSW cohort start dates
    // Per practitioner: families seen recently, as (family index, last seen).
    QList<QList<QPair<int, QDate>>> m_caseloads;
    QHash<int, int> m_familyCounters; // year -> last number used
    DemoPlan::Data m_data;
};
