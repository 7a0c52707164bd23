#include "RecordingImport.h"

#include "audio/AudioProbe.h"
#include "domain/ConsentRules.h"
#include "domain/RecordingPaths.h"
#include "storage/Database.h"
#include "storage/FamilyRepository.h"
#include "storage/PractitionerRepository.h"
#include "storage/RecordingRepository.h"
#include "storage/ScopedTransaction.h"
#include "storage/StorageError.h"
#include "storage/TeamRepository.h"

#include <QFileInfo>

RecordingImport::RecordingImport(Database &database)
    : m_database(database) {}

QList<Practitioner> RecordingImport::practitioners() const {
    return PractitionerRepository(m_database).all();
}

QList<Team> RecordingImport::teams() const {
    return TeamRepository(m_database).all();
}

QStringList RecordingImport::familyCaseCodes() const {
    return FamilyRepository(m_database).caseCodes();
}

qint64 RecordingImport::teamOn(qint64 practitionerId, const QDate &on) const {
    return PractitionerRepository(m_database).teamOn(practitionerId, on);
}

QString RecordingImport::problemWithCaseCode(const QString &caseCode) {
    return FamilyRepository::problemWithCaseCode(caseCode);
}

qint64 RecordingImport::add(Recording &recording) {
    if (!recording.recordedOn.isValid() || recording.practitionerId <= 0 || recording.teamId <= 0 ||
        recording.familyId <= 0 || recording.sessionType.isEmpty() ||
        recording.selectionReason.isEmpty())
        throw StorageError(StorageError::Kind::Invalid,
                           tr("The recording needs a date, a practitioner, a team, a family, a "
                              "session type and a selection reason."));
    RecordingRepository recordings(m_database);
    if (!recording.audioSha256.isEmpty()) {
        if (const auto existing = recordings.findBySha256(recording.audioSha256))
            throw StorageError(StorageError::Kind::Conflict,
                               ConsentRules::duplicateAudioMessage(*existing));
    }
    if (!recording.code.trimmed().isEmpty() && recordings.findByCode(recording.code))
        throw StorageError(
            StorageError::Kind::Conflict,
            tr("There is already a recording with the code %1.").arg(recording.code));
    return recordings.create(recording);
}

RecordingImport::FileOutcome RecordingImport::addFile(const QString &path, const Recording &details,
                                                      const QString &familyCaseCode,
                                                      const QString &recordingsRoot) {
    FileOutcome outcome;
    AudioFileInfo info;
    if (!AudioProbe::probe(path, &info, &outcome.problem, AudioProbe::Hash::Compute))
        return outcome;
    try {
        // Checked before the family is looked up, so refused audio leaves no family behind.
        if (const auto existing = RecordingRepository(m_database).findBySha256(info.sha256)) {
            outcome.problem = ConsentRules::duplicateAudioMessage(*existing);
            return outcome;
        }
        Recording recording = details;
        recording.audioPath = RecordingPaths::toStored(path, recordingsRoot);
        recording.audioSha256 = info.sha256;
        recording.durationMs = info.durationMs;
        ScopedTransaction transaction(m_database.connection());
        recording.familyId = FamilyRepository(m_database).findOrCreate(familyCaseCode).id;
        const qint64 id = add(recording);
        transaction.commit();
        outcome.recordingId = id;
        outcome.code = recording.code;
        if (info.truncated)
            outcome.cutShort = AudioProbe::soundStops(info);
    } catch (const StorageError &error) {
        outcome.recordingId = 0;
        outcome.problem = error.message();
    }
    return outcome;
}

RecordingImport::FileCheck RecordingImport::check(const QString &path) {
    FileCheck check;
    AudioFileInfo info;
    if (!AudioProbe::probe(path, &info, &check.problem))
        return check;
    check.durationMs = info.durationMs;
    check.cutShort = AudioProbe::soundStops(info);
    check.suggestedDate = dateFromTags(info.creationTimeTag, info.dateTag);
    check.dateFromRecording = check.suggestedDate.isValid();
    if (!check.dateFromRecording)
        check.suggestedDate = QFileInfo(path).lastModified().date();
    return check;
}

QDate RecordingImport::dateFromTags(const QString &creationTime, const QString &date) {
    QDateTime instant = QDateTime::fromString(creationTime, Qt::ISODateWithMs);
    if (!instant.isValid())
        instant = QDateTime::fromString(creationTime, Qt::ISODate);
    // Recorders that never had their clock set stamp 1970 or 2000-01-01; such a date would be
    // taken for the truth, so it is no suggestion at all.
    const auto plausible = [](const QDate &day) {
        return day.isValid() && day.year() > 2000 ? day : QDate();
    };
    if (instant.isValid())
        return plausible(instant.toLocalTime().date());
    const QString day = date.trimmed().left(10);
    QDate parsed = QDate::fromString(day, Qt::ISODate);
    if (!parsed.isValid())
        parsed = QDate::fromString(date.trimmed(), QStringLiteral("yyyyMMdd"));
    return plausible(parsed);
}

std::optional<Recording> RecordingImport::find(qint64 recordingId) const {
    return RecordingRepository(m_database).find(recordingId);
}

void RecordingImport::relink(qint64 recordingId, const QString &path, const QString &sha256,
                             const QString &recordingsRoot, qint64 userId) {
    RecordingRepository(m_database)
        .relink(recordingId, RecordingPaths::toStored(path, recordingsRoot), sha256, userId);
}
