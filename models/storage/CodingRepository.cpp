#include "CodingRepository.h"

#include "AuditLog.h"
#include "CodingDraftRepository.h"
#include "ConsensusRepository.h"
#include "Database.h"
#include "RecordingListSummary.h"
#include "RecordingRepository.h"
#include "ScopedTransaction.h"
#include "SqlDialect.h"
#include "SqlValues.h"
#include "StorageError.h"
#include "domain/ConsentRules.h"

#include <QCoreApplication>

namespace {

const QString codingColumns = QStringLiteral(
    "SELECT id, recording_id, coder_id, scheme_id, scheme_version, role, status, "
    "window_start_ms, window_end_ms, created_at, updated_at, finalised_at, active_ms, comment, "
    "feedback_given_on, version FROM codings ");

Coding codingFrom(const QSqlQuery &query) {
    Coding coding;
    coding.id = query.value(0).toLongLong();
    coding.recordingId = query.value(1).toLongLong();
    coding.coderId = query.value(2).toLongLong();
    coding.schemeId = query.value(3).toString();
    coding.schemeVersion = query.value(4).toInt();
    coding.role = query.value(5).toString();
    coding.status = query.value(6).toString();
    coding.windowStartMs = SqlValues::toMs(query.value(7));
    coding.windowEndMs = SqlValues::toMs(query.value(8));
    coding.createdAt = SqlValues::toInstant(query.value(9));
    coding.updatedAt = SqlValues::toInstant(query.value(10));
    coding.finalisedAt = SqlValues::toInstant(query.value(11));
    coding.activeMs = query.value(12).toLongLong();
    coding.comment = query.value(13).toString();
    coding.feedbackGivenOn = SqlValues::toDate(query.value(14));
    coding.version = query.value(15).toInt();
    return coding;
}

int roleOrder(const QString &role) {
    if (role == QLatin1String("primary"))
        return 0;
    return role == QLatin1String("second") ? 1 : 2;
}

} // namespace

CodingRepository::CodingRepository(Database &database)
    : m_database(database) {}

qint64 CodingRepository::create(qint64 recordingId, qint64 coderId, const QString &role,
                                const CodingScheme &scheme, qint64 windowStartMs,
                                qint64 windowEndMs) {
    RecordingRepository recordings(m_database);
    const auto recording = recordings.find(recordingId);
    if (!recording)
        throw StorageError(StorageError::Kind::NotFound, tr("The recording no longer exists."));
    const QString consent = ConsentRules::consentProblem(*recording);
    if (!consent.isEmpty())
        throw StorageError(StorageError::Kind::Invalid, consent);
    const QList<Coding> existing = codingsOf(recordingId);
    for (const Coding &other : existing) {
        if (other.role == role)
            throw StorageError(
                StorageError::Kind::Conflict,
                tr("Recording %1 already has a %2 coding.").arg(recording->code, role));
        if (role == QLatin1String("second") && other.role == QLatin1String("primary") &&
            other.coderId == coderId)
            throw StorageError(StorageError::Kind::Invalid,
                               tr("A second coding must be made by a different coder from the "
                                  "primary coding."));
    }
    if (role == QLatin1String("second") &&
        std::none_of(existing.cbegin(), existing.cend(),
                     [](const Coding &c) { return c.role == QLatin1String("primary"); }))
        throw StorageError(StorageError::Kind::Invalid,
                           tr("A second coding needs a primary coding to compare with."));

    Coding coding;
    coding.recordingId = recordingId;
    coding.coderId = coderId;
    coding.schemeId = scheme.id;
    coding.schemeVersion = scheme.version;
    coding.role = role;
    coding.status = QStringLiteral("draft");
    coding.windowStartMs = windowStartMs;
    coding.windowEndMs = windowEndMs;
    coding.createdAt = QDateTime::currentDateTimeUtc();
    coding.updatedAt = coding.createdAt;
    ScopedTransaction transaction(m_database.connection());
    const qint64 id = insertComplete(coding);
    transaction.commit();
    return id;
}

