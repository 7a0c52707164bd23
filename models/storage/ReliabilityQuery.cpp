#include "ReliabilityQuery.h"

#include "Database.h"
#include "SqlDialect.h"
#include "SqlValues.h"

#include <QSqlQuery>
#include <QVariant>

ReliabilityQuery::ReliabilityQuery(const Database &database)
    : m_database(database) {}

QStringList ReliabilityQuery::skillKeys() const {
    QSqlQuery query =
        m_database.prepare(QStringLiteral("SELECT skill_key FROM skills ORDER BY ") +
                           m_database.dialect().bytewiseOrder(QStringLiteral("skill_key")));
    Database::exec(query, QStringLiteral("Could not read the skills"));
    QStringList keys;
    while (Database::next(query))
        keys.append(query.value(0).toString());
    return keys;
}

std::vector<DoubleCodedRecording> ReliabilityQuery::pairs(const QDate &from, const QDate &to,
                                                          const ReportFilter &filter) const {
    const QStringList skills = skillKeys();
    // One row per double-coded recording, both coders' scores side by side: reading ten years
    // of pairs row by row is the slow part, so the pivot is done by the database.
    QString columns;
    for (qsizetype i = 0; i < skills.size(); ++i) {
        columns += QStringLiteral(", MAX(CASE WHEN sp.skill_key = ? THEN sp.score END), "
                                  "MAX(CASE WHEN sq.skill_key = ? THEN sq.score END)");
    }
    QString sql =
        QStringLiteral("SELECT r.id, r.recorded_on, (SELECT AVG(CAST(a.score AS DOUBLE PRECISION)) "
                       "FROM skill_scores a WHERE "
                       "a.coding_id = p.id), (SELECT AVG(CAST(b.score AS DOUBLE PRECISION)) FROM "
                       "skill_scores b WHERE "
                       "b.coding_id = q.id)") +
        columns +
        // Recordings first (CROSS JOIN fixes the order in SQLite): for one quarter the date
        // index finds a few hundred recordings, where starting from the codings' status index
        // would test every final primary coding in ten years.
        QStringLiteral(" FROM recordings r CROSS JOIN codings p JOIN codings q ON q.recording_id "
                       "= p.recording_id AND q.role = 'second' AND q.status = 'final' JOIN "
                       "skill_scores sp ON sp.coding_id = p.id AND sp.score IS NOT NULL JOIN "
                       "skill_scores sq ON sq.coding_id = q.id AND sq.skill_key = sp.skill_key "
                       "AND sq.score IS NOT NULL WHERE p.recording_id = r.id AND p.role = "
                       "'primary' AND p.status = 'final'");
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
    sql += QStringLiteral(" GROUP BY r.id, r.recorded_on, p.id, q.id ORDER BY r.recorded_on, r.id");

    QSqlQuery query = m_database.prepare(sql);
    query.setForwardOnly(true);
    for (const QString &skill : skills) {
        query.addBindValue(skill);
        query.addBindValue(skill);
    }
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
    while (Database::next(query)) {
        DoubleCodedRecording recording;
        recording.recordingId = query.value(0).toLongLong();
        recording.recordedOn = SqlValues::dayOf(query.value(1));
        if (!query.value(2).isNull() && !query.value(3).isNull())
            recording.overall =
                std::make_pair(query.value(2).toDouble(), query.value(3).toDouble());
        for (qsizetype i = 0; i < skills.size(); ++i) {
            const QVariant a = query.value(int(4 + 2 * i));
            const QVariant b = query.value(int(5 + 2 * i));
            // Only skills both coders scored form a pair; the join already dropped the rest.
            if (!a.isNull() && !b.isNull()) {
                recording.primary.insert(skills.at(i), a.toInt());
                recording.second.insert(skills.at(i), b.toInt());
            }
        }
        result.push_back(std::move(recording));
    }
    return result;
}
