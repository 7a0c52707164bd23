#include "CodingDraftRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QSqlQuery>

CodingDraftRepository::CodingDraftRepository(Database &database)
    : m_database(database) {}

void CodingDraftRepository::saveNoteDraft(qint64 codingId, const NoteDraft &draft) {
    // Delete then insert rather than an upsert, whose spelling differs between the engines.
    deleteNoteDraft(codingId);
    const EvidenceNote &note = draft.note;
    QSqlQuery insert = m_database.prepare(
        QStringLiteral("INSERT INTO note_drafts (coding_id, note_id, at_ms, end_ms, kind, skills, "
                       "body, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(codingId);
    insert.addBindValue(SqlValues::optionalId(note.id));
    insert.addBindValue(qMax<qint64>(0, note.atMs));
    insert.addBindValue(SqlValues::optionalMs(note.endMs));
    insert.addBindValue(note.kind);
    insert.addBindValue(SqlValues::text(note.skills.join(QLatin1Char(','))));
    insert.addBindValue(SqlValues::text(note.text));
    insert.addBindValue(SqlValues::instant(draft.savedAt));
    Database::exec(insert, QStringLiteral("Could not keep the unfinished note"));
}

std::optional<NoteDraft> CodingDraftRepository::noteDraft(qint64 codingId) const {
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT note_id, at_ms, end_ms, kind, skills, body, saved_at FROM "
                       "note_drafts WHERE coding_id = ?"));
    query.addBindValue(codingId);
    Database::exec(query, QStringLiteral("Could not read the unfinished note"));
    if (!query.next())
        return std::nullopt;
    NoteDraft draft;
    draft.note.id = query.value(0).isNull() ? 0 : query.value(0).toLongLong();
    draft.note.codingId = codingId;
    draft.note.atMs = query.value(1).toLongLong();
    draft.note.endMs = SqlValues::toMs(query.value(2));
    draft.note.kind = query.value(3).toString();
    draft.note.skills = query.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    draft.note.text = query.value(5).toString();
    draft.savedAt = SqlValues::toInstant(query.value(6));
    return draft;
}

void CodingDraftRepository::deleteNoteDraft(qint64 codingId) {
    QSqlQuery remove =
        m_database.prepare(QStringLiteral("DELETE FROM note_drafts WHERE coding_id = ?"));
    remove.addBindValue(codingId);
    Database::exec(remove, QStringLiteral("Could not discard the unfinished note"));
}

void CodingDraftRepository::saveListeningPosition(qint64 recordingId, qint64 userId,
                                                  const ListeningPosition &position) {
    QSqlQuery update = m_database.prepare(
        QStringLiteral("UPDATE listening_positions SET position_ms = ?, speed = ?, updated_at = ?, "
                       "version = version + 1 WHERE recording_id = ? AND user_id = ?"));
    update.addBindValue(qMax<qint64>(0, position.positionMs));
    update.addBindValue(position.speed);
    update.addBindValue(SqlValues::nowUtc());
    update.addBindValue(recordingId);
    update.addBindValue(userId);
    Database::exec(update, QStringLiteral("Could not remember where you were listening"));
    if (update.numRowsAffected() > 0)
        return;
    // Only a coder of the recording has a place in it. After a consent withdrawal its codings
    // are gone, and a window still open on it must not leave a trace of it behind again.
    QSqlQuery coder = m_database.prepare(
        QStringLiteral("SELECT 1 FROM codings WHERE recording_id = ? AND coder_id = ?"));
    coder.addBindValue(recordingId);
    coder.addBindValue(userId);
    Database::exec(coder, QStringLiteral("Could not remember where you were listening"));
    if (!Database::next(coder))
        return;
    QSqlQuery insert = m_database.prepare(
        QStringLiteral("INSERT INTO listening_positions (recording_id, user_id, position_ms, "
                       "speed, updated_at) VALUES (?, ?, ?, ?, ?)"));
    insert.addBindValue(recordingId);
    insert.addBindValue(userId);
    insert.addBindValue(qMax<qint64>(0, position.positionMs));
    insert.addBindValue(position.speed);
    insert.addBindValue(SqlValues::nowUtc());
    Database::exec(insert, QStringLiteral("Could not remember where you were listening"));
}

std::optional<ListeningPosition> CodingDraftRepository::listeningPosition(qint64 recordingId,
                                                                          qint64 userId) const {
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT position_ms, speed FROM listening_positions WHERE recording_id = ? "
                       "AND user_id = ?"));
    query.addBindValue(recordingId);
    query.addBindValue(userId);
    Database::exec(query, QStringLiteral("Could not read where you were listening"));
    if (!query.next())
        return std::nullopt;
    return ListeningPosition{query.value(0).toLongLong(), query.value(1).toDouble()};
}

void CodingDraftRepository::deleteListeningPositions(qint64 recordingId) {
    QSqlQuery remove = m_database.prepare(
        QStringLiteral("DELETE FROM listening_positions WHERE recording_id = ?"));
    remove.addBindValue(recordingId);
    Database::exec(remove, QStringLiteral("Could not forget the listening positions"));
}
