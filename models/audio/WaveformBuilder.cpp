#include "WaveformBuilder.h"

#include "AudioProbe.h"
#include "FfmpegInput.h"

#include <QElapsedTimer>
#include <QMetaObject>
#include <QPointer>

extern "C" {
#include <libavutil/frame.h>
#include <libavutil/samplefmt.h>
}

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace {

// Running min/max of the current bin, flushed every BaseFramesPerBin frames.
class PeakAccumulator {
public:
    explicit PeakAccumulator(PeakPyramid *peaks)
        : m_peaks(peaks) {
        m_pending.reserve(PublishEvery);
    }

    // Sample values already scaled to the int16 range. For planar data the caller passes one
    // plane at a time with the same frame span; for packed data, frames*channels samples.
    template <typename T>
    void addSpan(const T *const *planes, int planeCount, int stride, int frames, double scale) {
        int done = 0;
        while (done < frames) {
            const int room = PeakPyramid::BaseFramesPerBin - m_inBin;
            const int n = std::min(room, frames - done);
            for (int p = 0; p < planeCount; ++p) {
                const T *s = planes[p] + static_cast<qsizetype>(done) * stride;
                const int count = n * stride;
                T lo = s[0];
                T hi = s[0];
                for (int i = 1; i < count; ++i) {
                    lo = s[i] < lo ? s[i] : lo;
                    hi = s[i] > hi ? s[i] : hi;
                }
                m_min = std::min(m_min, static_cast<double>(lo) * scale);
                m_max = std::max(m_max, static_cast<double>(hi) * scale);
            }
            m_inBin += n;
            done += n;
            if (m_inBin == PeakPyramid::BaseFramesPerBin)
                closeBin();
        }
    }

    void finish() {
        if (m_inBin > 0)
            closeBin();
        publish();
    }

    // Hands the bins built so far to the pyramid (where the view can see them).
    void publish() {
        m_peaks->append(m_pending.data(), static_cast<qsizetype>(m_pending.size()));
        m_pending.clear();
    }
    bool shouldPublish() const { return m_pending.size() >= PublishEvery; }

private:
    static constexpr size_t PublishEvery = 4096;

    static qint16 clamp16(double v) {
        return static_cast<qint16>(std::clamp(std::lround(v), -32767L, 32767L));
    }

    void closeBin() {
        m_pending.push_back(PeakPair{clamp16(m_min), clamp16(m_max)});
        m_min = std::numeric_limits<double>::max();
        m_max = std::numeric_limits<double>::lowest();
        m_inBin = 0;
    }

    PeakPyramid *m_peaks;
    std::vector<PeakPair> m_pending;
    double m_min = std::numeric_limits<double>::max();
    double m_max = std::numeric_limits<double>::lowest();
    int m_inBin = 0;
};

template <typename T>
void addFrame(PeakAccumulator &acc, const AVFrame *frame, bool planar, double scale,
              double offset) {
    const int channels = std::max(1, frame->ch_layout.nb_channels);
    const auto *const *planes = reinterpret_cast<const T *const *>(frame->extended_data);
    if (offset == 0.0) {
        if (planar)
            acc.addSpan(planes, channels, 1, frame->nb_samples, scale);
        else
            acc.addSpan(planes, 1, channels, frame->nb_samples, scale);
        return;
    }
    // Unsigned 8-bit: recentre first (rare; only old WAV files).
    const int total = frame->nb_samples * (planar ? 1 : channels);
    std::vector<float> centred(static_cast<size_t>(total));
    for (int p = 0; p < (planar ? channels : 1); ++p) {
        for (int i = 0; i < total; ++i)
            centred[static_cast<size_t>(i)] = static_cast<float>(planes[p][i] - offset);
        const float *plane = centred.data();
        acc.addSpan(&plane, 1, planar ? 1 : channels, frame->nb_samples, scale);
    }
}

bool addAnyFrame(PeakAccumulator &acc, const AVFrame *frame) {
    const auto format = static_cast<AVSampleFormat>(frame->format);
    const bool planar = av_sample_fmt_is_planar(format);
    switch (av_get_packed_sample_fmt(format)) {
    case AV_SAMPLE_FMT_FLT:
        addFrame<float>(acc, frame, planar, 32767.0, 0.0);
        return true;
    case AV_SAMPLE_FMT_DBL:
        addFrame<double>(acc, frame, planar, 32767.0, 0.0);
        return true;
    case AV_SAMPLE_FMT_S16:
        addFrame<qint16>(acc, frame, planar, 1.0, 0.0);
        return true;
    case AV_SAMPLE_FMT_S32:
        addFrame<qint32>(acc, frame, planar, 1.0 / 65536.0, 0.0);
        return true;
    case AV_SAMPLE_FMT_S64:
        addFrame<qint64>(acc, frame, planar, 1.0 / 281474976710656.0, 0.0);
        return true;
    case AV_SAMPLE_FMT_U8:
        addFrame<quint8>(acc, frame, planar, 256.0, 128.0);
        return true;
    default:
        return false;
    }
}

} // namespace

