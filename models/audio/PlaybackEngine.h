#pragma once

#include "AudioProbe.h"
#include "AudioRingBuffer.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

class AudioDecoder;
class AudioSink;
class NullSink;

// Plays one recording: a decode thread feeds Rubber Band (pitch-preserving speed, real-time
// mode) and a ring buffer, from which the sink pulls. The sink's consumption is the audio clock
// and the only source of truth for the position. At exactly 1× Rubber Band is bypassed, so
// normal-speed playback is bit-exact and cheap. Without a sound card the engine keeps working on
// a wall-clock sink and says so through outputMessage().
class PlaybackEngine : public QObject {
    Q_OBJECT

public:
    enum class Output {
        Device, // the sound card, or the wall clock when there is none
        Null    // tests: nothing is taken until nullSink()->pull() asks
    };
    static constexpr double MinSpeed = 0.5;
    static constexpr double MaxSpeed = 2.0;
    static constexpr double SpeedStep = 0.05;

    explicit PlaybackEngine(Output output = Output::Device, QObject *parent = nullptr);
    ~PlaybackEngine() override;

    // The folder of the waveform cache, whose seek index open() uses (the default cache unless
    // told otherwise; tests use a temporary folder).
    void setCacheDirectory(const QString &directory) { m_cacheDirectory = directory; }
    bool open(const QString &path, QString *error);
    void close();
    bool isOpen() const { return m_open; }
    const AudioFileInfo &info() const { return m_info; }

    qint64 durationMs() const { return m_info.durationMs; }
    qint64 positionMs() const;
    bool isPlaying() const { return m_playing; }
    bool atEnd() const;

    void play();
    void pause();
    void seek(qint64 ms);

    double speed() const { return m_speed; }
    // Clamped to 0.5–2.0 and snapped to the 0.05 grid.
    void setSpeed(double speed);
    static double snapSpeed(double speed);

    double volume() const { return m_volume; }
    void setVolume(double volume);
    bool isMuted() const { return m_muted; }
    void setMuted(bool muted);

    // A–B loop: playing past B jumps back to A. -1, -1 clears it.
    void setLoop(qint64 startMs, qint64 endMs);
    qint64 loopStartMs() const { return m_loopStart; }
    qint64 loopEndMs() const { return m_loopEnd; }

    // False when nothing is heard (no sound card, or tests). outputMessage() then says why.
    bool hasAudioOutput() const;
    QString outputMessage() const { return m_outputMessage; }

    NullSink *nullSink() const;
    int outputRate() const { return m_rate; }
    int outputChannels() const { return m_channels; }

signals:
    void positionChanged(qint64 ms);
    void durationChanged(qint64 ms);
    void playingChanged(bool playing);
    void speedChanged(double speed);
    void volumeChanged(double volume, bool muted);
    void loopChanged(qint64 startMs, qint64 endMs);
    void finished();
    void outputMessageChanged(const QString &message);

private:
    void decodeLoop(AudioDecoder &decoder);
    void restartAt(qint64 ms);
    qint64 pullFrames(float *out, qint64 frames);
    void tick();
    void useWallClock(const QString &reason);
    void stopThread();
    bool startSink(QString *error);

    Output m_output;
    QString m_cacheDirectory;
    std::unique_ptr<AudioSink> m_sink;
    AudioRingBuffer m_ring;
    AudioFileInfo m_info;
    bool m_open = false;
    int m_rate = 0;
    int m_channels = 0;
    std::atomic_bool m_playing{false};
    std::atomic<float> m_gain{1.0f};
    double m_speed = 1.0;
    double m_volume = 1.0;
    bool m_muted = false;
    qint64 m_loopStart = -1;
    qint64 m_loopEnd = -1;
    qint64 m_lastEmitted = -1;
    QString m_outputMessage;
    QTimer m_tick;

    // Commands for the decode thread: a new generation means "seek to m_targetMs at m_speed".
    std::thread m_thread;
    std::atomic_bool m_quit{false};
    std::mutex m_commandMutex;
    quint64 m_commandGeneration = 0;
    qint64 m_targetMs = 0;
    double m_commandSpeed = 1.0;
};
