#include "ActiveTimeTracker.h"

ActiveTimeTracker::ActiveTimeTracker(qint64 idleLimitMs)
    : m_idleLimitMs(idleLimitMs) {}

void ActiveTimeTracker::activity(qint64 nowMs) {
    if (m_last >= 0 && nowMs > m_last) {
        const qint64 gap = nowMs - m_last;
        if (gap <= m_idleLimitMs) {
            m_pending += gap;
            m_total += gap;
        }
    }
    if (nowMs > m_last)
        m_last = nowMs;
}

qint64 ActiveTimeTracker::takePending() {
    const qint64 pending = m_pending;
    m_pending = 0;
    return pending;
}

void ActiveTimeTracker::reset() {
    m_last = -1;
    m_pending = 0;
    m_total = 0;
}
