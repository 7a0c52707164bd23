#pragma once

#include <QtGlobal>

// Counts active coding time: the time between consecutive signs of activity (a key, a click,
// playback running), leaving out any gap longer than the idle limit (2 minutes), so a coder
// who leaves the desk is not counted as coding. Times come from a monotonic clock in ms.
class ActiveTimeTracker {
public:
    explicit ActiveTimeTracker(qint64 idleLimitMs = 2 * 60 * 1000);

    void activity(qint64 nowMs);
    // Active time gathered since the last call, for saving; resets the pending amount.
    qint64 takePending();
    qint64 totalMs() const { return m_total; }
    // Forget the last activity (e.g. when another coding is opened).
    void reset();

private:
    qint64 m_idleLimitMs;
    qint64 m_last = -1;
    qint64 m_pending = 0;
    qint64 m_total = 0;
};
