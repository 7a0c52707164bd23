#pragma once

#include <QtGlobal>

#include <mutex>
#include <vector>

// One waveform column: the lowest and highest sample in a span, scaled to ±32767.
struct PeakPair {
    qint16 min = 0;
    qint16 max = 0;
    bool operator==(const PeakPair &other) const = default;
};

// A multi-resolution min/max pyramid of a recording's waveform. Level 0 holds one pair per
// BaseFramesPerBin source frames; each level above merges LevelFactor bins of the one below, so
// drawing any zoom touches only a few bins per pixel. The builder thread appends while the view
// draws; every public member is safe to call from both.
class PeakPyramid {
public:
    static constexpr int BaseFramesPerBin = 256;
    static constexpr int LevelFactor = 4;

    explicit PeakPyramid(int sampleRate = 0);

    int sampleRate() const;
    void setSampleRate(int rate);
    // Level-0 bins appended so far, and the source frames they cover.
    qint64 binCount() const;
    qint64 builtFrames() const;
    bool isComplete() const;
    void markComplete();

    void append(const PeakPair *bins, qsizetype count);

    // For pixel columns starting at startFrame, each framesPerColumn wide: the min/max of each
    // column. Returns how many leading columns are covered by what has been built so far.
    int columns(double startFrame, double framesPerColumn, int count,
                std::vector<PeakPair> *out) const;

    // A copy of level 0 (for the cache and for comparing two builds).
    std::vector<PeakPair> baseLevel() const;
    // Replaces everything with a complete level 0 (from the cache) and rebuilds the levels above.
    void setBaseLevel(std::vector<PeakPair> bins, int sampleRate);

private:
    void rebuildUpperFrom(qsizetype firstBaseBin);

    mutable std::mutex m_mutex;
    int m_sampleRate = 0;
    bool m_complete = false;
    std::vector<std::vector<PeakPair>> m_levels;
};
