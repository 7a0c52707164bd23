#include "PlaybackEngine.h"

#include "AudioDecoder.h"
#include "DeviceAudioSink.h"
#include "NullSink.h"
#include "PeakCache.h"
#include "WallClockSink.h"

#include <rubberband/RubberBandStretcher.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

constexpr qint64 BlockFrames = 1024;

// The decode thread's stretcher: Rubber Band in real-time mode with the pitch kept. Speech
// wants clear transients and little smearing, hence the short-window, crisp options of R2,
// which also keeps a 2-core laptop comfortable.
class Stretcher {
public:
    Stretcher(int rate, int channels)
        : m_channels(channels)
        , m_rb(static_cast<size_t>(rate), static_cast<size_t>(channels),
               RubberBand::RubberBandStretcher::OptionProcessRealTime |
                   RubberBand::RubberBandStretcher::OptionEngineFaster |
                   RubberBand::RubberBandStretcher::OptionPitchHighQuality |
                   RubberBand::RubberBandStretcher::OptionChannelsTogether |
                   RubberBand::RubberBandStretcher::OptionTransientsCrisp)
        , m_in(static_cast<size_t>(channels), std::vector<float>(BlockFrames))
        , m_out(static_cast<size_t>(channels), std::vector<float>(BlockFrames)) {
        m_rb.setMaxProcessSize(BlockFrames);
    }

    // Starts afresh at a new position and speed; the start pad and start delay keep output
    // frame 0 aligned with the first source frame fed.
    void restart(double speed) {
        m_rb.reset();
        m_rb.setTimeRatio(1.0 / speed);
        m_ended = false;
        size_t pad = m_rb.getPreferredStartPad();
        for (auto &channel : m_in)
            std::fill(channel.begin(), channel.end(), 0.0f);
        while (pad > 0) {
            const size_t n = std::min<size_t>(pad, BlockFrames);
            feedPlanar(n, false);
            pad -= n;
        }
        m_discard = static_cast<qint64>(m_rb.getStartDelay());
    }

    int available() const { return m_rb.available(); }
    size_t samplesRequired() const { return m_rb.getSamplesRequired(); }
    bool ended() const { return m_ended; }

    void feedInterleaved(const float *frames, qint64 count, bool final) {
        for (qint64 i = 0; i < count; ++i)
            for (int c = 0; c < m_channels; ++c)
                m_in[static_cast<size_t>(c)][static_cast<size_t>(i)] = frames[i * m_channels + c];
        feedPlanar(static_cast<size_t>(count), final);
        if (final)
            m_ended = true;
    }

    // Retrieves up to count frames interleaved into out; returns how many are real output
    // (the start delay is dropped here).
    qint64 retrieveInterleaved(float *out, qint64 count) {
        std::vector<float *> pointers;
        for (auto &channel : m_out)
            pointers.push_back(channel.data());
        const qint64 wanted =
            std::min({count, BlockFrames, static_cast<qint64>(std::max(0, m_rb.available()))});
        const auto got =
            static_cast<qint64>(m_rb.retrieve(pointers.data(), static_cast<size_t>(wanted)));
        const qint64 skip = std::min(m_discard, got);
        m_discard -= skip;
        qint64 written = 0;
        for (qint64 i = skip; i < got; ++i, ++written)
            for (int c = 0; c < m_channels; ++c)
                out[written * m_channels + c] =
                    m_out[static_cast<size_t>(c)][static_cast<size_t>(i)];
        return written;
    }

private:
    void feedPlanar(size_t count, bool final) {
        std::vector<const float *> pointers;
        for (auto &channel : m_in)
            pointers.push_back(channel.data());
        m_rb.process(pointers.data(), count, final);
    }

    int m_channels;
    RubberBand::RubberBandStretcher m_rb;
    std::vector<std::vector<float>> m_in;
    std::vector<std::vector<float>> m_out;
    qint64 m_discard = 0;
    bool m_ended = false;
};

} // namespace

PlaybackEngine::PlaybackEngine(Output output, QObject *parent)
    : QObject(parent)
    , m_output(output)
    , m_cacheDirectory(PeakCache::defaultDirectory()) {
    m_tick.setInterval(25);
    m_tick.setTimerType(Qt::PreciseTimer);
    connect(&m_tick, &QTimer::timeout, this, &PlaybackEngine::tick);
    if (m_output == Output::Null) {
        m_sink = std::make_unique<NullSink>();
    } else if (DeviceAudioSink::deviceAvailable()) {
        auto device = std::make_unique<DeviceAudioSink>();
        connect(device.get(), &DeviceAudioSink::deviceError, this,
                [this](const QString &reason) { useWallClock(reason); });
        m_sink = std::move(device);
    } else {
        m_sink = std::make_unique<WallClockSink>();
        m_outputMessage = tr("No sound: this computer has no audio output. You can still move "
                             "through the recording and code it.");
    }
}

