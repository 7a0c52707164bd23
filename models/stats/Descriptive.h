#pragma once

#include <vector>

// A mean with its spread and 95% confidence interval, the figure every report section is
// built from. The interval uses Student's t quantile, so small teams get honest, wide bands.
struct MeanCi {
    int n = 0;
    double mean = 0.0;
    double sd = 0.0;    // sample SD (n - 1); 0 when n < 2
    double lower = 0.0; // CI bounds equal the mean when n < 2 (no interval can be given)
    double upper = 0.0;
    bool hasInterval() const { return n >= 2; }
};

// Descriptive statistics as pure functions over plain numbers.
namespace Descriptive {

double mean(const std::vector<double> &values);
// Sample standard deviation (n - 1 denominator); 0 for fewer than two values.
double sd(const std::vector<double> &values);
// The two-sided t quantile for the given confidence (e.g. 0.95) and degrees of freedom,
// from Boost.Math.
double tQuantile(double confidence, double degreesOfFreedom);
// Mean, SD and the t-based confidence interval. An empty input gives n = 0.
MeanCi meanCi(const std::vector<double> &values, double confidence = 0.95);

} // namespace Descriptive
