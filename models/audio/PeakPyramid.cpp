#include "PeakPyramid.h"

#include <algorithm>
#include <cmath>

namespace {

PeakPair merged(const PeakPair *bins, qsizetype count) {
    PeakPair result{bins[0].min, bins[0].max};
    for (qsizetype i = 1; i < count; ++i) {
        result.min = std::min(result.min, bins[i].min);
        result.max = std::max(result.max, bins[i].max);
    }
    return result;
}

} // namespace

PeakPyramid::PeakPyramid(int sampleRate)
    : m_sampleRate(sampleRate)
    , m_levels(1) {}

int PeakPyramid::sampleRate() const {
    std::lock_guard lock(m_mutex);
    return m_sampleRate;
}

void PeakPyramid::setSampleRate(int rate) {
    std::lock_guard lock(m_mutex);
    m_sampleRate = rate;
}

qint64 PeakPyramid::binCount() const {
    std::lock_guard lock(m_mutex);
    return static_cast<qint64>(m_levels.front().size());
}

qint64 PeakPyramid::builtFrames() const {
    return binCount() * BaseFramesPerBin;
}

bool PeakPyramid::isComplete() const {
    std::lock_guard lock(m_mutex);
    return m_complete;
}

void PeakPyramid::markComplete() {
    std::lock_guard lock(m_mutex);
    m_complete = true;
}

void PeakPyramid::append(const PeakPair *bins, qsizetype count) {
    if (count <= 0)
        return;
    std::lock_guard lock(m_mutex);
    auto &base = m_levels.front();
    const auto first = static_cast<qsizetype>(base.size());
    base.insert(base.end(), bins, bins + count);
    rebuildUpperFrom(first);
}

void PeakPyramid::rebuildUpperFrom(qsizetype firstBaseBin) {
    qsizetype first = firstBaseBin;
    for (size_t level = 1;; ++level) {
        const auto belowSize = static_cast<qsizetype>(m_levels[level - 1].size());
        if (belowSize <= LevelFactor)
            break;
        if (m_levels.size() <= level)
            m_levels.emplace_back();
        // References only after emplace_back, which may move the levels.
        const auto &below = m_levels[level - 1];
        auto &current = m_levels[level];
        const qsizetype size = (belowSize + LevelFactor - 1) / LevelFactor;
        // The last bin of each level may have been partial: recompute from it onwards.
        first = std::min<qsizetype>(first / LevelFactor, static_cast<qsizetype>(current.size()));
        current.resize(static_cast<size_t>(size));
        for (qsizetype i = first; i < size; ++i) {
            const qsizetype from = i * LevelFactor;
            current[static_cast<size_t>(i)] =
                merged(below.data() + from, std::min<qsizetype>(LevelFactor, belowSize - from));
        }
    }
}

int PeakPyramid::columns(double startFrame, double framesPerColumn, int count,
                         std::vector<PeakPair> *out) const {
    out->assign(static_cast<size_t>(std::max(0, count)), PeakPair{});
    if (count <= 0 || framesPerColumn <= 0)
        return 0;
    std::lock_guard lock(m_mutex);
    // The coarsest level with at least LevelFactor bins per column, so a column's edges are
    // off by at most a quarter of its width.
    size_t level = 0;
    double binFrames = BaseFramesPerBin;
    while (level + 1 < m_levels.size() &&
           binFrames * LevelFactor * LevelFactor <= framesPerColumn) {
        ++level;
        binFrames *= LevelFactor;
    }
    const auto &bins = m_levels[level];
    const auto binTotal = static_cast<qint64>(bins.size());
    int covered = 0;
    for (int c = 0; c < count; ++c) {
        const double from = startFrame + c * framesPerColumn;
        const double to = from + framesPerColumn;
        // Rounding partitions the bins: each belongs to exactly one column, so a short loud
        // moment is never drawn twice.
        auto first = static_cast<qint64>(std::llround(from / binFrames));
        auto last = static_cast<qint64>(std::llround(to / binFrames)); // exclusive
        if (first < 0)
            first = 0;
        if (last <= first)
            last = first + 1;
        if (first >= binTotal)
            break;
        last = std::min(last, binTotal);
        (*out)[static_cast<size_t>(c)] = merged(bins.data() + first, last - first);
        covered = c + 1;
    }
    return covered;
}

std::vector<PeakPair> PeakPyramid::baseLevel() const {
    std::lock_guard lock(m_mutex);
    return m_levels.front();
}

void PeakPyramid::setBaseLevel(std::vector<PeakPair> bins, int sampleRate) {
    std::lock_guard lock(m_mutex);
    m_levels.assign(1, std::move(bins));
    m_sampleRate = sampleRate;
    rebuildUpperFrom(0);
    m_complete = true;
}