qint64 CodingRepository::insertComplete(const Coding &coding) {
    QSqlQuery insert = m_database.prepare(QStringLiteral(
        "INSERT INTO codings (recording_id, coder_id, scheme_id, scheme_version, role, status, "
        "window_start_ms, window_end_ms, created_at, updated_at, finalised_at, active_ms, "
        "comment, feedback_given_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "RETURNING id"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    insert.addBindValue(coding.recordingId);
    insert.addBindValue(coding.coderId);
    insert.addBindValue(coding.schemeId);
    insert.addBindValue(coding.schemeVersion);
    insert.addBindValue(coding.role);
    insert.addBindValue(coding.status.isEmpty() ? QStringLiteral("draft") : coding.status);
    insert.addBindValue(SqlValues::optionalMs(coding.windowStartMs));
    insert.addBindValue(SqlValues::optionalMs(coding.windowEndMs));
    insert.addBindValue(SqlValues::instant(coding.createdAt.isValid() ? coding.createdAt : now));
    insert.addBindValue(SqlValues::instant(coding.updatedAt.isValid() ? coding.updatedAt : now));
    insert.addBindValue(coding.finalisedAt.isValid()
                            ? QVariant(SqlValues::instant(coding.finalisedAt))
                            : QVariant(QMetaType::fromType<QString>()));
    insert.addBindValue(coding.activeMs);
    insert.addBindValue(SqlValues::text(coding.comment));
    insert.addBindValue(SqlValues::date(coding.feedbackGivenOn));
    const qint64 id =
        SqlValues::insertReturningId(insert, QStringLiteral("Could not add the coding"));

    QSqlQuery score = m_database.prepare(QStringLiteral(
        "INSERT INTO skill_scores (coding_id, skill_key, score, not_codable_reason, rationale) "
        "VALUES (?, ?, ?, ?, ?)"));
    for (const SkillScore &skill : coding.scores) {
        if (!skill.isComplete())
            continue;
        score.addBindValue(id);
        score.addBindValue(skill.skillKey);
        score.addBindValue(skill.isScored() ? QVariant(skill.score)
                                            : QVariant(QMetaType::fromType<int>()));
        score.addBindValue(skill.isScored() ? QVariant(QMetaType::fromType<QString>())
                                            : QVariant(skill.notCodableReason.trimmed()));
        score.addBindValue(SqlValues::text(skill.rationale));
        Database::exec(score, QStringLiteral("Could not add the score for %1").arg(skill.skillKey));
    }
    for (EvidenceNote note : coding.notes) {
        note.codingId = id;
        note.id = 0;
        insertNote(note, nullptr);
    }
    RecordingListSummary(m_database).updateRecording(coding.recordingId);
    return id;
}

std::optional<Coding> CodingRepository::find(qint64 codingId) const {
    QSqlQuery query = m_database.prepare(codingColumns + QStringLiteral("WHERE id = ?"));
    query.addBindValue(codingId);
    Database::exec(query, QStringLiteral("Could not read the coding"));
    if (!Database::next(query))
        return std::nullopt;
    Coding coding = codingFrom(query);
    coding.scores = scoresOf(codingId);
    coding.notes = notesOf(codingId);
    return coding;
}

QList<Coding> CodingRepository::codingsOf(qint64 recordingId) const {
    QSqlQuery query = m_database.prepare(codingColumns + QStringLiteral("WHERE recording_id = ?"));
    query.addBindValue(recordingId);
    Database::exec(query, QStringLiteral("Could not read the codings"));
    QList<Coding> codings;
    while (Database::next(query))
        codings.append(codingFrom(query));
    std::sort(codings.begin(), codings.end(), [](const Coding &a, const Coding &b) {
        return roleOrder(a.role) < roleOrder(b.role);
    });
    return codings;
}

QList<SkillScore> CodingRepository::scoresOf(qint64 codingId) const {
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT skill_key, score, not_codable_reason, rationale FROM skill_scores "
                       "WHERE coding_id = ? ORDER BY ") +
        m_database.dialect().bytewiseOrder(QStringLiteral("skill_key")));
    query.addBindValue(codingId);
    Database::exec(query, QStringLiteral("Could not read the scores"));
    QList<SkillScore> scores;
    while (Database::next(query)) {
        SkillScore score;
        score.skillKey = query.value(0).toString();
        score.score = query.value(1).isNull() ? 0 : query.value(1).toInt();
        score.notCodableReason = query.value(2).toString();
        score.rationale = query.value(3).toString();
        scores.append(score);
    }
    return scores;
}

