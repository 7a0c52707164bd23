#pragma once

#include <optional>
#include <vector>

// Krippendorff's alpha for any number of coders with missing values (Krippendorff, 2011,
// "Computing Krippendorff's Alpha-Reliability"), via the coincidence matrix. Units with fewer
// than two values are not pairable and are left out, as the method prescribes.
namespace KrippendorffAlpha {

enum class Level { Nominal, Ordinal, Interval };

// units[u][c] is coder c's value for unit u, or nullopt when that coder gave none. Rows may
// have different lengths. Empty when alpha is undefined (no pairable values, or only one
// value ever used, so no expected disagreement).
std::optional<double> compute(const std::vector<std::vector<std::optional<double>>> &units,
                              Level level);

} // namespace KrippendorffAlpha
