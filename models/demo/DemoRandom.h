#pragma once

#include <QDate>
#include <QList>

#include <cmath>
#include <cstdint>
#include <random>

// The demo generator's source of randomness. std::mt19937's output is fixed by the C++
// standard, but std::uniform_int_distribution and std::normal_distribution are not (libstdc++,
// libc++ and MSVC differ), so the distributions are written here on top of the raw engine:
// one seed then gives the same demo on every machine.
class DemoRandom {
public:
    explicit DemoRandom(std::uint32_t seed)
        : m_engine(seed) {}

    std::uint32_t next() { return static_cast<std::uint32_t>(m_engine()); }

    // Uniform in [0, 1).
    double uniform() { return next() / 4294967296.0; }

    // Uniform integer in [low, high], both included.
    int between(int low, int high) {
        if (high <= low)
            return low;
        const auto span = static_cast<std::uint64_t>(high - low) + 1;
        return low + static_cast<int>((static_cast<std::uint64_t>(next()) * span) >> 32);
    }

    double between(double low, double high) { return low + (high - low) * uniform(); }

    bool chance(double probability) { return uniform() < probability; }

    // Box-Muller; one value per call keeps the sequence simple to reason about.
    double normal(double mean, double sd) {
        const double u1 = 1.0 - uniform(); // (0, 1], so the log is finite
        const double u2 = uniform();
        constexpr double twoPi = 6.283185307179586;
        return mean + sd * std::sqrt(-2.0 * std::log(u1)) * std::cos(twoPi * u2);
    }

    QDate dateBetween(const QDate &first, const QDate &last) {
        return first.addDays(between(0, static_cast<int>(first.daysTo(last))));
    }

    template <typename T> const T &pick(const QList<T> &items) {
        return items.at(between(0, static_cast<int>(items.size()) - 1));
    }

    // An index chosen with the given weights (which need not sum to 1).
    int weighted(const QList<double> &weights) {
        double total = 0;
        for (double w : weights)
            total += w;
        double r = uniform() * total;
        for (int i = 0; i < weights.size(); ++i) {
            if (r < weights.at(i))
                return i;
            r -= weights.at(i);
        }
        return static_cast<int>(weights.size()) - 1;
    }

    template <typename T> void shuffle(QList<T> &items) {
        for (auto i = items.size() - 1; i > 0; --i)
            items.swapItemsAt(i, between(0, static_cast<int>(i)));
    }

private:
    std::mt19937 m_engine;
};
