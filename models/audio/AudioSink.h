#pragma once

#include <QString>

#include <functional>

// Where played audio goes. The engine hands a sink a pull function and the sink takes frames at
// its own pace, so the sink's consumption is the audio clock. Implementations: DeviceAudioSink
// (the sound card via QAudioSink), WallClockSink (no sound card: consumes in real time so the
// position still moves), NullSink (tests: pulls only when asked).
class AudioSink {
public:
    // Fills interleaved float frames; returns how many, 0 when none are ready yet, -1 when the
    // stream has ended and no more will come.
    using Pull = std::function<qint64(float *out, qint64 frames)>;

    virtual ~AudioSink() = default;

    // May adjust the wished-for rate and channel count to what the output supports.
    virtual void negotiate(int *sampleRate, int *channels) const {
        Q_UNUSED(sampleRate);
        Q_UNUSED(channels);
    }
    virtual bool start(int sampleRate, int channels, Pull pull, QString *error) = 0;
    virtual void stop() = 0;
    // Playing or paused. Resuming after a seek must not replay audio buffered before it.
    virtual void setActive(bool active) = 0;
    // Frames taken from the engine but not yet heard (the output's own buffer).
    virtual qint64 latencyFrames() const { return 0; }
    // False when nothing is heard (no sound card, or the test sink).
    virtual bool isAudible() const = 0;
};
