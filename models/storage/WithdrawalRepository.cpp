#include "WithdrawalRepository.h"

#include "AuditLog.h"
#include "CodingDraftRepository.h"
#include "Database.h"
#include "RecordingListSummary.h"
#include "SqlValues.h"

WithdrawalRepository::WithdrawalRepository(Database &database)
    : m_database(database) {}

WithdrawalRepository::Counts WithdrawalRepository::countsFor(qint64 recordingId) const {
    Counts counts;
    QSqlQuery codings = m_database.prepare(
        QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN status = 'final' THEN 1 ELSE 0 END) "
                       "FROM codings WHERE recording_id = ?"));
    codings.addBindValue(recordingId);
    Database::exec(codings, QStringLiteral("Could not count the recording's codings"));
    if (Database::next(codings)) {
        counts.codings = codings.value(0).toInt();
        counts.finalCodings = codings.value(1).toInt();
    }
    QSqlQuery notes = m_database.prepare(
        QStringLiteral("SELECT COUNT(*) FROM evidence_notes n JOIN codings c ON c.id = "
                       "n.coding_id WHERE c.recording_id = ?"));
    notes.addBindValue(recordingId);
    Database::exec(notes, QStringLiteral("Could not count the recording's evidence notes"));
    if (Database::next(notes))
        counts.evidenceNotes = notes.value(0).toInt();
    return counts;
}

void WithdrawalRepository::purge(qint64 recordingId, bool family, const QDate &refusedOn,
                                 qint64 userId, const QString &auditDetail) {
    // Reasons typed when unlocking ("mother Sarah Jones asked us to rescore") and the old
    // audio paths and consents of the recording can name the family: the rows stay, as a
    // record of who did what and when, without their words.
    QSqlQuery blankCodingAudit = m_database.prepare(
        QStringLiteral("UPDATE audit_log SET detail = '' WHERE entity = 'coding' AND entity_id IN "
                       "(SELECT id FROM codings WHERE recording_id = ?)"));
    blankCodingAudit.addBindValue(recordingId);
    Database::exec(blankCodingAudit,
                   QStringLiteral("Could not clear the audit log of the recording's codings"));
    QSqlQuery blankRecordingAudit = m_database.prepare(
        QStringLiteral("UPDATE audit_log SET detail = '' WHERE entity = 'recording' AND "
                       "entity_id = ? AND action <> 'withdraw_consent'"));
    blankRecordingAudit.addBindValue(recordingId);
    Database::exec(blankRecordingAudit,
                   QStringLiteral("Could not clear the audit log of the recording"));

    QSqlQuery deleteCodings =
        m_database.prepare(QStringLiteral("DELETE FROM codings WHERE recording_id = ?"));
    deleteCodings.addBindValue(recordingId);
    Database::exec(deleteCodings, QStringLiteral("Could not delete the recording's codings"));
    RecordingListSummary(m_database).updateRecording(recordingId);
    // The codings' unfinished notes went with them by cascade; where each coder had got to in
    // the audio is forgotten too, since nobody may listen to it again.
    CodingDraftRepository(m_database).deleteListeningPositions(recordingId);

    // Column names cannot be bound; both statements are fixed text.
    QSqlQuery update = m_database.prepare(
        family ? QStringLiteral("UPDATE recordings SET family_consent = 'refused', "
                                "family_consent_on = ?, audio_path = NULL, "
                                "version = version + 1 WHERE id = ?")
               : QStringLiteral("UPDATE recordings SET practitioner_consent = 'refused', "
                                "practitioner_consent_on = ?, audio_path = NULL, "
                                "version = version + 1 WHERE id = ?"));
    update.addBindValue(SqlValues::date(refusedOn));
    update.addBindValue(recordingId);
    Database::exec(update, QStringLiteral("Could not record the withdrawal of consent"));

    AuditLog(m_database)
        .append(userId, QStringLiteral("withdraw_consent"), QStringLiteral("recording"),
                recordingId, auditDetail);
}
