#pragma once

#include "AudioSink.h"

// A sink that plays nothing and takes frames only when a test asks, so tests can check exactly
// what the engine would have sent to the sound card (frequency, length, seek position).
class NullSink : public AudioSink {
public:
    bool start(int sampleRate, int channels, Pull pull, QString *error) override;
    void stop() override;
    void setActive(bool active) override { m_active = active; }
    bool isAudible() const override { return false; }

    int sampleRate() const { return m_rate; }
    int channels() const { return m_channels; }
    // Takes up to frames frames, waiting (at most timeoutMs) for the decode thread to make them.
    // Returns the number taken, or -1 when the stream has ended and nothing more will come.
    qint64 pull(float *out, qint64 frames, int timeoutMs = 5000);

private:
    Pull m_pull;
    int m_rate = 0;
    int m_channels = 0;
    bool m_active = false;
};
