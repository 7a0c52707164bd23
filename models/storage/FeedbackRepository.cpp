#include "FeedbackRepository.h"

#include "Database.h"
#include "ReportQueries.h"
#include "SqlDialect.h"
#include "SqlValues.h"
#include "StorageError.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QString effective = ReportQueries::effectiveCodingCondition();

QList<TrajectoryPoint> readMeans(QSqlQuery &query) {
    QList<TrajectoryPoint> points;
    while (Database::next(query)) {
        points.append({query.value(0).toLongLong(), SqlValues::dayOf(query.value(1)),
                       query.value(2).toDouble()});
    }
    return points;
}

} // namespace

FeedbackRepository::FeedbackRepository(Database &database)
    : m_database(database) {}

std::optional<FeedbackSheet> FeedbackRepository::sheet(qint64 codingId) const {
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "SELECT c.id, r.id, r.code, p.id, p.code, p.display_name, t.id, t.name, r.recorded_on, "
        "u.display_name, c.role, c.window_start_ms, c.window_end_ms, c.finalised_at, "
        "c.feedback_given_on, c.comment, c.version FROM codings c JOIN recordings r ON r.id = "
        "c.recording_id JOIN practitioners p ON p.id = r.practitioner_id JOIN teams t ON t.id = "
        "r.team_id JOIN users u ON u.id = c.coder_id WHERE c.id = ? AND c.status = 'final'"));
    query.addBindValue(codingId);
    Database::exec(query, QStringLiteral("Could not read the coding"));
    if (!Database::next(query))
        return std::nullopt;
    FeedbackSheet sheet;
    sheet.codingId = query.value(0).toLongLong();
    sheet.recordingId = query.value(1).toLongLong();
    sheet.recordingCode = query.value(2).toString();
    sheet.practitionerId = query.value(3).toLongLong();
    sheet.practitionerCode = query.value(4).toString();
    sheet.practitionerName = query.value(5).toString();
    sheet.teamId = query.value(6).toLongLong();
    sheet.teamName = query.value(7).toString();
    sheet.recordedOn = SqlValues::dayOf(query.value(8));
    sheet.coderName = query.value(9).toString();
    sheet.role = query.value(10).toString();
    sheet.windowStartMs = query.value(11).isNull() ? -1 : query.value(11).toLongLong();
    sheet.windowEndMs = query.value(12).isNull() ? -1 : query.value(12).toLongLong();
    sheet.finalisedOn = SqlValues::dayOf(query.value(13));
    sheet.feedbackGivenOn = SqlValues::dayOf(query.value(14));
    sheet.comment = query.value(15).toString();
    sheet.version = query.value(16).toInt();

    QSqlQuery scores = m_database.prepare(
        QStringLiteral("SELECT skill_key, score, not_codable_reason, rationale FROM skill_scores "
                       "WHERE coding_id = ?"));
    scores.addBindValue(codingId);
    Database::exec(scores, QStringLiteral("Could not read the scores"));
    while (Database::next(scores)) {
        FeedbackSheet::Score score;
        score.skillKey = scores.value(0).toString();
        if (!scores.value(1).isNull())
            score.score = scores.value(1).toInt();
        score.notCodableReason = scores.value(2).toString();
        score.rationale = scores.value(3).toString();
        sheet.scores.append(score);
    }

    // A consensus coding is the one that counts, but the coach's evidence notes, comment and
    // feedback were usually recorded on the primary coding before the coders met. They carry
    // over, so that agreeing a consensus never makes anything the coach recorded disappear.
    qint64 primaryId = 0;
    if (sheet.role == QLatin1String("consensus")) {
        QSqlQuery primary = m_database.prepare(QStringLiteral(
            "SELECT id, comment, feedback_given_on FROM codings WHERE "
            "recording_id = ? AND role = 'primary' AND status = 'final' ORDER BY id"));
        primary.addBindValue(sheet.recordingId);
        Database::exec(primary, QStringLiteral("Could not read the primary coding"));
        if (Database::next(primary)) {
            primaryId = primary.value(0).toLongLong();
            const QString comment = primary.value(1).toString().trimmed();
            if (!comment.isEmpty() && !sheet.comment.contains(comment))
                sheet.comment = sheet.comment.trimmed().isEmpty()
                                    ? comment
                                    : sheet.comment + QStringLiteral("\n\n") + comment;
            const QDate feedback = SqlValues::dayOf(primary.value(2));
            if (feedback.isValid() &&
                (!sheet.feedbackGivenOn.isValid() || feedback < sheet.feedbackGivenOn))
                sheet.feedbackGivenOn = feedback;
        }
    }

    QSqlQuery notes = m_database.prepare(
        QStringLiteral(
            "SELECT n.id, n.at_ms, n.kind, n.body, s.skill_key FROM evidence_notes n LEFT JOIN "
            "evidence_note_skills s ON s.note_id = n.id WHERE n.coding_id IN (?, ?) ORDER BY "
            "n.at_ms, n.id, ") +
        m_database.dialect().bytewiseOrder(QStringLiteral("s.skill_key")));
    notes.addBindValue(codingId);
    notes.addBindValue(primaryId);
    Database::exec(notes, QStringLiteral("Could not read the evidence notes"));
    while (Database::next(notes)) {
        const qint64 id = notes.value(0).toLongLong();
        if (sheet.notes.isEmpty() || sheet.notes.constLast().id != id) {
            sheet.notes.append({id,
                                notes.value(1).toLongLong(),
                                notes.value(2).toString(),
                                notes.value(3).toString(),
                                {}});
        }
        if (!notes.value(4).isNull())
            sheet.notes.last().skillKeys.append(notes.value(4).toString());
    }
    return sheet;
}

