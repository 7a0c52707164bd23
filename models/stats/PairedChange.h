#pragma once

#include <vector>

// The change from a first to a second measurement on the same people (e.g. SCORE-15 at T1
// and T2): the mean difference (second minus first) with its CI, the paired t and its
// two-sided p value.
struct PairedChangeResult {
    int n = 0;
    double meanBefore = 0.0;
    double meanAfter = 0.0;
    double meanDifference = 0.0; // after - before
    double sdDifference = 0.0;
    double lower = 0.0;
    double upper = 0.0;
    double t = 0.0;
    double degreesOfFreedom = 0.0;
    double p = 1.0;
    // False when n < 2 or every difference is the same (no t can be formed).
    bool valid = false;
};

namespace PairedChange {

// before and after must be the same length, paired by position.
PairedChangeResult compute(const std::vector<double> &before, const std::vector<double> &after,
                           double confidence = 0.95);

} // namespace PairedChange
