#include "KrippendorffAlpha.h"

#include <algorithm>
#include <map>

namespace KrippendorffAlpha {

std::optional<double> compute(const std::vector<std::vector<std::optional<double>>> &units,
                              Level level) {
    // The distinct values used, in order, index the coincidence matrix.
    std::map<double, size_t> index;
    for (const auto &unit : units) {
        int present = 0;
        for (const auto &value : unit)
            present += value.has_value() ? 1 : 0;
        if (present < 2)
            continue;
        for (const auto &value : unit) {
            if (value)
                index.emplace(*value, 0);
        }
    }
    if (index.size() < 2)
        return std::nullopt;
    std::vector<double> values;
    for (auto &[value, position] : index) {
        position = values.size();
        values.push_back(value);
    }
    const size_t v = values.size();

    std::vector<double> coincidences(v * v, 0.0);
    for (const auto &unit : units) {
        std::vector<size_t> present;
        for (const auto &value : unit) {
            if (value)
                present.push_back(index.at(*value));
        }
        if (present.size() < 2)
            continue;
        const double weight = 1.0 / double(present.size() - 1);
        for (size_t a = 0; a < present.size(); ++a) {
            for (size_t b = 0; b < present.size(); ++b) {
                if (a != b)
                    coincidences[present[a] * v + present[b]] += weight;
            }
        }
    }
    std::vector<double> marginals(v, 0.0);
    double n = 0.0;
    for (size_t c = 0; c < v; ++c) {
        for (size_t k = 0; k < v; ++k)
            marginals[c] += coincidences[c * v + k];
        n += marginals[c];
    }

    auto delta2 = [&](size_t c, size_t k) {
        switch (level) {
        case Level::Nominal:
            return c == k ? 0.0 : 1.0;
        case Level::Interval:
            return (values[c] - values[k]) * (values[c] - values[k]);
        case Level::Ordinal: {
            // Ordinal distance counts the values lying between c and k, half-weighting the ends.
            const size_t lo = std::min(c, k);
            const size_t hi = std::max(c, k);
            double sum = 0.0;
            for (size_t g = lo; g <= hi; ++g)
                sum += marginals[g];
            const double d = sum - (marginals[c] + marginals[k]) / 2.0;
            return d * d;
        }
        }
        return 0.0;
    };

    double observed = 0.0;
    double expected = 0.0;
    for (size_t c = 0; c < v; ++c) {
        for (size_t k = 0; k < v; ++k) {
            const double d = delta2(c, k);
            observed += coincidences[c * v + k] * d;
            expected += marginals[c] * marginals[k] * d;
        }
    }
    if (expected <= 0.0)
        return std::nullopt;
    return 1.0 - (n - 1.0) * observed / expected;
}

} // namespace KrippendorffAlpha
