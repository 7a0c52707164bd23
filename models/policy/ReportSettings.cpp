#include "ReportSettings.h"

#include "instruments/InstrumentDefinition.h"

#include <cmath>

namespace {

bool holdsSeparator(const QString &text) {
    // The stored form is one point per line with "|" between the fields, so neither may appear
    // inside a field.
    return text.contains(QLatin1Char('|')) || text.contains(QLatin1Char('\n')) ||
           text.contains(QLatin1Char('\r'));
}

} // namespace

QString ReportSettings::validate() const {
    const QString threshold = validateThreshold(suppressionThreshold);
    if (!threshold.isEmpty())
        return threshold;
    if (followUpWeeks) {
        const QString weeks = validateFollowUpWeeks(*followUpWeeks);
        if (!weeks.isEmpty())
            return weeks;
    }
    return validatePoints(referencePoints);
}

QString ReportSettings::validateThreshold(int threshold) {
    if (threshold < minimumThreshold || threshold > maximumThreshold)
        return tr("The small-number threshold must be between %1 and %2 codings; %3 is not "
                  "allowed.")
            .arg(minimumThreshold)
            .arg(maximumThreshold)
            .arg(threshold);
    return {};
}

QString ReportSettings::validateFollowUpWeeks(int weeks) {
    if (weeks < minimumFollowUpWeeks || weeks > maximumFollowUpWeeks)
        return tr("The follow-up interval must be between %1 and %2 weeks; %3 is not allowed.")
            .arg(minimumFollowUpWeeks)
            .arg(maximumFollowUpWeeks)
            .arg(weeks);
    return {};
}

std::optional<int> ReportSettings::followUpWeeksFor(const InstrumentDefinition &definition) const {
    if (!definition.followUp)
        return std::nullopt;
    return followUpWeeks.value_or(definition.followUp->afterWeeks);
}

QString ReportSettings::validatePoints(const QList<ReferencePoint> &points) {
    if (points.size() > maximumPoints)
        return tr("There can be at most %1 reference points; there are %2.")
            .arg(maximumPoints)
            .arg(points.size());
    for (qsizetype i = 0; i < points.size(); ++i) {
        const ReferencePoint &point = points.at(i);
        const QString label = point.label.trimmed();
        const QString name = label.isEmpty()
                                 ? tr("Reference point %1").arg(i + 1)
                                 : tr("Reference point %1 (\u201c%2\u201d)").arg(i + 1).arg(label);
        if (label.isEmpty())
            return tr("%1 has no label. Say what the figure is, e.g. \u201cBefore training\u201d.")
                .arg(name);
        if (!std::isfinite(point.value) || point.value < minimumPointValue ||
            point.value > maximumPointValue)
            return tr("%1: the value must be between %2 and %3 on the MSW scale.")
                .arg(name, QString::number(minimumPointValue, 'f', 1),
                     QString::number(maximumPointValue, 'f', 1));
        if (holdsSeparator(point.label) || holdsSeparator(point.source))
            return tr("%1: the label and source cannot contain \u201c|\u201d or a line break.")
                .arg(name);
    }
    return {};
}

ReportSettings ReportSettings::normalised() const {
    ReportSettings copy = *this;
    for (ReferencePoint &point : copy.referencePoints) {
        point.label = point.label.trimmed();
        point.source = point.source.trimmed();
    }
    return copy;
}

bool operator==(const ReferencePoint &a, const ReferencePoint &b) {
    return a.value == b.value && a.label == b.label && a.source == b.source;
}

bool operator==(const ReportSettings &a, const ReportSettings &b) {
    return a.suppressionThreshold == b.suppressionThreshold &&
           a.referencePoints == b.referencePoints && a.followUpWeeks == b.followUpWeeks;
}
