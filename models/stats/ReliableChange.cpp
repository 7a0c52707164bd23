#include "ReliableChange.h"

#include <cmath>

namespace ReliableChange {

double standardErrorOfDifference(double sd, double reliability) {
    return std::sqrt(2.0) * sd * std::sqrt(1.0 - reliability);
}

std::optional<Result> compute(double before, double after, double sd, double reliability,
                              bool higherIsBetter) {
    if (!(sd > 0.0) || !(reliability >= 0.0 && reliability < 1.0))
        return std::nullopt;
    Result result;
    result.change = after - before;
    result.standardErrorOfDifference = standardErrorOfDifference(sd, reliability);
    result.rci = result.change / result.standardErrorOfDifference;
    // Strictly greater: an index of exactly 1.96 is on the boundary and not counted as reliable.
    if (std::abs(result.rci) > criticalValue) {
        const bool wentUp = result.rci > 0.0;
        result.classification =
            (wentUp == higherIsBetter) ? Class::ReliableImprovement : Class::ReliableDeterioration;
    }
    return result;
}

QString key(Class classification) {
    switch (classification) {
    case Class::ReliableImprovement:
        return QStringLiteral("reliable_improvement");
    case Class::ReliableDeterioration:
        return QStringLiteral("reliable_deterioration");
    case Class::NoReliableChange:
        break;
    }
    return QStringLiteral("no_reliable_change");
}

} // namespace ReliableChange
