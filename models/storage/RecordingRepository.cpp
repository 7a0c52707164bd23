#include "RecordingRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "ScopedTransaction.h"
#include "SqlDialect.h"
#include "SqlValues.h"
#include "StorageError.h"
#include "domain/ConsentRules.h"

#include <QCoreApplication>

namespace {

const QString recordingColumns = QStringLiteral(
    "SELECT id, code, audio_path, audio_sha256, duration_ms, recorded_on, practitioner_id, "
    "team_id, family_id, session_type, selection_reason, practitioner_consent, "
    "practitioner_consent_on, family_consent, family_consent_on, version FROM recordings ");

Recording recordingFrom(const QSqlQuery &query) {
    Recording recording;
    recording.id = query.value(0).toLongLong();
    recording.code = query.value(1).toString();
    recording.audioPath = query.value(2).toString();
    recording.audioSha256 = query.value(3).toString();
    recording.durationMs = SqlValues::toMs(query.value(4));
    recording.recordedOn = SqlValues::toDate(query.value(5));
    recording.practitionerId = query.value(6).toLongLong();
    recording.teamId = query.value(7).toLongLong();
    recording.familyId = query.value(8).toLongLong();
    recording.sessionType = query.value(9).toString();
    recording.selectionReason = query.value(10).toString();
    recording.practitionerConsent = query.value(11).toString();
    recording.practitionerConsentOn = SqlValues::toDate(query.value(12));
    recording.familyConsent = query.value(13).toString();
    recording.familyConsentOn = SqlValues::toDate(query.value(14));
    recording.version = query.value(15).toInt();
    return recording;
}

// "given 2024-03-01" or "not_recorded": the audit log keeps keys and ISO dates, so it reads the
// same in every language.
QString consentText(const QString &consent, const QDate &on) {
    return on.isValid() ? consent + QLatin1Char(' ') + on.toString(Qt::ISODate) : consent;
}

} // namespace

RecordingRepository::RecordingRepository(Database &database)
    : m_database(database) {}

std::optional<Recording> RecordingRepository::findWhere(const QString &where,
                                                        const QVariant &value) const {
    QSqlQuery query = m_database.prepare(recordingColumns + where);
    query.addBindValue(value);
    Database::exec(query, QStringLiteral("Could not look up a recording"));
    if (!Database::next(query))
        return std::nullopt;
    return recordingFrom(query);
}

std::optional<Recording> RecordingRepository::find(qint64 recordingId) const {
    return findWhere(QStringLiteral("WHERE id = ?"), recordingId);
}

std::optional<Recording> RecordingRepository::findByCode(const QString &code) const {
    return findWhere(QStringLiteral("WHERE code = ?"), code.trimmed());
}

std::optional<Recording> RecordingRepository::findBySha256(const QString &sha256) const {
    return findWhere(QStringLiteral("WHERE audio_sha256 = ?"), sha256.toLower());
}

QString RecordingRepository::nextCode(const QDate &recordedOn) const {
    const QString stem = QStringLiteral("REC-%1-").arg(
        recordedOn.isValid() ? recordedOn.toString(QStringLiteral("yyyyMMdd"))
                             : QStringLiteral("00000000"));
    QSqlQuery query =
        m_database.prepare(QStringLiteral("SELECT code FROM recordings WHERE ") +
                           m_database.dialect().caseInsensitiveLike(QStringLiteral("code")));
    query.addBindValue(QString(stem + QLatin1Char('%')));
    Database::exec(query, QStringLiteral("Could not choose a recording code"));
    int highest = 0;
    while (Database::next(query))
        highest = qMax(highest, query.value(0).toString().mid(stem.size()).toInt());
    return stem + QString::number(highest + 1);
}

