#include "Descriptive.h"

#include <boost/math/distributions/students_t.hpp>

#include <cmath>
#include <numeric>

namespace Descriptive {

double mean(const std::vector<double> &values) {
    if (values.empty())
        return 0.0;
    return std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
}

double sd(const std::vector<double> &values) {
    if (values.size() < 2)
        return 0.0;
    const double m = mean(values);
    double sum = 0.0;
    for (double v : values)
        sum += (v - m) * (v - m);
    return std::sqrt(sum / double(values.size() - 1));
}

double tQuantile(double confidence, double degreesOfFreedom) {
    const boost::math::students_t dist(degreesOfFreedom);
    return boost::math::quantile(boost::math::complement(dist, (1.0 - confidence) / 2.0));
}

MeanCi meanCi(const std::vector<double> &values, double confidence) {
    MeanCi result;
    result.n = int(values.size());
    if (values.empty())
        return result;
    result.mean = mean(values);
    result.lower = result.upper = result.mean;
    if (values.size() < 2)
        return result;
    result.sd = sd(values);
    const double halfWidth = tQuantile(confidence, double(values.size() - 1)) * result.sd /
                             std::sqrt(double(values.size()));
    result.lower = result.mean - halfWidth;
    result.upper = result.mean + halfWidth;
    return result;
}

} // namespace Descriptive
