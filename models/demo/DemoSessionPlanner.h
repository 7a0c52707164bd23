#pragma once

#include "DemoPlanState.h"

// Plans the recorded sessions and their codings: 5-6 sessions a year for each observed
// practitioner, with their families, consent refusals, the sessions with real demo audio, and
// primary, second and consensus codings with scores, evidence notes and feedback dates.
class DemoSessionPlanner {
public:
    explicit DemoSessionPlanner(DemoPlanState &state)
        : m_state(state) {}

    void makeSessions();
    void makeDemoAudioSessions();
    void sortAndNumberRecordings();
    void makeCodings();

private:
    int familyFor(int practitioner, int team, const QDate &date);
    DemoPlan::Recording newRecording(int practitioner, int team, const QDate &date);
    int otherEvaluator(int besides);
    DemoPlan::Coding codeSession(const DemoPlan::Recording &recording, int coder,
                                 const QList<double> &truth, const QString &role, bool final,
                                 const QDate &codedOn);
    void addNotes(DemoPlan::Coding &coding, int count);
    void addClipNotes(DemoPlan::Coding &coding, const DemoAudio::Clip &clip, qint64 untilMs);

    DemoPlanState &m_state;
};
