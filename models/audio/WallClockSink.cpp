#include "WallClockSink.h"

WallClockSink::WallClockSink(QObject *parent)
    : QObject(parent) {
    m_timer.setInterval(10);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &WallClockSink::tick);
}

bool WallClockSink::start(int sampleRate, int channels, Pull pull, QString *error) {
    Q_UNUSED(error);
    m_rate = sampleRate;
    m_channels = channels;
    m_pull = std::move(pull);
    return true;
}

void WallClockSink::stop() {
    m_timer.stop();
    m_pull = nullptr;
}

void WallClockSink::setActive(bool active) {
    if (active == m_timer.isActive())
        return;
    if (active) {
        m_taken = 0;
        m_clock.start();
        m_timer.start();
    } else {
        m_timer.stop();
    }
}

void WallClockSink::tick() {
    if (!m_pull || m_rate <= 0)
        return;
    qint64 due = m_clock.nsecsElapsed() * m_rate / 1000000000 - m_taken;
    // After a stall (decode starved, machine busy) do not race to catch up.
    if (due > m_rate / 5) {
        m_taken += due - m_rate / 50;
        due = m_rate / 50;
    }
    while (due > 0) {
        const qint64 block = std::min<qint64>(due, 4096);
        m_scratch.resize(static_cast<size_t>(block * m_channels));
        const qint64 n = m_pull(m_scratch.data(), block);
        if (n <= 0) {
            // Nothing ready: the clock waits for the audio rather than running ahead of it.
            m_taken += due;
            return;
        }
        m_taken += n;
        due -= n;
    }
}