QList<EvidenceNote> CodingRepository::notesOf(qint64 codingId) const {
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "SELECT id, at_ms, kind, body, version, end_ms FROM evidence_notes WHERE coding_id = ? "
        "ORDER BY at_ms, id"));
    query.addBindValue(codingId);
    Database::exec(query, QStringLiteral("Could not read the evidence notes"));
    QList<EvidenceNote> notes;
    while (Database::next(query)) {
        EvidenceNote note;
        note.id = query.value(0).toLongLong();
        note.codingId = codingId;
        note.atMs = query.value(1).toLongLong();
        note.kind = query.value(2).toString();
        note.text = query.value(3).toString();
        note.version = query.value(4).toInt();
        note.endMs = SqlValues::toMs(query.value(5));
        notes.append(note);
    }
    QSqlQuery skills = m_database.prepare(
        QStringLiteral(
            "SELECT s.note_id, s.skill_key FROM evidence_note_skills s "
            "JOIN evidence_notes n ON n.id = s.note_id WHERE n.coding_id = ? ORDER BY ") +
        m_database.dialect().bytewiseOrder(QStringLiteral("s.skill_key")));
    skills.addBindValue(codingId);
    Database::exec(skills, QStringLiteral("Could not read the evidence notes"));
    while (Database::next(skills)) {
        const qint64 noteId = skills.value(0).toLongLong();
        for (EvidenceNote &note : notes) {
            if (note.id == noteId)
                note.skills.append(skills.value(1).toString());
        }
    }
    return notes;
}

bool CodingRepository::isVisibleTo(const Coding &coding, qint64 viewerId) const {
    if (coding.coderId == viewerId)
        return true;
    if (!coding.isFinal())
        return false;
    // A coder who is still coding this recording must not be swayed by anyone else's coding.
    // A draft consensus is not such coding: it is made only once both codings are final, and
    // resolving it needs both in view.
    const QList<Coding> all = codingsOf(coding.recordingId);
    return std::none_of(all.cbegin(), all.cend(), [viewerId](const Coding &other) {
        return other.coderId == viewerId && !other.isFinal() &&
               other.role != QLatin1String("consensus");
    });
}

std::optional<Coding> CodingRepository::loadForViewer(qint64 codingId, qint64 viewerId) const {
    QSqlQuery query = m_database.prepare(codingColumns + QStringLiteral("WHERE id = ?"));
    query.addBindValue(codingId);
    Database::exec(query, QStringLiteral("Could not read the coding"));
    if (!Database::next(query))
        return std::nullopt;
    const Coding header = codingFrom(query);
    query.finish();
    if (!isVisibleTo(header, viewerId))
        return std::nullopt;
    return find(codingId);
}

QList<Coding> CodingRepository::visibleCodings(qint64 recordingId, qint64 viewerId) const {
    QList<Coding> result;
    for (const Coding &header : codingsOf(recordingId)) {
        if (!isVisibleTo(header, viewerId))
            continue;
        if (auto full = find(header.id))
            result.append(*full);
    }
    return result;
}

QList<qint64> CodingRepository::recordingsWithDraftBy(qint64 coderId) const {
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "SELECT DISTINCT recording_id FROM codings WHERE coder_id = ? AND status <> 'final' "
        "AND role <> 'consensus' ORDER BY recording_id"));
    query.addBindValue(coderId);
    Database::exec(query, QStringLiteral("Could not read the coder's drafts"));
    QList<qint64> ids;
    while (Database::next(query))
        ids.append(query.value(0).toLongLong());
    return ids;
}