QList<CodingChoice> FeedbackRepository::finalCodings(qint64 practitionerId) const {
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT c.id, r.recorded_on, r.code, c.role FROM codings c JOIN "
                       "recordings r ON r.id = c.recording_id WHERE r.practitioner_id = ? AND ") +
        effective + QStringLiteral(" ORDER BY r.recorded_on DESC, c.id DESC"));
    query.addBindValue(practitionerId);
    Database::exec(query, QStringLiteral("Could not list the practitioner's codings"));
    QList<CodingChoice> choices;
    while (Database::next(query)) {
        choices.append({query.value(0).toLongLong(), SqlValues::dayOf(query.value(1)),
                        query.value(2).toString(), query.value(3).toString()});
    }
    return choices;
}

QList<TrajectoryPoint> FeedbackRepository::trajectory(qint64 practitionerId) const {
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT c.id, r.recorded_on, AVG(CAST(s.score AS DOUBLE PRECISION)) FROM "
                       "codings c JOIN recordings "
                       "r ON r.id = c.recording_id JOIN skill_scores s ON s.coding_id = c.id "
                       "AND s.score IS NOT NULL WHERE r.practitioner_id = ? AND ") +
        effective + QStringLiteral(" GROUP BY c.id, r.recorded_on ORDER BY r.recorded_on, c.id"));
    query.addBindValue(practitionerId);
    Database::exec(query, QStringLiteral("Could not read the practitioner's trajectory"));
    return readMeans(query);
}

QList<double> FeedbackRepository::teamScores(qint64 teamId, const QDate &from,
                                             const QDate &to) const {
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT c.id, r.recorded_on, AVG(CAST(s.score AS DOUBLE PRECISION)) FROM "
                       "codings c JOIN recordings "
                       "r ON r.id = c.recording_id JOIN skill_scores s ON s.coding_id = c.id "
                       "AND s.score IS NOT NULL WHERE r.team_id = ? AND r.recorded_on >= ? AND "
                       "r.recorded_on <= ? AND ") +
        effective + QStringLiteral(" GROUP BY c.id, r.recorded_on"));
    query.addBindValue(teamId);
    query.addBindValue(from.toString(Qt::ISODate));
    query.addBindValue(to.toString(Qt::ISODate));
    Database::exec(query, QStringLiteral("Could not read the team's scores"));
    QList<double> scores;
    for (const TrajectoryPoint &point : readMeans(query))
        scores.append(point.overall);
    return scores;
}

