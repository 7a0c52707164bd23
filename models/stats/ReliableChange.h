#pragma once

#include <QString>

#include <optional>

// The Jacobson-Truax (1991) reliable change index: whether a change between two administrations
// of the same measure is larger than its measurement error.
//   SE     = SD * sqrt(1 - r)        (standard error of measurement)
//   S_diff = sqrt(2) * SE            (standard error of the difference)
//   RCI    = (x2 - x1) / S_diff       |RCI| > 1.96 is reliable (p < .05, two-sided)
// The direction of "better" comes from the instrument: SCORE-15 and GHQ-12 improve downwards,
// the WAI upwards. Pure functions, shared by the family timeline and the reports.
namespace ReliableChange {

enum class Class { ReliableImprovement, NoReliableChange, ReliableDeterioration };

struct Result {
    double change = 0.0; // x2 - x1
    double standardErrorOfDifference = 0.0;
    double rci = 0.0;
    Class classification = Class::NoReliableChange;
};

constexpr double criticalValue = 1.96;

// Returns nullopt when sd <= 0 or reliability is not in [0, 1), where the index is undefined.
std::optional<Result> compute(double before, double after, double sd, double reliability,
                              bool higherIsBetter);
double standardErrorOfDifference(double sd, double reliability);
// The key used in CSV and reports: reliable_improvement | no_reliable_change |
// reliable_deterioration.
QString key(Class classification);

} // namespace ReliableChange
