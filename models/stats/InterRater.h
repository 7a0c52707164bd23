#pragma once

#include <optional>
#include <utility>
#include <vector>

// Intraclass correlations for n targets each rated by the same k raters (McGraw & Wong 1996):
// ICC(A,1) two-way absolute agreement and ICC(C,1) consistency, single rater. These equal
// Shrout & Fleiss's ICC(2,1) and ICC(3,1).
struct IccInterval {
    double lower = 0.0;
    double upper = 0.0;
};

struct IccResult {
    int n = 0;                      // targets (rows)
    int k = 0;                      // raters (columns)
    double absoluteAgreement = 0.0; // ICC(A,1)
    double consistency = 0.0;       // ICC(C,1)
    // McGraw & Wong's F-based intervals, as R's psych::ICC gives them for its ICC2 and ICC3
    // rows. Empty when the F ratio is infinite (no error variance: the coders never differ
    // beyond a constant) and the interval cannot be computed.
    std::optional<IccInterval> absoluteAgreementCi;
    std::optional<IccInterval> consistencyCi;
    // False when fewer than two complete targets or no variance at all.
    bool valid = false;
};

// Koo & Li's (2016) reading of an ICC, "A guideline of selecting and reporting intraclass
// correlation coefficients for reliability research", J Chiropr Med 15(2):155-163.
enum class IccBand { Poor, Moderate, Good, Excellent };

// Share of pairs rated identically, and within one scale point.
struct AgreementResult {
    int n = 0;
    double exact = 0.0;
    double adjacent = 0.0;
};

// Agreement between raters, as pure functions.
namespace InterRater {

// rows[i][j] is rater j's rating of target i; every row must have the same length >= 2.
// confidence is the intervals' level (0.95 for 95%).
IccResult icc(const std::vector<std::vector<double>> &rows, double confidence = 0.95);

// Cohen's kappa with quadratic weights over the fixed categories minCategory..maxCategory
// (1..5 for the MSW scale), so that a category nobody used still counts in the scale. Pairs
// outside the range are ignored. Empty when undefined (no pairs, or no expected disagreement).
std::optional<double> quadraticWeightedKappa(const std::vector<std::pair<int, int>> &pairs,
                                             int minCategory = 1, int maxCategory = 5);

AgreementResult agreement(const std::vector<std::pair<double, double>> &pairs);

// Below 0.5 poor, 0.5 to below 0.75 moderate, 0.75 to 0.9 good, above 0.9 excellent.
IccBand kooLiBand(double icc);

} // namespace InterRater
