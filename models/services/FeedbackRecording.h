#pragma once

#include "storage/FeedbackRepository.h"
#include "storage/ReportQueries.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class Database;

// What a coach does with coaching feedback: find the sheets whose feedback is overdue, read a
// practitioner's sheet for one final coding with their trajectory (and, when enough of the
// team's sessions were coded, the team's mean to read it against), and record the day the
// feedback was given. Nothing here shows a viewer a coding that blind coding still hides
// from them.
class FeedbackRecording {
    Q_DECLARE_TR_FUNCTIONS(FeedbackRecording)

public:
    // A level to read a trajectory against, e.g. "Team mean, 2025-Q1".
    struct TeamMean {
        QString name;
        double value = 0.0;
    };

    explicit FeedbackRecording(Database &database);

    // Every practitioner; name is "CODE: display name". Each method below throws StorageError
    // when the database cannot be read or written.
    QList<NamedId> practitioners() const;
    QList<CodingChoice> finalCodings(qint64 practitionerId) const;
    // Final codings whose feedback is more than 7 days overdue on today, most overdue first.
    QList<FeedbackDueItem> due(const QDate &today) const;

    // Which feedback the "Feedback due" list shows; 0 or an invalid date: any.
    struct DueFilter {
        qint64 teamId = 0;
        qint64 coderId = 0;
        qint64 coachId = 0;
        QDate recordedFrom;
        bool hideLeavers = true; // practitioners who have left are not coached any more
    };
    // Feedback is due 7 days after the coding is finalised. The list a coach opens on: what is
    // due now (falling due in the next 7 days, or overdue by at most a month) first, soonest due
    // first; then the older ones, most recently due first, so years-old items do not bury this
    // week's. daysOverdue is days past the due day (negative: due in that many days).
    QList<FeedbackDueItem> dueNow(const QDate &today, const DueFilter &filter) const;
    // The order above, for items whose daysOverdue counts from the due day.
    static void orderDueNowFirst(QList<FeedbackDueItem> &items);
    // nullopt when the coding is not final, or when `viewerId` may not see it yet (blind
    // coding, see CodingVisibility); *hiddenWhy then says why, for the screen.
    std::optional<FeedbackSheet> sheet(qint64 codingId, qint64 viewerId,
                                       QString *hiddenWhy = nullptr) const;
    // The practitioner's final codings over time, without those `viewerId` may not see yet.
    QList<TrajectoryPoint> trajectory(qint64 practitionerId, qint64 viewerId) const;
    // The team's mean over the session's quarter, or nullopt with *why set when too few of the
    // team's sessions were coded (under the organisation's threshold) to show one.
    std::optional<TeamMean> teamMean(const FeedbackSheet &sheet, QString *why) const;

    // Records that feedback on the sheet's coding was given on `on`. Refuses, with *error set
    // and nothing written, a day before the coding was finalised or after today.
    bool recordFeedbackGiven(const FeedbackSheet &sheet, const QDate &on, const QDate &today,
                             QString *error);

private:
    Database &m_database;
};