qint64 RecordingRepository::create(Recording &recording) {
    const bool allocateCode = recording.code.trimmed().isEmpty();
    if (allocateCode)
        recording.code = nextCode(recording.recordedOn);
    if (recording.practitionerConsent.isEmpty())
        recording.practitionerConsent = QStringLiteral("not_recorded");
    if (recording.familyConsent.isEmpty())
        recording.familyConsent = QStringLiteral("not_recorded");

    // A drawn code that another writer took meanwhile inserts nothing (rather than failing: on
    // PostgreSQL a failed statement would spoil the caller's whole transaction), and is drawn
    // again. A code the user gave is refused as a duplicate, as is the same audio twice.
    QSqlQuery insert = m_database.prepare(
        QStringLiteral(
            "INSERT INTO recordings (code, audio_path, audio_sha256, duration_ms, recorded_on, "
            "practitioner_id, team_id, family_id, session_type, selection_reason, "
            "practitioner_consent, practitioner_consent_on, family_consent, family_consent_on, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") +
        (allocateCode ? QStringLiteral(" ON CONFLICT (code) DO NOTHING RETURNING id")
                      : QStringLiteral(" RETURNING id")));
    insert.addBindValue(recording.code.trimmed());
    insert.addBindValue(SqlValues::optionalText(recording.audioPath));
    insert.addBindValue(SqlValues::optionalText(recording.audioSha256.toLower()));
    insert.addBindValue(SqlValues::optionalMs(recording.durationMs));
    insert.addBindValue(SqlValues::date(recording.recordedOn));
    insert.addBindValue(recording.practitionerId);
    insert.addBindValue(recording.teamId);
    insert.addBindValue(recording.familyId);
    insert.addBindValue(recording.sessionType);
    insert.addBindValue(recording.selectionReason);
    insert.addBindValue(recording.practitionerConsent);
    insert.addBindValue(SqlValues::date(recording.practitionerConsentOn));
    insert.addBindValue(recording.familyConsent);
    insert.addBindValue(SqlValues::date(recording.familyConsentOn));
    insert.addBindValue(SqlValues::nowUtc());
    if (!allocateCode) {
        recording.id = SqlValues::insertReturningId(
            insert, QStringLiteral("Could not add the recording %1").arg(recording.code));
        return recording.id;
    }
    // Another writer may take the code chosen between nextCode() and the insert; each time
    // that happens they have added a recording, so drawing again soon succeeds.
    for (int attempt = 1;; ++attempt) {
        const QString context =
            QStringLiteral("Could not add the recording %1").arg(recording.code);
        Database::exec(insert, context);
        if (Database::next(insert)) {
            recording.id = insert.value(0).toLongLong();
            insert.finish();
            return recording.id;
        }
        insert.finish();
        if (attempt == 100)
            throw StorageError(StorageError::Kind::Conflict,
                               context + QStringLiteral(": others kept taking the codes drawn"));
        recording.code = nextCode(recording.recordedOn);
        insert.bindValue(0, recording.code);
    }
}

void RecordingRepository::relink(qint64 recordingId, const QString &storedPath,
                                 const QString &sha256, qint64 userId) {
    ScopedTransaction transaction(m_database.connection());
    const auto recording = find(recordingId);
    if (!recording)
        throw StorageError(StorageError::Kind::NotFound, tr("The recording no longer exists."));
    if (ConsentRules::isWithdrawn(*recording))
        throw StorageError(StorageError::Kind::Conflict,
                           ConsentRules::withdrawnNotice(*recording) + QLatin1Char(' ') +
                               tr("Its audio cannot be attached again."));
    if (!recording->audioSha256.isEmpty() &&
        recording->audioSha256.compare(sha256, Qt::CaseInsensitive) != 0)
        throw StorageError(StorageError::Kind::Conflict,
                           tr("That file is not the audio of recording %1: its contents differ.")
                               .arg(recording->code));
    if (recording->audioSha256.isEmpty()) {
        if (const auto other = findBySha256(sha256); other && other->id != recordingId)
            throw StorageError(
                StorageError::Kind::Conflict,
                tr("That file is already the audio of recording %1.").arg(other->code));
    }
    QSqlQuery update =
        m_database.prepare(QStringLiteral("UPDATE recordings SET audio_path = ?, audio_sha256 = ?, "
                                          "version = version + 1 WHERE id = ?"));
    update.addBindValue(storedPath);
    update.addBindValue(sha256.toLower());
    update.addBindValue(recordingId);
    Database::exec(update, QStringLiteral("Could not relink the recording"));
    AuditLog(m_database)
        .append(userId, QStringLiteral("relink"), QStringLiteral("recording"), recordingId,
                QStringLiteral("audio path %1 -> %2")
                    .arg(recording->audioPath.isEmpty() ? QStringLiteral("(none)")
                                                        : recording->audioPath,
                         storedPath));
    transaction.commit();
}