bool CodingRepository::canCompare(qint64 recordingId, QString *reason) const {
    const QList<Coding> all = codingsOf(recordingId);
    const auto primary = std::find_if(all.cbegin(), all.cend(), [](const Coding &c) {
        return c.role == QLatin1String("primary");
    });
    const auto second = std::find_if(all.cbegin(), all.cend(), [](const Coding &c) {
        return c.role == QLatin1String("second");
    });
    QString why;
    if (primary == all.cend() || second == all.cend())
        why = tr("This recording has not been double coded.");
    else if (!primary->isFinal() || !second->isFinal())
        why = tr("Both codings must be final before they can be compared, so that neither "
                 "coder sees the other's scores while coding.");
    if (reason)
        *reason = why;
    return why.isEmpty();
}

int CodingRepository::touchDraft(qint64 codingId, int version) {
    QSqlQuery touch = m_database.prepare(
        QStringLiteral("UPDATE codings SET version = version + 1, updated_at = ? "
                       "WHERE id = ? AND status = 'draft' AND version = ?"));
    touch.addBindValue(SqlValues::nowUtc());
    touch.addBindValue(codingId);
    touch.addBindValue(version);
    Database::exec(touch, QStringLiteral("Could not save the coding"));
    if (touch.numRowsAffected() == 1)
        return version + 1;
    refuse(codingId, version,
           StorageError(StorageError::Kind::Conflict,
                        tr("This coding is final. Unlock it to change it.")));
}

void CodingRepository::refuse(qint64 codingId, int version, const StorageError &otherwise) const {
    QSqlQuery row = m_database.prepare(
        QStringLiteral("SELECT c.version, r.code FROM codings c JOIN recordings r ON r.id = "
                       "c.recording_id WHERE c.id = ?"));
    row.addBindValue(codingId);
    Database::exec(row, QStringLiteral("Could not read the coding"));
    if (!Database::next(row))
        throw StorageError(StorageError::Kind::NotFound, tr("The coding no longer exists."));
    // A newer version wins over the status: what the user saw is out of date either way. A
    // version of -1 is always out of date (a note that moved on).
    if (row.value(0).toInt() != version)
        throw StorageError::staleCoding(row.value(1).toString());
    throw otherwise;
}

int CodingRepository::saveSkill(qint64 codingId, int version, const SkillScore &score) {
    ScopedTransaction transaction(m_database.connection());
    // Scores are rows of their own, replaced whole; the coding's version guards them, so two
    // people scoring the same skill cannot both succeed.
    const int newVersion = touchDraft(codingId, version);
    QSqlQuery remove = m_database.prepare(
        QStringLiteral("DELETE FROM skill_scores WHERE coding_id = ? AND skill_key = ?"));
    remove.addBindValue(codingId);
    remove.addBindValue(score.skillKey);
    Database::exec(remove, QStringLiteral("Could not save the score"));
    if (score.isComplete()) {
        QSqlQuery insert = m_database.prepare(QStringLiteral(
            "INSERT INTO skill_scores (coding_id, skill_key, score, not_codable_reason, "
            "rationale) VALUES (?, ?, ?, ?, ?)"));
        insert.addBindValue(codingId);
        insert.addBindValue(score.skillKey);
        insert.addBindValue(score.isScored() ? QVariant(score.score)
                                             : QVariant(QMetaType::fromType<int>()));
        insert.addBindValue(score.isScored() ? QVariant(QMetaType::fromType<QString>())
                                             : QVariant(score.notCodableReason.trimmed()));
        insert.addBindValue(SqlValues::text(score.rationale));
        Database::exec(insert, QStringLiteral("Could not save the score"));
    }
    transaction.commit();
    return newVersion;
}

