#pragma once

#include "AudioProbe.h"
#include "FfmpegInput.h"

#include <QString>

#include <vector>

struct SwrContext;

// Streams a recording as interleaved float samples at a chosen rate and channel count, for the
// playback engine's decode thread. Seeks are sample-accurate: after FFmpeg's (keyframe) seek it
// decodes forward and drops samples up to the exact target. Never holds more than one decoded
// frame, so a 2-hour file costs the same memory as a 2-minute one.
class AudioDecoder {
public:
    AudioDecoder();
    ~AudioDecoder();
    AudioDecoder(const AudioDecoder &) = delete;
    AudioDecoder &operator=(const AudioDecoder &) = delete;

    bool open(const QString &path, int outputRate, int outputChannels, QString *error);
    void close();
    bool isOpen() const { return m_input.isOpen(); }

    int outputRate() const { return m_rate; }
    int outputChannels() const { return m_channels; }
    qint64 durationMs() const { return m_input.durationMs(); }
    FfmpegInput &input() { return m_input; }

    // Fills up to frames frames; returns how many were written, 0 at the end of the readable
    // audio (including where a damaged or truncated file breaks).
    qint64 read(float *out, qint64 frames);
    // The position, in output frames, of the next frame read() returns.
    qint64 positionFrames() const { return m_position; }
    bool seek(qint64 ms);

private:
    bool decodeMore();
    bool configureResampler();

    FfmpegInput m_input;
    SwrContext *m_swr = nullptr;
    int m_swrFormat = -1;
    int m_swrRate = 0;
    int m_swrChannels = 0;
    int m_rate = 0;
    int m_channels = 0;
    std::vector<float> m_pending; // converted samples not yet handed out
    size_t m_pendingOffset = 0;   // in samples
    qint64 m_position = 0;
    qint64 m_dropFrames = 0; // still to drop after a seek to reach the exact target
    qint64 m_seekTarget = -1;
    bool m_ended = false;
};
