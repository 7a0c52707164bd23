#include "ExportQuery.h"

#include "Database.h"
#include "SqlDialect.h"
#include "SqlValues.h"

QList<ExportQuery::CodingRow> ExportQuery::codings() const {
    QList<CodingRow> rows;
    forEachCoding([&rows](const CodingRow &row) { rows.append(row); });
    return rows;
}

QList<ExportQuery::EvidenceRow> ExportQuery::evidenceNotes() const {
    QList<EvidenceRow> rows;
    forEachEvidenceNote([&rows](const EvidenceRow &row) { rows.append(row); });
    return rows;
}

void ExportQuery::forEachCoding(const std::function<void(const CodingRow &)> &visit) const {
    QHash<qint64, QHash<QString, int>> scores;
    QSqlQuery scoreQuery =
        m_database.prepare(QStringLiteral("SELECT coding_id, skill_key, score FROM skill_scores"));
    Database::exec(scoreQuery, QStringLiteral("Could not read the scores"));
    while (Database::next(scoreQuery)) {
        if (!scoreQuery.value(2).isNull())
            scores[scoreQuery.value(0).toLongLong()].insert(scoreQuery.value(1).toString(),
                                                            scoreQuery.value(2).toInt());
    }

    QSqlQuery query = m_database.prepare(
        QStringLiteral(
            "SELECT c.id, r.code, p.code, f.case_code, r.recorded_on, r.session_type, u.username, "
            "c.role, c.status, c.finalised_at, c.updated_at, c.comment, c.scheme_id, "
            "c.scheme_version FROM codings c "
            "JOIN recordings r ON r.id = c.recording_id "
            "JOIN practitioners p ON p.id = r.practitioner_id "
            "JOIN families f ON f.id = r.family_id "
            "JOIN users u ON u.id = c.coder_id "
            "ORDER BY %1, CASE c.role WHEN 'primary' THEN 0 WHEN 'second' THEN 1 ELSE 2 END, "
            "c.id")
            .arg(m_database.dialect().bytewiseOrder(QStringLiteral("r.code"))));
    Database::exec(query, QStringLiteral("Could not read the codings"));
    while (Database::next(query)) {
        const qint64 id = query.value(0).toLongLong();
        visit({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
               query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
               query.value(6).toString(), query.value(7).toString(), query.value(8).toString(),
               SqlValues::toInstant(query.value(9)), SqlValues::toInstant(query.value(10)),
               query.value(11).toString(), query.value(12).toString(), query.value(13).toString(),
               scores.value(id)});
    }
}

void ExportQuery::forEachEvidenceNote(const std::function<void(const EvidenceRow &)> &visit) const {
    QHash<qint64, QStringList> skills;
    QSqlQuery skillQuery = m_database.prepare(
        QStringLiteral("SELECT note_id, skill_key FROM evidence_note_skills ORDER BY ") +
        m_database.dialect().bytewiseOrder(QStringLiteral("skill_key")));
    Database::exec(skillQuery, QStringLiteral("Could not read the evidence notes"));
    while (Database::next(skillQuery))
        skills[skillQuery.value(0).toLongLong()].append(skillQuery.value(1).toString());

    QSqlQuery query = m_database.prepare(
        QStringLiteral(
            "SELECT n.id, c.id, r.code, p.code, u.username, c.role, c.status, n.at_ms, n.kind, "
            "n.body FROM evidence_notes n "
            "JOIN codings c ON c.id = n.coding_id "
            "JOIN recordings r ON r.id = c.recording_id "
            "JOIN practitioners p ON p.id = r.practitioner_id "
            "JOIN users u ON u.id = c.coder_id "
            "ORDER BY %1, c.id, n.at_ms, n.id")
            .arg(m_database.dialect().bytewiseOrder(QStringLiteral("r.code"))));
    Database::exec(query, QStringLiteral("Could not read the evidence notes"));
    while (Database::next(query)) {
        const qint64 noteId = query.value(0).toLongLong();
        visit({noteId, query.value(1).toString(), query.value(2).toString(),
               query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
               query.value(6).toString(), query.value(7).toLongLong(), query.value(8).toString(),
               skills.value(noteId), query.value(9).toString()});
    }
}
