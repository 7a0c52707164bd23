#include "ReliabilityQuery.h"

#include "Database.h"

#include <QSqlQuery>
#include <QVariant>

ReliabilityQuery::ReliabilityQuery(const Database &database)
    : m_database(database)
{
}

std::vector<DoubleCodedRecording> ReliabilityQuery::pairs(const QDate &from, const QDate &to,
                                                          const ReportFilter &filter) const
{
    QString sql = QStringLiteral(
        "SELECT r.id, r.recorded_on, c.role, s.skill_key, s.score FROM recordings r "
        "JOIN codings c ON c.recording_id = r.id AND c.status = 'final' "
        "AND c.role IN ('primary', 'second') "
        "JOIN skill_scores s ON s.coding_id = c.id AND s.score IS NOT NULL "
        "WHERE EXISTS (SELECT 1 FROM codings p WHERE p.recording_id = r.id AND p.role = "
        "'primary' AND p.status = 'final') AND EXISTS (SELECT 1 FROM codings q WHERE "
        "q.recording_id = r.id AND q.role = 'second' AND q.status = 'final')");
    if (from.isValid())
        sql += QStringLiteral(" AND r.recorded_on >= ?");
    if (to.isValid())
        sql += QStringLiteral(" AND r.recorded_on <= ?");
    if (filter.practitionerId != 0) {
        sql += QStringLiteral(" AND r.practitioner_id = ?");
    } else if (!filter.teamIds.isEmpty()) {
        QStringList marks;
        for (qsizetype i = 0; i < filter.teamIds.size(); ++i)
            marks.append(QStringLiteral("?"));
        sql += QStringLiteral(" AND r.team_id IN (") + marks.join(QStringLiteral(", ")) +
               QStringLiteral(")");
    }
    sql += QStringLiteral(" ORDER BY r.recorded_on, r.id");

    QSqlQuery query = m_database.prepare(sql);
    query.setForwardOnly(true);
    if (from.isValid())
        query.addBindValue(from.toString(Qt::ISODate));
    if (to.isValid())
        query.addBindValue(to.toString(Qt::ISODate));
    if (filter.practitionerId != 0) {
        query.addBindValue(filter.practitionerId);
    } else {
        for (qint64 id : filter.teamIds)
            query.addBindValue(id);
    }
    Database::exec(query, QStringLiteral("Could not read the double-coded recordings"));

    std::vector<DoubleCodedRecording> result;
    while (query.next()) {
        const qint64 recordingId = query.value(0).toLongLong();
        if (result.empty() || result.back().recordingId != recordingId) {
            DoubleCodedRecording recording;
            recording.recordingId = recordingId;
            recording.recordedOn =
                QDate::fromString(query.value(1).toString().left(10), Qt::ISODate);
            result.push_back(std::move(recording));
        }
        auto &scores = query.value(2).toString() == QLatin1String("primary")
                           ? result.back().primary
                           : result.back().second;
        scores.insert(query.value(3).toString(), query.value(4).toInt());
    }
    return result;
}
