#pragma once

#include "PeakCache.h"
#include "PeakPyramid.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <thread>

// Builds a recording's peak pyramid in a worker thread while playback already runs: it decodes
// the file once, computing min/max in the same pass (no resampling, no per-sample allocation),
// and publishes peaks as it goes so the waveform fills in. Uses the PeakCache first.
// Destroying the builder or calling cancel() stops the thread cleanly and promptly.
class WaveformBuilder : public QObject {
    Q_OBJECT

public:
    enum class CachePolicy { Use, Bypass };

    explicit WaveformBuilder(QObject *parent = nullptr);
    ~WaveformBuilder() override;

    // The cache folder used by start(); tests point it at a temporary folder.
    void setCacheDirectory(const QString &directory);
    void start(const QString &path, CachePolicy policy = CachePolicy::Use);
    // Blocks until the worker has stopped; no signal is emitted after it returns.
    void cancel();
    bool isRunning() const;

    // Shared with the view, which draws whatever is built so far.
    std::shared_ptr<const PeakPyramid> peaks() const { return m_peaks; }

    // The whole build on the calling thread (for audio-info and benchmarks); no cache.
    static bool build(const QString &path, PeakPyramid *peaks, QString *error,
                      const std::atomic_bool *cancel = nullptr);

signals:
    void progress(qint64 builtFrames);
    void finished(bool fromCache);
    void failed(const QString &message);

private:
    void run(const QString &path, CachePolicy policy, quint64 generation);

    QString m_cacheDirectory;
    std::shared_ptr<PeakPyramid> m_peaks;
    std::thread m_thread;
    std::atomic_bool m_cancel{false};
    std::atomic<quint64> m_generation{0};
};
