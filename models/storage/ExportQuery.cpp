#include "ExportQuery.h"

#include "Database.h"
#include "SqlDialect.h"
#include "SqlValues.h"

#include <algorithm>
#include <optional>

QList<ExportQuery::CodingRow> ExportQuery::codings(const QStringList &skills) const {
    QList<CodingRow> rows;
    forEachCoding(skills, [&rows](const CodingRow &row) { rows.append(row); });
    return rows;
}

QList<ExportQuery::EvidenceRow> ExportQuery::evidenceNotes() const {
    QList<EvidenceRow> rows;
    forEachEvidenceNote([&rows](const EvidenceRow &row) { rows.append(row); });
    return rows;
}

QSqlQuery ExportQuery::streamed(const QString &sql) const {
    QSqlQuery query = m_database.prepare(sql);
    // Otherwise the driver keeps every row it has handed out, so that it could step back.
    query.setForwardOnly(true);
    return query;
}

void ExportQuery::forEachCoding(const QStringList &skills,
                                const std::function<void(const CodingRow &)> &visit) const {
    // Each score is looked up beside its coding (the (coding_id, skill_key) index), so no more
    // than one coding's scores is ever held, however many years the database keeps. Recordings
    // come first (CROSS JOIN keeps that order in SQLite; other engines read it as a plain join)
    // and are read in code order from their index, so only one recording's codings are sorted
    // at a time, rather than every row, comments and all, being sorted before the first is out.
    QString scoreColumns;
    for (qsizetype i = 0; i < skills.size(); ++i)
        scoreColumns += QStringLiteral(", (SELECT s.score FROM skill_scores s WHERE s.coding_id "
                                       "= c.id AND s.skill_key = ?)");
    QSqlQuery query = streamed(
        QStringLiteral("SELECT c.id, r.code, p.code, f.case_code, r.recorded_on, r.session_type, "
                       "u.username, c.role, c.status, c.finalised_at, c.updated_at, c.comment, "
                       "c.scheme_id, c.scheme_version, r.selection_reason") +
        scoreColumns +
        QStringLiteral(" FROM recordings r CROSS JOIN codings c "
                       "JOIN practitioners p ON p.id = r.practitioner_id "
                       "JOIN families f ON f.id = r.family_id "
                       "JOIN users u ON u.id = c.coder_id "
                       "WHERE c.recording_id = r.id "
                       "ORDER BY ") +
        m_database.dialect().bytewiseOrder(QStringLiteral("r.code")) +
        QStringLiteral(", CASE c.role WHEN 'primary' THEN 0 WHEN 'second' THEN 1 ELSE 2 END, "
                       "c.id"));
    for (const QString &skill : skills)
        query.addBindValue(skill);
    Database::exec(query, QStringLiteral("Could not read the codings"));
    constexpr int FirstScore = 15;
    while (Database::next(query)) {
        CodingRow row{query.value(0).toString(),
                      query.value(1).toString(),
                      query.value(2).toString(),
                      query.value(3).toString(),
                      query.value(4).toString(),
                      query.value(5).toString(),
                      query.value(6).toString(),
                      query.value(7).toString(),
                      query.value(8).toString(),
                      SqlValues::toInstant(query.value(9)),
                      SqlValues::toInstant(query.value(10)),
                      query.value(11).toString(),
                      query.value(12).toString(),
                      query.value(13).toString(),
                      {},
                      query.value(14).toString()};
        for (qsizetype i = 0; i < skills.size(); ++i) {
            const QVariant score = query.value(FirstScore + int(i));
            if (!score.isNull())
                row.scores.insert(skills.at(i), score.toInt());
        }
        visit(row);
    }
}