PlaybackEngine::~PlaybackEngine() {
    close();
}

NullSink *PlaybackEngine::nullSink() const {
    return m_output == Output::Null ? static_cast<NullSink *>(m_sink.get()) : nullptr;
}

bool PlaybackEngine::hasAudioOutput() const {
    return m_sink && m_sink->isAudible();
}

void PlaybackEngine::useWallClock(const QString &reason) {
    const bool wasPlaying = m_playing;
    const qint64 at = positionMs();
    m_playing = false;
    if (m_sink)
        m_sink->stop();
    m_sink = std::make_unique<WallClockSink>();
    m_outputMessage =
        tr("No sound: %1 You can still move through the recording and code it.").arg(reason);
    emit outputMessageChanged(m_outputMessage);
    if (m_open) {
        QString ignored;
        startSink(&ignored);
        restartAt(at);
        if (wasPlaying) {
            m_playing = true;
            m_sink->setActive(true);
        }
    }
}

bool PlaybackEngine::startSink(QString *error) {
    return m_sink->start(
        m_rate, m_channels, [this](float *out, qint64 frames) { return pullFrames(out, frames); },
        error);
}

bool PlaybackEngine::open(const QString &path, QString *error) {
    close();
    AudioFileInfo info;
    if (!AudioProbe::probe(path, &info, error, AudioProbe::Hash::Skip, AudioProbe::EndCheck::Skip))
        return false;
    int rate = info.sampleRate;
    int channels = std::min(info.channels, 2);
    m_sink->negotiate(&rate, &channels);
    auto decoder = std::make_unique<AudioDecoder>();
    if (!decoder->open(path, rate, channels, error))
        return false;
    // The waveform pass left a seek index beside the peaks: with it a far seek in an MP3 is a
    // jump to the packet before the target, not a read of everything up to it.
    const PeakCache cache(m_cacheDirectory);
    SeekIndex seekIndex;
    if (const QString sha = cache.knownSha256(path);
        !sha.isEmpty() && cache.loadSeekIndex(sha, &seekIndex))
        decoder->input().useSeekIndex(seekIndex);
    m_info = info;
    m_rate = rate;
    m_channels = channels;
    // A quarter of a second: small enough that a seek is heard at once, large enough to ride
    // out a busy moment in the decode thread.
    m_ring.configure(m_channels, m_rate / 4);
    QString sinkError;
    if (!startSink(&sinkError)) {
        useWallClock(sinkError);
        startSink(&sinkError);
    }
    m_open = true;
    m_quit = false;
    restartAt(0);
    m_thread = std::thread(
        [this, d = std::shared_ptr<AudioDecoder>(std::move(decoder))] { decodeLoop(*d); });
    m_lastEmitted = -1;
    emit durationChanged(m_info.durationMs);
    emit positionChanged(0);
    return true;
}

void PlaybackEngine::stopThread() {
    m_quit = true;
    m_ring.wake();
    if (m_thread.joinable())
        m_thread.join();
}

void PlaybackEngine::close() {
    const bool wasPlaying = m_playing;
    m_playing = false;
    m_tick.stop();
    if (m_sink)
        m_sink->setActive(false);
    stopThread();
    if (m_sink)
        m_sink->stop();
    m_open = false;
    m_info = AudioFileInfo();
    m_loopStart = m_loopEnd = -1;
    if (wasPlaying)
        emit playingChanged(false);
}

void PlaybackEngine::restartAt(qint64 ms) {
    if (m_info.durationMs > 0)
        ms = std::min(ms, m_info.durationMs);
    ms = std::max<qint64>(0, ms);
    std::lock_guard lock(m_commandMutex);
    m_commandGeneration = m_ring.reset(static_cast<double>(ms) * m_rate / 1000.0, m_speed);
    m_targetMs = ms;
    m_commandSpeed = m_speed;
    m_ring.wake();
}

void PlaybackEngine::decodeLoop(AudioDecoder &decoder) {
    std::unique_ptr<Stretcher> stretcher;
    std::vector<float> buffer(static_cast<size_t>(BlockFrames * m_channels));
    quint64 generation = 0;
    double speed = 1.0;
    bool ended = false;
    while (!m_quit) {
        bool fresh = false;
        qint64 target = 0;
        {
            std::lock_guard lock(m_commandMutex);
            if (m_commandGeneration != generation) {
                generation = m_commandGeneration;
                target = m_targetMs;
                speed = m_commandSpeed;
                fresh = true;
            }
        }
        if (fresh) {
            decoder.seek(target);
            ended = false;
            if (speed != 1.0) {
                if (!stretcher)
                    stretcher = std::make_unique<Stretcher>(m_rate, m_channels);
                stretcher->restart(speed);
            }
        }
        if (ended || m_ring.freeFrames() < BlockFrames) {
            m_ring.waitForSpace(BlockFrames, ended ? 50 : 20, generation);
            continue;
        }
        if (speed == 1.0) {
            const qint64 n = decoder.read(buffer.data(), BlockFrames);
            if (n == 0) {
                m_ring.markEnded(generation);
                ended = true;
            } else {
                m_ring.write(buffer.data(), n, generation);
            }
            continue;
        }
        const int available = stretcher->available();
        if (available > 0) {
            const qint64 n = stretcher->retrieveInterleaved(buffer.data(), BlockFrames);
            m_ring.write(buffer.data(), n, generation);
            continue;
        }
        if (available < 0 || stretcher->ended()) {
            m_ring.markEnded(generation);
            ended = true;
            continue;
        }
        const qint64 wanted =
            std::clamp<qint64>(static_cast<qint64>(stretcher->samplesRequired()), 64, BlockFrames);
        const qint64 n = decoder.read(buffer.data(), wanted);
        stretcher->feedInterleaved(buffer.data(), n, n < wanted);
    }
}

