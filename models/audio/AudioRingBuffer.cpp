#include "AudioRingBuffer.h"

#include <algorithm>
#include <chrono>
#include <cstring>

void AudioRingBuffer::configure(int channels, qint64 capacityFrames) {
    std::lock_guard lock(m_mutex);
    m_channels = std::max(1, channels);
    m_capacity = std::max<qint64>(64, capacityFrames);
    m_data.assign(static_cast<size_t>(m_capacity * m_channels), 0.0f);
    m_readIndex = m_writeIndex = 0;
    m_ended = false;
}

quint64 AudioRingBuffer::reset(double baseFrame, double speed) {
    quint64 generation = 0;
    {
        std::lock_guard lock(m_mutex);
        m_readIndex = m_writeIndex = 0;
        m_ended = false;
        m_baseFrame = baseFrame;
        m_speed = speed;
        generation = ++m_generation;
    }
    m_spaceOrChange.notify_all();
    return generation;
}

quint64 AudioRingBuffer::generation() const {
    std::lock_guard lock(m_mutex);
    return m_generation;
}

qint64 AudioRingBuffer::freeFrames() const {
    std::lock_guard lock(m_mutex);
    return m_capacity - (m_writeIndex - m_readIndex);
}

qint64 AudioRingBuffer::write(const float *frames, qint64 count, quint64 generation) {
    std::lock_guard lock(m_mutex);
    if (generation != m_generation || m_ended)
        return 0;
    const qint64 n = std::min(count, m_capacity - (m_writeIndex - m_readIndex));
    for (qint64 done = 0; done < n;) {
        const qint64 at = (m_writeIndex + done) % m_capacity;
        const qint64 run = std::min(n - done, m_capacity - at);
        std::memcpy(m_data.data() + at * m_channels, frames + done * m_channels,
                    static_cast<size_t>(run * m_channels) * sizeof(float));
        done += run;
    }
    m_writeIndex += n;
    return n;
}

void AudioRingBuffer::markEnded(quint64 generation) {
    std::lock_guard lock(m_mutex);
    if (generation == m_generation)
        m_ended = true;
}

void AudioRingBuffer::waitForSpace(qint64 frames, int timeoutMs, quint64 generation) {
    std::unique_lock lock(m_mutex);
    m_spaceOrChange.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] {
        return generation != m_generation ||
               m_capacity - (m_writeIndex - m_readIndex) >= std::min(frames, m_capacity);
    });
}

void AudioRingBuffer::wake() {
    {
        // Taking the lock orders the wake after any state change the waker made.
        std::lock_guard lock(m_mutex);
    }
    m_spaceOrChange.notify_all();
}

qint64 AudioRingBuffer::read(float *out, qint64 count) {
    qint64 n = 0;
    {
        std::lock_guard lock(m_mutex);
        n = std::min(count, m_writeIndex - m_readIndex);
        for (qint64 done = 0; done < n;) {
            const qint64 at = (m_readIndex + done) % m_capacity;
            const qint64 run = std::min(n - done, m_capacity - at);
            std::memcpy(out + done * m_channels, m_data.data() + at * m_channels,
                        static_cast<size_t>(run * m_channels) * sizeof(float));
            done += run;
        }
        m_readIndex += n;
    }
    if (n > 0)
        m_spaceOrChange.notify_all();
    return n;
}

qint64 AudioRingBuffer::availableFrames() const {
    std::lock_guard lock(m_mutex);
    return m_writeIndex - m_readIndex;
}

bool AudioRingBuffer::drained() const {
    std::lock_guard lock(m_mutex);
    return m_ended && m_writeIndex == m_readIndex;
}

double AudioRingBuffer::sourcePositionFrames() const {
    std::lock_guard lock(m_mutex);
    return m_baseFrame + static_cast<double>(m_readIndex) * m_speed;
}

double AudioRingBuffer::speed() const {
    std::lock_guard lock(m_mutex);
    return m_speed;
}