QList<FeedbackDueItem> FeedbackRepository::due(const QDate &today, int days) const {
    // Compared as text: finalised_at is UTC ISO-8601, so its date part orders like the date.
    const QString cutoff = today.addDays(-days).toString(Qt::ISODate);
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "SELECT c.id, p.code, p.display_name, t.name, r.recorded_on, c.finalised_at, "
        "u.display_name, t.id, c.coder_id, p.left_on, ca.coach_id, coach.display_name FROM "
        "codings c JOIN recordings r ON r.id = c.recording_id JOIN "
        "practitioners p ON p.id = r.practitioner_id JOIN teams t ON t.id = r.team_id JOIN users "
        "u ON u.id = c.coder_id LEFT JOIN coach_assignments ca ON ca.practitioner_id = p.id "
        "LEFT JOIN users coach ON coach.id = ca.coach_id WHERE c.role = 'primary' AND c.status = "
        "'final' AND "
        "c.finalised_at < ? AND NOT EXISTS (SELECT 1 FROM codings f WHERE f.recording_id = "
        "c.recording_id AND f.role IN ('primary', 'consensus') AND f.feedback_given_on IS NOT "
        "NULL) ORDER BY c.finalised_at, c.id"));
    query.addBindValue(cutoff);
    Database::exec(query, QStringLiteral("Could not list the feedback due"));
    QList<FeedbackDueItem> items;
    while (Database::next(query)) {
        FeedbackDueItem item;
        item.codingId = query.value(0).toLongLong();
        item.practitionerCode = query.value(1).toString();
        item.practitionerName = query.value(2).toString();
        item.teamName = query.value(3).toString();
        item.recordedOn = SqlValues::dayOf(query.value(4));
        item.finalisedOn = SqlValues::dayOf(query.value(5));
        item.coderName = query.value(6).toString();
        item.teamId = query.value(7).toLongLong();
        item.coderId = query.value(8).toLongLong();
        item.practitionerLeftOn = SqlValues::dayOf(query.value(9));
        item.coachId = query.value(10).toLongLong();
        item.coachName = query.value(11).toString();
        item.daysOverdue = int(item.finalisedOn.addDays(days).daysTo(today));
        if (item.daysOverdue > 0)
            items.append(item);
    }
    return items;
}

void FeedbackRepository::recordFeedbackGiven(qint64 codingId, int version, const QDate &on) {
    QSqlQuery query = m_database.prepare(
        QStringLiteral("UPDATE codings SET feedback_given_on = ?, version = version + 1 WHERE id "
                       "= ? AND status = 'final' AND version = ?"));
    query.addBindValue(on.toString(Qt::ISODate));
    query.addBindValue(codingId);
    query.addBindValue(version);
    Database::exec(query, QStringLiteral("Could not record the feedback"));
    if (query.numRowsAffected() == 1)
        return;
    QSqlQuery row = m_database.prepare(
        QStringLiteral("SELECT c.version, r.code FROM codings c JOIN recordings r ON r.id = "
                       "c.recording_id WHERE c.id = ? AND c.status = 'final'"));
    row.addBindValue(codingId);
    Database::exec(row, QStringLiteral("Could not record the feedback"));
    if (Database::next(row) && row.value(0).toInt() != version)
        throw StorageError::staleCoding(row.value(1).toString());
    throw StorageError(StorageError::Kind::NotFound,
                       QStringLiteral("Coding %1 is not a final coding").arg(codingId));
}
