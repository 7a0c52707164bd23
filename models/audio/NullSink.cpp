#include "NullSink.h"

#include <QDeadlineTimer>
#include <QThread>

bool NullSink::start(int sampleRate, int channels, Pull pull, QString *error) {
    Q_UNUSED(error);
    m_rate = sampleRate;
    m_channels = channels;
    m_pull = std::move(pull);
    return true;
}

void NullSink::stop() {
    m_pull = nullptr;
    m_active = false;
}

qint64 NullSink::pull(float *out, qint64 frames, int timeoutMs) {
    if (!m_pull)
        return -1;
    const QDeadlineTimer deadline(timeoutMs);
    qint64 taken = 0;
    while (taken < frames) {
        const qint64 n = m_pull(out + taken * m_channels, frames - taken);
        if (n < 0)
            return taken > 0 ? taken : -1;
        taken += n;
        if (taken < frames) {
            if (deadline.hasExpired())
                break;
            QThread::usleep(200);
        }
    }
    return taken;
}
