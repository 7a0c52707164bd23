#include "PairedChange.h"

#include "Descriptive.h"

#include <boost/math/distributions/students_t.hpp>

#include <cmath>

namespace PairedChange {

PairedChangeResult compute(const std::vector<double> &before, const std::vector<double> &after,
                           double confidence) {
    PairedChangeResult result;
    if (before.size() != after.size() || before.empty())
        return result;
    std::vector<double> differences;
    differences.reserve(before.size());
    for (size_t i = 0; i < before.size(); ++i)
        differences.push_back(after[i] - before[i]);
    result.n = int(differences.size());
    result.meanBefore = Descriptive::mean(before);
    result.meanAfter = Descriptive::mean(after);
    const MeanCi diff = Descriptive::meanCi(differences, confidence);
    result.meanDifference = diff.mean;
    result.sdDifference = diff.sd;
    result.lower = diff.lower;
    result.upper = diff.upper;
    if (result.n < 2 || diff.sd <= 0.0)
        return result;
    result.degreesOfFreedom = double(result.n - 1);
    result.t = diff.mean / (diff.sd / std::sqrt(double(result.n)));
    const boost::math::students_t dist(result.degreesOfFreedom);
    result.p = 2.0 * boost::math::cdf(boost::math::complement(dist, std::fabs(result.t)));
    result.valid = true;
    return result;
}

} // namespace PairedChange