qint64 PlaybackEngine::pullFrames(float *out, qint64 frames) {
    if (!m_playing)
        return 0;
    const qint64 n = m_ring.read(out, frames);
    if (n == 0)
        return m_ring.drained() ? -1 : 0;
    const float gain = m_gain.load(std::memory_order_relaxed);
    if (gain != 1.0f) {
        for (qint64 i = 0, total = n * m_channels; i < total; ++i)
            out[i] *= gain;
    }
    return n;
}

qint64 PlaybackEngine::positionMs() const {
    if (!m_open || m_rate <= 0)
        return 0;
    const double latency = m_playing && m_sink ? m_sink->latencyFrames() * m_ring.speed() : 0.0;
    const double frames = std::max(0.0, m_ring.sourcePositionFrames() - latency);
    qint64 ms = std::llround(frames * 1000.0 / m_rate);
    if (m_info.durationMs > 0)
        ms = std::min(ms, m_info.durationMs);
    return ms;
}

bool PlaybackEngine::atEnd() const {
    return m_open && m_ring.drained();
}

void PlaybackEngine::play() {
    if (!m_open || m_playing)
        return;
    if (m_ring.drained())
        restartAt(0);
    m_playing = true;
    m_sink->setActive(true);
    m_tick.start();
    emit playingChanged(true);
}

void PlaybackEngine::pause() {
    if (!m_playing)
        return;
    const qint64 at = positionMs();
    m_playing = false;
    m_sink->setActive(false);
    m_tick.stop();
    // Anything already buffered past the pause point is thrown away, so resuming is exact.
    restartAt(at);
    emit playingChanged(false);
    emit positionChanged(at);
}

void PlaybackEngine::seek(qint64 ms) {
    if (!m_open)
        return;
    restartAt(ms);
    if (m_playing)
        m_sink->setActive(true);
    m_lastEmitted = positionMs();
    emit positionChanged(m_lastEmitted);
}

double PlaybackEngine::snapSpeed(double speed) {
    if (!std::isfinite(speed))
        return 1.0;
    const double snapped = std::round(speed / SpeedStep) * SpeedStep;
    return std::clamp(std::round(snapped * 100.0) / 100.0, MinSpeed, MaxSpeed);
}

void PlaybackEngine::setSpeed(double speed) {
    speed = snapSpeed(speed);
    if (speed == m_speed)
        return;
    const qint64 at = positionMs();
    m_speed = speed;
    if (m_open) {
        restartAt(at);
        if (m_playing)
            m_sink->setActive(true);
    }
    emit speedChanged(m_speed);
}

void PlaybackEngine::setVolume(double volume) {
    m_volume = std::clamp(volume, 0.0, 1.0);
    // A perceptual curve: the slider's middle should sound like half as loud, not a whisper.
    m_gain = m_muted ? 0.0f : static_cast<float>(m_volume * m_volume);
    emit volumeChanged(m_volume, m_muted);
}

void PlaybackEngine::setMuted(bool muted) {
    m_muted = muted;
    setVolume(m_volume);
}

void PlaybackEngine::setLoop(qint64 startMs, qint64 endMs) {
    if (startMs < 0 || endMs <= startMs) {
        m_loopStart = m_loopEnd = -1;
    } else {
        m_loopStart = startMs;
        m_loopEnd = endMs;
    }
    emit loopChanged(m_loopStart, m_loopEnd);
}

void PlaybackEngine::tick() {
    if (!m_playing)
        return;
    const qint64 at = positionMs();
    if (m_loopEnd > 0 && at >= m_loopEnd) {
        seek(m_loopStart);
        return;
    }
    if (m_ring.drained()) {
        m_playing = false;
        m_sink->setActive(false);
        m_tick.stop();
        emit playingChanged(false);
        emit positionChanged(at);
        emit finished();
        return;
    }
    if (at != m_lastEmitted) {
        m_lastEmitted = at;
        emit positionChanged(at);
    }
}
