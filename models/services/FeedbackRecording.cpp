#include "FeedbackRecording.h"

#include "CodingVisibility.h"
#include "reports/ReportPeriod.h"
#include "settings/Settings.h"
#include "stats/Descriptive.h"
#include "storage/Database.h"
#include "storage/OrganisationSettingsRepository.h"

#include <algorithm>
#include <vector>

FeedbackRecording::FeedbackRecording(Database &database)
    : m_database(database) {}

QList<NamedId> FeedbackRecording::practitioners() const {
    return ReportQueries(m_database).practitioners();
}

QList<CodingChoice> FeedbackRecording::finalCodings(qint64 practitionerId) const {
    return FeedbackRepository(m_database).finalCodings(practitionerId);
}

QList<FeedbackDueItem> FeedbackRecording::due(const QDate &today) const {
    return FeedbackRepository(m_database).due(today);
}

namespace {

constexpr int feedbackDueDays = 7;
// "This week" ahead of the due day, and "this month" past it.
constexpr int dueSoonDays = 7;
constexpr int recentlyOverdueDays = 31;

bool isDueNow(const FeedbackDueItem &item) {
    return item.daysOverdue > -dueSoonDays && item.daysOverdue <= recentlyOverdueDays;
}

} // namespace

QList<FeedbackDueItem> FeedbackRecording::dueNow(const QDate &today,
                                                 const DueFilter &filter) const {
    // Every final coding without feedback, counted from its due day rather than from finalising.
    QList<FeedbackDueItem> items = FeedbackRepository(m_database).due(today, 0);
    for (FeedbackDueItem &item : items)
        item.daysOverdue -= feedbackDueDays;
    items.removeIf([&](const FeedbackDueItem &item) {
        const bool left = item.practitionerLeftOn.isValid() && item.practitionerLeftOn <= today;
        return item.daysOverdue <= -dueSoonDays || (filter.hideLeavers && left) ||
               (filter.teamId > 0 && item.teamId != filter.teamId) ||
               (filter.coderId > 0 && item.coderId != filter.coderId) ||
               (filter.coachId > 0 && item.coachId != filter.coachId) ||
               (filter.recordedFrom.isValid() && item.recordedOn < filter.recordedFrom);
    });
    orderDueNowFirst(items);
    return items;
}

void FeedbackRecording::orderDueNowFirst(QList<FeedbackDueItem> &items) {
    std::stable_sort(
        items.begin(), items.end(), [](const FeedbackDueItem &a, const FeedbackDueItem &b) {
            const bool aNow = isDueNow(a);
            if (aNow != isDueNow(b))
                return aNow;
            // Now: the most overdue of this month first, then those falling due.
            // Older: the most recently due first.
            return aNow ? a.daysOverdue > b.daysOverdue : a.daysOverdue < b.daysOverdue;
        });
}

std::optional<FeedbackSheet> FeedbackRecording::sheet(qint64 codingId, qint64 viewerId,
                                                      QString *hiddenWhy) const {
    if (!CodingVisibility(m_database).maySee(codingId, viewerId, hiddenWhy))
        return std::nullopt;
    return FeedbackRepository(m_database).sheet(codingId);
}

QList<TrajectoryPoint> FeedbackRecording::trajectory(qint64 practitionerId, qint64 viewerId) const {
    const CodingVisibility visibility(m_database);
    QList<TrajectoryPoint> points = FeedbackRepository(m_database).trajectory(practitionerId);
    points.removeIf([&visibility, viewerId](const TrajectoryPoint &point) {
        return !visibility.maySee(point.codingId, viewerId);
    });
    return points;
}

std::optional<FeedbackRecording::TeamMean> FeedbackRecording::teamMean(const FeedbackSheet &sheet,
                                                                       QString *why) const {
    // The team's mean over the same quarter, shown only above the suppression threshold.
    const ReportPeriod quarter = ReportPeriod::quarterContaining(sheet.recordedOn);
    const QList<double> team =
        FeedbackRepository(m_database).teamScores(sheet.teamId, quarter.from(), quarter.to());
    const Settings settings;
    const int threshold = OrganisationSettingsRepository(m_database)
                              .reportSettingsCarryingOver(settings.legacySuppressionThreshold(),
                                                          settings.coderUsername())
                              .suppressionThreshold;
    if (team.size() < threshold) {
        if (why)
            *why = tr("Too few team codings in %1 to show a team mean.").arg(quarter.key());
        return std::nullopt;
    }
    return TeamMean{tr("Team mean, %1").arg(quarter.key()),
                    Descriptive::mean(std::vector<double>(team.begin(), team.end()))};
}

bool FeedbackRecording::recordFeedbackGiven(const FeedbackSheet &sheet, const QDate &on,
                                            const QDate &today, QString *error) {
    if (!on.isValid() || on < sheet.finalisedOn.addDays(-1) || on > today) {
        if (error)
            *error = tr("Feedback cannot be recorded before the coding was finalised or in the "
                        "future.");
        return false;
    }
    FeedbackRepository(m_database).recordFeedbackGiven(sheet.codingId, sheet.version, on);
    return true;
}
