#pragma once

#include "DemoAudio.h"
#include "DemoPlan.h"
#include "DemoRandom.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>

#include <algorithm>
#include <cmath>

namespace DemoPlan {

constexpr qint64 minuteMs = 60 * 1000;

inline int clampScore(double value, int low, int high) {
    return std::clamp(static_cast<int>(std::lround(value)), low, high);
}

inline QString key(const char *text) {
    return QString::fromLatin1(text);
}

} // namespace DemoPlan

// What the demo planners share while they build one plan: the one seeded DemoRandom (every
// draw comes from it, in a fixed order, so a seed always gives the same plan), the period, the
// plan so far, and the working lists that one stage leaves for the next (evaluators, MSW
// cohorts, caseloads).
struct DemoPlanState {
    DemoPlanState(quint32 seed, const QDate &startDate, const QDate &endDate,
                  const QList<DemoAudio::Clip> &audioClips)
        : random(seed)
        , start(startDate)
        , end(endDate)
        , clips(audioClips) {}

    // A moment on that day between the two minutes of the day, to the second.
    QDateTime timeOn(const QDate &date, int earliestMinute, int latestMinute);
    // The team index the practitioner is in on that day, or -1.
    static int teamOn(const DemoPlan::Practitioner &practitioner, const QDate &date);
    // The practitioner's true skill level on that day, before any session's ups and downs.
    double levelOn(int practitioner, int team, const QDate &date) const;

    DemoRandom random;
    QDate start;
    QDate end;
    QList<DemoAudio::Clip> clips;
    QList<int> evaluators; // user indexes
    QList<QDate> cohorts;  // MSW cohort start dates
    // Per practitioner: families seen recently, as (family index, last seen).
    QList<QList<QPair<int, QDate>>> caseloads;
    QHash<int, int> familyCounters; // year -> last number used
    DemoPlan::Data data;
};
