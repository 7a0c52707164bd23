#include "InterRater.h"

#include <boost/math/distributions/fisher_f.hpp>

#include <algorithm>
#include <cmath>

namespace InterRater {

namespace {

// The upper quantile of F(df1, df2) at probability p; empty when the degrees of freedom are not
// positive and finite (Boost would throw), which happens only for degenerate data.
std::optional<double> fQuantile(double p, double df1, double df2) {
    if (!std::isfinite(df1) || !std::isfinite(df2) || df1 <= 0.0 || df2 <= 0.0)
        return std::nullopt;
    return boost::math::quantile(boost::math::fisher_f(df1, df2), p);
}

bool finite(const IccInterval &interval) {
    return std::isfinite(interval.lower) && std::isfinite(interval.upper);
}

// McGraw & Wong (1996) Table 7, in the form psych::ICC computes it (its ICC3 and ICC2 rows), so
// that the bounds match R: the consistency interval from F = MSR / MSE on (n - 1, (n - 1)(k - 1))
// degrees of freedom, and the absolute-agreement interval from Satterthwaite's approximate
// degrees of freedom v.
void addIntervals(IccResult &result, double msRows, double msColumns, double msError,
                  double confidence) {
    const double n = double(result.n);
    const double k = double(result.k);
    const double p = 1.0 - (1.0 - confidence) / 2.0;
    // Coders who differ by no more than a constant (always agreeing, or one always a point
    // higher) leave no error variance, only rounding: F is infinite and the formulas below reach
    // their limits, which R reaches through that rounding. Take the limits exactly instead.
    const bool noError = msError <= 1e-12 * std::max(1.0, msRows + msColumns);
    if (noError) {
        msError = 0.0;
        result.consistencyCi = IccInterval{1.0, 1.0};
    } else {
        const double f = msRows / msError;
        const auto lowerQuantile = fQuantile(p, n - 1.0, (n - 1.0) * (k - 1.0));
        const auto upperQuantile = fQuantile(p, (n - 1.0) * (k - 1.0), n - 1.0);
        if (lowerQuantile && upperQuantile) {
            const double fLower = f / *lowerQuantile;
            const double fUpper = f * *upperQuantile;
            const IccInterval consistency{(fLower - 1.0) / (fLower + k - 1.0),
                                          (fUpper - 1.0) / (fUpper + k - 1.0)};
            if (finite(consistency))
                result.consistencyCi = consistency;
        }
    }

    double v = k - 1.0; // the limit of v as MSE goes to 0
    if (!noError) {
        const double icc = result.absoluteAgreement;
        const double fColumns = msColumns / msError;
        const double spread = n * (1.0 + (k - 1.0) * icc) - k * icc;
        const double root = k * icc * fColumns + spread;
        v = (k - 1.0) * (n - 1.0) * root * root /
            ((n - 1.0) * k * k * icc * icc * fColumns * fColumns + spread * spread);
    }
    const auto upperQuantile = fQuantile(p, n - 1.0, v);
    const auto lowerQuantile = fQuantile(p, v, n - 1.0);
    if (!upperQuantile || !lowerQuantile)
        return;
    const double common = k * msColumns + (k * n - k - n) * msError;
    const IccInterval agreement{
        n * (msRows - *upperQuantile * msError) / (*upperQuantile * common + n * msRows),
        n * (*lowerQuantile * msRows - msError) / (common + n * *lowerQuantile * msRows)};
    if (finite(agreement))
        result.absoluteAgreementCi = agreement;
}

} // namespace

IccResult icc(const std::vector<std::vector<double>> &rows, double confidence) {
    IccResult result;
    if (rows.size() < 2 || rows.front().size() < 2)
        return result;
    const size_t k = rows.front().size();
    for (const auto &row : rows) {
        if (row.size() != k)
            return result;
    }
    const size_t n = rows.size();
    result.n = int(n);
    result.k = int(k);

    double grand = 0.0;
    std::vector<double> rowMeans(n, 0.0);
    std::vector<double> columnMeans(k, 0.0);
    for (size_t i = 0; i < n; ++i) {
        for (size_t j = 0; j < k; ++j) {
            rowMeans[i] += rows[i][j];
            columnMeans[j] += rows[i][j];
            grand += rows[i][j];
        }
    }
    for (double &m : rowMeans)
        m /= double(k);
    for (double &m : columnMeans)
        m /= double(n);
    grand /= double(n * k);

    double ssRows = 0.0;
    double ssColumns = 0.0;
    double ssTotal = 0.0;
    for (size_t i = 0; i < n; ++i)
        ssRows += (rowMeans[i] - grand) * (rowMeans[i] - grand);
    ssRows *= double(k);
    for (size_t j = 0; j < k; ++j)
        ssColumns += (columnMeans[j] - grand) * (columnMeans[j] - grand);
    ssColumns *= double(n);
    for (const auto &row : rows) {
        for (double x : row)
            ssTotal += (x - grand) * (x - grand);
    }
    const double ssError = ssTotal - ssRows - ssColumns;
    const double msRows = ssRows / double(n - 1);
    const double msColumns = ssColumns / double(k - 1);
    const double msError = ssError / double((n - 1) * (k - 1));
    const double kd = double(k);

    const double consistencyDenominator = msRows + (kd - 1.0) * msError;
    const double agreementDenominator =
        consistencyDenominator + kd / double(n) * (msColumns - msError);
    // Every rating identical: agreement is perfect but the coefficient is 0/0, so report none.
    if (std::fabs(consistencyDenominator) < 1e-12 || std::fabs(agreementDenominator) < 1e-12)
        return result;
    result.consistency = (msRows - msError) / consistencyDenominator;
    result.absoluteAgreement = (msRows - msError) / agreementDenominator;
    result.valid = true;
    addIntervals(result, msRows, msColumns, msError, confidence);
    return result;
}

std::optional<double> quadraticWeightedKappa(const std::vector<std::pair<int, int>> &pairs,
                                             int minCategory, int maxCategory) {
    const int categories = maxCategory - minCategory + 1;
    if (categories < 2)
        return std::nullopt;
    std::vector<double> observed(size_t(categories * categories), 0.0);
    std::vector<double> marginA(size_t(categories), 0.0);
    std::vector<double> marginB(size_t(categories), 0.0);
    double n = 0.0;
    for (const auto &[a, b] : pairs) {
        if (a < minCategory || a > maxCategory || b < minCategory || b > maxCategory)
            continue;
        const int i = a - minCategory;
        const int j = b - minCategory;
        observed[size_t(i * categories + j)] += 1.0;
        marginA[size_t(i)] += 1.0;
        marginB[size_t(j)] += 1.0;
        n += 1.0;
    }
    if (n < 1.0)
        return std::nullopt;
    // Disagreement form: kappa_w = 1 - sum(w * observed) / sum(w * expected), w = (i - j)^2.
    double observedDisagreement = 0.0;
    double expectedDisagreement = 0.0;
    for (int i = 0; i < categories; ++i) {
        for (int j = 0; j < categories; ++j) {
            const double weight = double((i - j) * (i - j));
            observedDisagreement += weight * observed[size_t(i * categories + j)] / n;
            expectedDisagreement += weight * marginA[size_t(i)] * marginB[size_t(j)] / (n * n);
        }
    }
    if (expectedDisagreement <= 0.0)
        return std::nullopt;
    return 1.0 - observedDisagreement / expectedDisagreement;
}

AgreementResult agreement(const std::vector<std::pair<double, double>> &pairs) {
    AgreementResult result;
    result.n = int(pairs.size());
    if (pairs.empty())
        return result;
    int exact = 0;
    int adjacent = 0;
    for (const auto &[a, b] : pairs) {
        const double gap = std::fabs(a - b);
        // Tolerance so that means of scores (e.g. 3.2857 vs 4.2857) compare as intended.
        if (gap < 1e-9)
            ++exact;
        if (gap <= 1.0 + 1e-9)
            ++adjacent;
    }
    result.exact = double(exact) / double(pairs.size());
    result.adjacent = double(adjacent) / double(pairs.size());
    return result;
}

IccBand kooLiBand(double icc) {
    if (icc < 0.5)
        return IccBand::Poor;
    if (icc < 0.75)
        return IccBand::Moderate;
    if (icc <= 0.9)
        return IccBand::Good;
    return IccBand::Excellent;
}

} // namespace InterRater