int CodingRepository::setWindow(qint64 codingId, int version, qint64 startMs, qint64 endMs) {
    if ((startMs < 0) != (endMs < 0) || (startMs >= 0 && endMs <= startMs))
        throw StorageError(StorageError::Kind::Invalid,
                           tr("The coded window must end after it starts."));
    ScopedTransaction transaction(m_database.connection());
    const int newVersion = touchDraft(codingId, version);
    QSqlQuery update = m_database.prepare(
        QStringLiteral("UPDATE codings SET window_start_ms = ?, window_end_ms = ? WHERE id = ?"));
    update.addBindValue(SqlValues::optionalMs(startMs));
    update.addBindValue(SqlValues::optionalMs(endMs));
    update.addBindValue(codingId);
    Database::exec(update, QStringLiteral("Could not save the coded window"));
    transaction.commit();
    return newVersion;
}

void CodingRepository::writeNoteSkills(qint64 noteId, const QStringList &skills) {
    QSqlQuery remove =
        m_database.prepare(QStringLiteral("DELETE FROM evidence_note_skills WHERE note_id = ?"));
    remove.addBindValue(noteId);
    Database::exec(remove, QStringLiteral("Could not save the note's skills"));
    QSqlQuery insert = m_database.prepare(
        QStringLiteral("INSERT INTO evidence_note_skills (note_id, skill_key) VALUES (?, ?)"));
    QStringList unique = skills;
    unique.removeDuplicates();
    for (const QString &skill : unique) {
        insert.addBindValue(noteId);
        insert.addBindValue(skill);
        Database::exec(insert, QStringLiteral("Could not save the note's skills"));
    }
}

void CodingRepository::writeNoteEnd(qint64 noteId, qint64 endMs) {
    // A statement of its own, so that notes about a moment are written exactly as before.
    QSqlQuery update =
        m_database.prepare(QStringLiteral("UPDATE evidence_notes SET end_ms = ? WHERE id = ?"));
    update.addBindValue(SqlValues::optionalMs(endMs));
    update.addBindValue(noteId);
    Database::exec(update, QStringLiteral("Could not save the end of the note"));
}

