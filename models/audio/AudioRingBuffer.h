#pragma once

#include <QtGlobal>

#include <condition_variable>
#include <mutex>
#include <vector>

// The hand-over between the decode thread (producer) and the audio sink (consumer), and the
// audio clock: the position is the source time of the last frame the sink has taken, i.e.
// where the listener is. reset() starts a new "generation" (after a seek or a speed change);
// writes from an older generation are dropped, so stale audio is never heard.
class AudioRingBuffer {
public:
    void configure(int channels, qint64 capacityFrames);
    int channels() const { return m_channels; }

    // Clears the buffer; the next frames read are at baseFrame (source frames at the output
    // rate), each output frame advancing the source by speed. Returns the new generation.
    quint64 reset(double baseFrame, double speed);
    quint64 generation() const;

    // Producer side.
    qint64 freeFrames() const;
    qint64 write(const float *frames, qint64 count, quint64 generation);
    void markEnded(quint64 generation);
    // Waits until at least frames are free, the generation changes, wake() or the timeout.
    void waitForSpace(qint64 frames, int timeoutMs, quint64 generation);
    void wake();

    // Consumer side: takes up to count frames, never blocks.
    qint64 read(float *out, qint64 count);
    qint64 availableFrames() const;
    // True once the producer has marked the end and every frame has been taken.
    bool drained() const;

    // Source position (at the output rate) of the next frame the consumer will take.
    double sourcePositionFrames() const;
    double speed() const;

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_spaceOrChange;
    std::vector<float> m_data;
    int m_channels = 1;
    qint64 m_capacity = 0;
    qint64 m_readIndex = 0; // frames, monotonic within a generation
    qint64 m_writeIndex = 0;
    quint64 m_generation = 0;
    bool m_ended = false;
    double m_baseFrame = 0;
    double m_speed = 1.0;
};
