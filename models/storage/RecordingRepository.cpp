#include "RecordingRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "ScopedTransaction.h"
#include "SqlValues.h"
#include "StorageError.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

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

QString refusedNotice(const Recording &recording) {
    const QDate on = RecordingRepository::withdrawnOn(recording);
    if (!on.isValid())
        return RecordingRepository::tr(
                   "Consent for recording %1 was withdrawn, and its audio and codings were "
                   "deleted.")
            .arg(recording.code);
    return RecordingRepository::tr(
               "Consent for recording %1 was withdrawn on %2, and its audio and codings were "
               "deleted.")
        .arg(recording.code, on.toString(Qt::ISODate));
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
        m_database.prepare(QStringLiteral("SELECT code FROM recordings WHERE code LIKE ?"));
    query.addBindValue(QString(stem + QLatin1Char('%')));
    Database::exec(query, QStringLiteral("Could not choose a recording code"));
    int highest = 0;
    while (Database::next(query))
        highest = qMax(highest, query.value(0).toString().mid(stem.size()).toInt());
    return stem + QString::number(highest + 1);
}

qint64 RecordingRepository::create(Recording &recording) {
    if (!recording.recordedOn.isValid() || recording.practitionerId <= 0 || recording.teamId <= 0 ||
        recording.familyId <= 0 || recording.sessionType.isEmpty() ||
        recording.selectionReason.isEmpty())
        throw StorageError(StorageError::Kind::Invalid,
                           tr("The recording needs a date, a practitioner, a team, a family, a "
                              "session type and a selection reason."));
    if (!recording.audioSha256.isEmpty()) {
        if (const auto existing = findBySha256(recording.audioSha256))
            throw StorageError(StorageError::Kind::Conflict, duplicateAudioMessage(*existing));
    }
    const bool allocateCode = recording.code.trimmed().isEmpty();
    if (allocateCode)
        recording.code = nextCode(recording.recordedOn);
    else if (findByCode(recording.code))
        throw StorageError(
            StorageError::Kind::Conflict,
            tr("There is already a recording with the code %1.").arg(recording.code));
    if (recording.practitionerConsent.isEmpty())
        recording.practitionerConsent = QStringLiteral("not_recorded");
    if (recording.familyConsent.isEmpty())
        recording.familyConsent = QStringLiteral("not_recorded");

    QSqlQuery insert = m_database.prepare(QStringLiteral(
        "INSERT INTO recordings (code, audio_path, audio_sha256, duration_ms, recorded_on, "
        "practitioner_id, team_id, family_id, session_type, selection_reason, "
        "practitioner_consent, practitioner_consent_on, family_consent, family_consent_on, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
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
    // Another writer may take the code chosen between nextCode() and the insert; each time
    // that happens they have added a recording, so drawing again soon succeeds.
    for (int attempt = 1;; ++attempt) {
        try {
            recording.id = SqlValues::insertReturningId(
                insert, QStringLiteral("Could not add the recording %1").arg(recording.code));
            return recording.id;
        } catch (const StorageError &error) {
            if (!allocateCode || !error.isDuplicate() || attempt == 100 ||
                !findByCode(recording.code))
                throw;
        }
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
    if (isWithdrawn(*recording))
        throw StorageError(StorageError::Kind::Conflict,
                           refusedNotice(*recording) + QLatin1Char(' ') +
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
    if (isWithdrawn(*recording))
        throw StorageError(StorageError::Kind::Conflict,
                           refusedNotice(*recording) + QLatin1Char(' ') +
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

QString RecordingRepository::sha256OfFile(const QString &path, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1 cannot be read: %2").arg(path, file.errorString());
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        if (error)
            *error = tr("%1 cannot be read to the end.").arg(path);
        return {};
    }
    return QString::fromLatin1(hash.result().toHex());
}

QString RecordingRepository::consentProblem(const Recording &recording) {
    QStringList missing;
    if (recording.practitionerConsent == QLatin1String("refused"))
        missing.append(tr("the practitioner refused consent"));
    else if (recording.practitionerConsent != QLatin1String("given"))
        missing.append(tr("the practitioner's consent is not recorded"));
    if (recording.familyConsent == QLatin1String("refused"))
        missing.append(tr("the family refused consent"));
    else if (recording.familyConsent != QLatin1String("written") &&
             recording.familyConsent != QLatin1String("verbal"))
        missing.append(tr("the family's consent is not recorded"));
    if (missing.isEmpty())
        return {};
    return tr("Recording %1 cannot be coded: %2. A recording can be coded only when both the "
              "practitioner and the family have given consent.")
        .arg(recording.code, missing.join(tr(" and ")));
}

bool RecordingRepository::isWithdrawn(const Recording &recording) {
    const QString refused = QStringLiteral("refused");
    return (recording.practitionerConsent == refused || recording.familyConsent == refused) &&
           !recording.audioSha256.isEmpty() && recording.audioPath.isEmpty();
}

QDate RecordingRepository::withdrawnOn(const Recording &recording) {
    QDate on;
    if (recording.practitionerConsent == QLatin1String("refused"))
        on = recording.practitionerConsentOn;
    if (recording.familyConsent == QLatin1String("refused") &&
        (!on.isValid() || recording.familyConsentOn > on))
        on = recording.familyConsentOn;
    return on;
}

QString RecordingRepository::duplicateAudioMessage(const Recording &existing) {
    if (isWithdrawn(existing) && withdrawnOn(existing).isValid())
        return tr("This audio belonged to recording %1, whose consent was withdrawn on %2. It "
                  "was deleted then and cannot be added again.")
            .arg(existing.code, withdrawnOn(existing).toString(Qt::ISODate));
    if (isWithdrawn(existing))
        return tr("This audio belonged to recording %1, whose consent was withdrawn. It was "
                  "deleted then and cannot be added again.")
            .arg(existing.code);
    return tr("This audio is already in the library as recording %1.").arg(existing.code);
}