void CodingRepository::insertNote(const EvidenceNote &note, qint64 *newId) {
    QSqlQuery insert = m_database.prepare(
        note.id > 0 ? QStringLiteral("INSERT INTO evidence_notes (id, coding_id, at_ms, kind, "
                                     "body, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
                    : QStringLiteral("INSERT INTO evidence_notes (coding_id, at_ms, kind, body, "
                                     "created_at) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    if (note.id > 0)
        insert.addBindValue(note.id);
    insert.addBindValue(note.codingId);
    insert.addBindValue(qMax<qint64>(0, note.atMs));
    insert.addBindValue(note.kind);
    insert.addBindValue(SqlValues::text(note.text));
    insert.addBindValue(SqlValues::nowUtc());
    const qint64 id =
        SqlValues::insertReturningId(insert, QStringLiteral("Could not add the note"));
    writeNoteSkills(id, note.skills);
    writeNoteEnd(id, note.endMs);
    if (newId)
        *newId = id;
}

qint64 CodingRepository::addNote(const EvidenceNote &note, int version, int *newVersion) {
    ScopedTransaction transaction(m_database.connection());
    const int bumped = touchDraft(note.codingId, version);
    qint64 id = 0;
    insertNote(note, &id);
    transaction.commit();
    if (newVersion)
        *newVersion = bumped;
    return id;
}

int CodingRepository::updateNote(const EvidenceNote &note, int version) {
    ScopedTransaction transaction(m_database.connection());
    const int newVersion = touchDraft(note.codingId, version);
    QSqlQuery update = m_database.prepare(QStringLiteral(
        "UPDATE evidence_notes SET at_ms = ?, kind = ?, body = ?, version = version + 1 "
        "WHERE id = ? AND coding_id = ? AND version = ?"));
    update.addBindValue(qMax<qint64>(0, note.atMs));
    update.addBindValue(note.kind);
    update.addBindValue(SqlValues::text(note.text));
    update.addBindValue(note.id);
    update.addBindValue(note.codingId);
    update.addBindValue(note.version);
    Database::exec(update, QStringLiteral("Could not save the note"));
    if (update.numRowsAffected() != 1) {
        // The note itself moved on (or went) since the editor read it.
        QSqlQuery exists = m_database.prepare(
            QStringLiteral("SELECT version FROM evidence_notes WHERE id = ? AND coding_id = ?"));
        exists.addBindValue(note.id);
        exists.addBindValue(note.codingId);
        Database::exec(exists, QStringLiteral("Could not save the note"));
        if (!Database::next(exists))
            throw StorageError(StorageError::Kind::NotFound, tr("The note no longer exists."));
        refuse(note.codingId, -1, StorageError(StorageError::Kind::NotFound, QString()));
    }
    writeNoteSkills(note.id, note.skills);
    writeNoteEnd(note.id, note.endMs);
    transaction.commit();
    return newVersion;
}

int CodingRepository::deleteNote(qint64 codingId, int version, qint64 noteId) {
    ScopedTransaction transaction(m_database.connection());
    const int newVersion = touchDraft(codingId, version);
    QSqlQuery remove = m_database.prepare(
        QStringLiteral("DELETE FROM evidence_notes WHERE id = ? AND coding_id = ?"));
    remove.addBindValue(noteId);
    remove.addBindValue(codingId);
    Database::exec(remove, QStringLiteral("Could not delete the note"));
    transaction.commit();
    return newVersion;
}

int CodingRepository::setComment(qint64 codingId, int version, const QString &comment) {
    ScopedTransaction transaction(m_database.connection());
    const int newVersion = touchDraft(codingId, version);
    QSqlQuery update =
        m_database.prepare(QStringLiteral("UPDATE codings SET comment = ? WHERE id = ?"));
    update.addBindValue(SqlValues::text(comment));
    update.addBindValue(codingId);
    Database::exec(update, QStringLiteral("Could not save the comment"));
    transaction.commit();
    return newVersion;
}

void CodingRepository::addActiveTime(qint64 codingId, qint64 ms) {
    if (ms <= 0)
        return;
    QSqlQuery update = m_database.prepare(
        QStringLiteral("UPDATE codings SET active_ms = active_ms + ? WHERE id = ?"));
    update.addBindValue(ms);
    update.addBindValue(codingId);
    Database::exec(update, QStringLiteral("Could not save the active coding time"));
}

QStringList CodingRepository::missingSkills(const Coding &coding, const CodingScheme &scheme) {
    QStringList missing;
    for (const SchemeSkill &skill : scheme.skills) {
        const bool done =
            std::any_of(coding.scores.cbegin(), coding.scores.cend(), [&](const SkillScore &score) {
                return score.skillKey == skill.key && score.isComplete();
            });
        if (!done)
            missing.append(skill.key);
    }
    return missing;
}

int CodingRepository::finalise(qint64 codingId, int version, const CodingScheme &scheme,
                               qint64 userId) {
    ScopedTransaction transaction(m_database.connection());
    const auto coding = find(codingId);
    if (!coding)
        throw StorageError(StorageError::Kind::NotFound, tr("The coding no longer exists."));
    // The skills checked below must be the ones the coder saw.
    if (coding->version != version)
        refuse(codingId, version, StorageError(StorageError::Kind::NotFound, QString()));
    const QStringList missing = missingSkills(*coding, scheme);
    if (!missing.isEmpty()) {
        QStringList names;
        for (const QString &key : missing)
            names.append(scheme.skill(key) ? scheme.skill(key)->name : key);
        throw StorageError(StorageError::Kind::Invalid,
                           tr("Score these skills or mark them not codable first: %1.")
                               .arg(names.join(QStringLiteral(", "))));
    }
    const int newVersion = touchDraft(codingId, version);
    QSqlQuery update = m_database.prepare(
        QStringLiteral("UPDATE codings SET status = 'final', finalised_at = ? WHERE id = ?"));
    update.addBindValue(SqlValues::nowUtc());
    update.addBindValue(codingId);
    Database::exec(update, QStringLiteral("Could not finalise the coding"));
    // A final coding takes no more notes, so a half-typed one is not kept: its free text would
    // otherwise outlive the coding's working life.
    CodingDraftRepository(m_database).deleteNoteDraft(codingId);
    RecordingListSummary(m_database).updateForCoding(codingId);
    AuditLog(m_database)
        .append(userId, QStringLiteral("finalise"), QStringLiteral("coding"), codingId);
    transaction.commit();
    return newVersion;
}

int CodingRepository::unlock(qint64 codingId, int version, qint64 userId, const QString &reason) {
    if (reason.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::Invalid,
                           tr("Say why the coding is being unlocked."));
    ScopedTransaction transaction(m_database.connection());
    QSqlQuery update = m_database.prepare(QStringLiteral(
        "UPDATE codings SET status = 'draft', finalised_at = NULL, version = version + 1, "
        "updated_at = ? WHERE id = ? AND status = 'final' AND version = ?"));
    update.addBindValue(SqlValues::nowUtc());
    update.addBindValue(codingId);
    update.addBindValue(version);
    Database::exec(update, QStringLiteral("Could not unlock the coding"));
    if (update.numRowsAffected() != 1)
        refuse(codingId, version,
               StorageError(StorageError::Kind::Conflict, tr("The coding is not final.")));
    RecordingListSummary(m_database).updateForCoding(codingId);
    AuditLog(m_database)
        .append(userId, QStringLiteral("unlock"), QStringLiteral("coding"), codingId,
                reason.trimmed());
    transaction.commit();
    return version + 1;
}

qint64 CodingRepository::createConsensus(qint64 recordingId, qint64 coderId,
                                         const CodingScheme &scheme,
                                         const QList<qint64> &agreedBy) {
    QString reason;
    if (!canCompare(recordingId, &reason))
        throw StorageError(StorageError::Kind::Invalid, reason);
    const QList<Coding> all = codingsOf(recordingId);
    std::optional<Coding> primary;
    std::optional<Coding> second;
    for (const Coding &header : all) {
        if (header.role == QLatin1String("consensus"))
            throw StorageError(StorageError::Kind::Conflict,
                               tr("This recording already has a consensus coding."));
        if (header.role == QLatin1String("primary"))
            primary = find(header.id);
        else if (header.role == QLatin1String("second"))
            second = find(header.id);
    }
    Coding consensus;
    consensus.recordingId = recordingId;
    consensus.coderId = coderId;
    consensus.schemeId = scheme.id;
    consensus.schemeVersion = scheme.version;
    consensus.role = QStringLiteral("consensus");
    consensus.status = QStringLiteral("draft");
    consensus.windowStartMs = primary->windowStartMs;
    consensus.windowEndMs = primary->windowEndMs;
    for (const SchemeSkill &skill : scheme.skills) {
        SkillScore a;
        SkillScore b;
        for (const SkillScore &s : primary->scores)
            if (s.skillKey == skill.key)
                a = s;
        for (const SkillScore &s : second->scores)
            if (s.skillKey == skill.key)
                b = s;
        if (a.isScored() && a.score == b.score)
            consensus.scores.append({skill.key, a.score, QString(), QString()});
        else if (a.isNotCodable() && b.isNotCodable())
            consensus.scores.append({skill.key, 0, a.notCodableReason, QString()});
    }
    ScopedTransaction transaction(m_database.connection());
    const qint64 id = insertComplete(consensus);
    AuditLog(m_database)
        .append(coderId, QStringLiteral("create_consensus"), QStringLiteral("coding"), id,
                QStringLiteral("from codings %1 and %2").arg(primary->id).arg(second->id));
    if (!agreedBy.isEmpty())
        ConsensusRepository(m_database).write(id, agreedBy, coderId);
    transaction.commit();
    return id;
}