void ExportQuery::forEachEvidenceNote(const std::function<void(const EvidenceRow &)> &visit) const {
    // A note's skills arrive as consecutive rows (one per skill), gathered and sorted here and
    // handed on when the next note starts: one note is held at a time. (Ordering them in SQL
    // too leads SQLite to build a temporary index of every note's skills.) Recordings lead, as
    // for codings, so only one recording's notes are sorted at a time.
    QSqlQuery query = streamed(
        QStringLiteral(
            "SELECT n.id, c.id, r.code, p.code, u.username, c.role, c.status, n.at_ms, n.kind, "
            "n.body, k.skill_key FROM recordings r CROSS JOIN codings c "
            "JOIN evidence_notes n ON n.coding_id = c.id "
            "JOIN practitioners p ON p.id = r.practitioner_id "
            "JOIN users u ON u.id = c.coder_id "
            "LEFT JOIN evidence_note_skills k ON k.note_id = n.id "
            "WHERE c.recording_id = r.id "
            "ORDER BY ") +
        m_database.dialect().bytewiseOrder(QStringLiteral("r.code")) +
        QStringLiteral(", c.id, n.at_ms, n.id"));
    Database::exec(query, QStringLiteral("Could not read the evidence notes"));
    std::optional<EvidenceRow> note;
    const auto handOn = [&note, &visit] {
        // Skill keys are ASCII, so this is the order SQLite's BINARY collation gives.
        std::sort(note->skills.begin(), note->skills.end());
        visit(*note);
    };
    while (Database::next(query)) {
        const qint64 noteId = query.value(0).toLongLong();
        if (!note || note->noteId != noteId) {
            if (note)
                handOn();
            note = EvidenceRow{noteId,
                               query.value(1).toString(),
                               query.value(2).toString(),
                               query.value(3).toString(),
                               query.value(4).toString(),
                               query.value(5).toString(),
                               query.value(6).toString(),
                               query.value(7).toLongLong(),
                               query.value(8).toString(),
                               {},
                               query.value(9).toString()};
        }
        if (!query.value(10).isNull())
            note->skills.append(query.value(10).toString());
    }
    if (note)
        handOn();
}

namespace {

// Text is ordered byte by byte on every engine, so that exports are identical on each.
QString administrationOrder(const SqlDialect &dialect) {
    QStringList columns;
    for (const char *column :
         {"f.case_code", "a.respondent", "a.instrument_id", "a.timepoint", "a.administered_on"})
        columns.append(dialect.bytewiseOrder(QString::fromLatin1(column)));
    return columns.join(QStringLiteral(", "));
}

} // namespace

std::optional<ExportQuery::UnknownInstrument>
ExportQuery::firstUnknownInstrument(const QStringList &knownInstruments) const {
    QStringList marks;
    for (qsizetype i = 0; i < knownInstruments.size(); ++i)
        marks.append(QStringLiteral("?"));
    QSqlQuery query = streamed(
        QStringLiteral("SELECT f.case_code, a.instrument_id FROM instrument_administrations a "
                       "JOIN families f ON f.id = a.family_id") +
        (marks.isEmpty() ? QString()
                         : QStringLiteral(" WHERE a.instrument_id NOT IN (%1)")
                               .arg(marks.join(QStringLiteral(", ")))) +
        QStringLiteral(" ORDER BY ") + administrationOrder(m_database.dialect()) +
        QStringLiteral(" LIMIT 1"));
    for (const QString &id : knownInstruments)
        query.addBindValue(id);
    Database::exec(query, QStringLiteral("Could not read the questionnaires"));
    if (!Database::next(query))
        return std::nullopt;
    return UnknownInstrument{query.value(0).toString(), query.value(1).toString()};
}

void ExportQuery::forEachAdministration(
    const std::function<void(const InstrumentResponse &)> &visit) const {
    // As with evidence notes: an administration's answers arrive as consecutive rows.
    QSqlQuery query = streamed(
        QStringLiteral("SELECT a.id, f.case_code, a.respondent, a.instrument_id, a.timepoint, "
                       "a.administered_on, a.mode, i.item, i.value "
                       "FROM instrument_administrations a JOIN families f ON f.id = a.family_id "
                       "LEFT JOIN instrument_item_responses i ON i.administration_id = a.id "
                       "ORDER BY ") +
        administrationOrder(m_database.dialect()) + QStringLiteral(", a.id, i.item"));
    Database::exec(query, QStringLiteral("Could not read the questionnaires"));
    std::optional<InstrumentResponse> response;
    while (Database::next(query)) {
        const qint64 id = query.value(0).toLongLong();
        if (!response || response->id != id) {
            if (response)
                visit(*response);
            response = InstrumentResponse();
            response->id = id;
            response->familyCode = query.value(1).toString();
            response->respondent = query.value(2).toString();
            response->instrumentId = query.value(3).toString();
            response->timepoint = query.value(4).toString();
            response->administeredOn = QDate::fromString(query.value(5).toString(), Qt::ISODate);
            response->mode = query.value(6).toString();
        }
        if (!query.value(7).isNull())
            response->items.insert(query.value(7).toInt(), query.value(8).toInt());
    }
    if (response)
        visit(*response);
}