void RecordingRepository::setDuration(qint64 recordingId, qint64 durationMs) {
    QSqlQuery update = m_database.prepare(
        QStringLiteral("UPDATE recordings SET duration_ms = ?, version = version + 1 "
                       "WHERE id = ? AND (duration_ms IS NULL OR duration_ms <> ?)"));
    update.addBindValue(SqlValues::optionalMs(durationMs));
    update.addBindValue(recordingId);
    update.addBindValue(durationMs);
    Database::exec(update, QStringLiteral("Could not store the recording's length"));
}

void RecordingRepository::updateConsent(qint64 recordingId, const QString &practitionerConsent,
                                        const QDate &practitionerConsentOn,
                                        const QString &familyConsent, const QDate &familyConsentOn,
                                        qint64 userId) {
    ScopedTransaction transaction(m_database.connection());
    const auto recording = find(recordingId);
    if (!recording)
        throw StorageError(StorageError::Kind::NotFound, tr("The recording no longer exists."));
    if (ConsentRules::isWithdrawn(*recording))
        throw StorageError(StorageError::Kind::Conflict,
                           ConsentRules::withdrawnNotice(*recording) + QLatin1Char(' ') +
                               tr("Its consent cannot be changed any more."));
    const QString refused = QStringLiteral("refused");
    if ((practitionerConsent == refused && recording->practitionerConsent != refused) ||
        (familyConsent == refused && recording->familyConsent != refused))
        throw StorageError(StorageError::Kind::Invalid,
                           tr("A refusal or withdrawal of consent deletes the audio and the "
                              "codings of the recording: record it with “Withdraw”."));

    QStringList changes;
    const QString oldPractitioner =
        consentText(recording->practitionerConsent, recording->practitionerConsentOn);
    const QString newPractitioner = consentText(practitionerConsent, practitionerConsentOn);
    if (oldPractitioner != newPractitioner)
        changes.append(
            QStringLiteral("practitioner: %1 -> %2").arg(oldPractitioner, newPractitioner));
    const QString oldFamily = consentText(recording->familyConsent, recording->familyConsentOn);
    const QString newFamily = consentText(familyConsent, familyConsentOn);
    if (oldFamily != newFamily)
        changes.append(QStringLiteral("family: %1 -> %2").arg(oldFamily, newFamily));
    if (changes.isEmpty())
        return;

    QSqlQuery update = m_database.prepare(QStringLiteral(
        "UPDATE recordings SET practitioner_consent = ?, practitioner_consent_on = ?, "
        "family_consent = ?, family_consent_on = ?, version = version + 1 WHERE id = ?"));
    update.addBindValue(practitionerConsent);
    update.addBindValue(SqlValues::date(practitionerConsentOn));
    update.addBindValue(familyConsent);
    update.addBindValue(SqlValues::date(familyConsentOn));
    update.addBindValue(recordingId);
    Database::exec(update, QStringLiteral("Could not record the consent"));
    AuditLog(m_database)
        .append(userId, QStringLiteral("consent"), QStringLiteral("recording"), recordingId,
                changes.join(QStringLiteral("; ")));
    transaction.commit();
}