WaveformBuilder::WaveformBuilder(QObject *parent)
    : QObject(parent)
    , m_cacheDirectory(PeakCache::defaultDirectory())
    , m_peaks(std::make_shared<PeakPyramid>()) {}

WaveformBuilder::~WaveformBuilder() {
    cancel();
}

void WaveformBuilder::setCacheDirectory(const QString &directory) {
    m_cacheDirectory = directory;
}

bool WaveformBuilder::isRunning() const {
    return m_thread.joinable();
}

void WaveformBuilder::start(const QString &path, CachePolicy policy) {
    cancel();
    m_cancel = false;
    m_peaks = std::make_shared<PeakPyramid>();
    const quint64 generation = ++m_generation;
    m_thread = std::thread([this, path, policy, generation] { run(path, policy, generation); });
}

void WaveformBuilder::cancel() {
    m_cancel = true;
    // Signals already queued by the worker check the generation and are dropped.
    ++m_generation;
    if (m_thread.joinable())
        m_thread.join();
}

void WaveformBuilder::run(const QString &path, CachePolicy policy, quint64 generation) {
    // Deliver to the builder's own thread, and only if this build is still the current one.
    auto post = [this, generation](auto &&function) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, function] {
                if (m_generation == generation)
                    function();
            },
            Qt::QueuedConnection);
    };
    const PeakCache cache(m_cacheDirectory);
    PeakPyramid *peaks = m_peaks.get();
    QString sha;
    if (policy == CachePolicy::Use) {
        sha = cache.knownSha256(path);
        if (sha.isEmpty())
            sha = AudioProbe::sha256(path, nullptr, &m_cancel);
        if (m_cancel)
            return;
        if (cache.load(sha, peaks)) {
            cache.rememberSha256(path, sha);
            post([this] { emit finished(true); });
            return;
        }
    }

    FfmpegInput input;
    input.setCancelFlag(&m_cancel);
    QString error;
    if (!input.open(path, &error)) {
        post([this, error] { emit failed(error); });
        return;
    }
    peaks->setSampleRate(input.sampleRate());
    SeekIndex seekIndex;
    input.recordSeekIndex(&seekIndex);
    PeakAccumulator accumulator(peaks);
    QElapsedTimer sincePublished;
    sincePublished.start();
    for (;;) {
        const auto status = input.nextFrame();
        if (status == FfmpegInput::Status::Cancelled)
            return;
        if (status == FfmpegInput::Status::End)
            break;
        addAnyFrame(accumulator, input.frame());
        if (accumulator.shouldPublish() || sincePublished.elapsed() > 150) {
            accumulator.publish();
            sincePublished.restart();
            const qint64 built = peaks->builtFrames();
            post([this, built] { emit progress(built); });
        }
    }
    accumulator.finish();
    peaks->markComplete();
    // Saved before announcing, so whoever reacts to finished() can rely on the cache entry.
    if (policy == CachePolicy::Use && !sha.isEmpty() && cache.save(sha, *peaks, seekIndex))
        cache.rememberSha256(path, sha);
    const qint64 built = peaks->builtFrames();
    post([this, built] {
        emit progress(built);
        emit finished(false);
    });
}

bool WaveformBuilder::build(const QString &path, PeakPyramid *peaks, QString *error,
                            const std::atomic_bool *cancel) {
    FfmpegInput input;
    input.setCancelFlag(cancel);
    if (!input.open(path, error))
        return false;
    peaks->setSampleRate(input.sampleRate());
    PeakAccumulator accumulator(peaks);
    for (;;) {
        const auto status = input.nextFrame();
        if (status == FfmpegInput::Status::Cancelled)
            return false;
        if (status == FfmpegInput::Status::End)
            break;
        addAnyFrame(accumulator, input.frame());
        if (accumulator.shouldPublish())
            accumulator.publish();
    }
    accumulator.finish();
    peaks->markComplete();
    return true;
}
