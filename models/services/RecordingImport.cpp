#include "RecordingImport.h"

#include "audio/AudioProbe.h"
#include "domain/ConsentRules.h"
#include "domain/RecordingPaths.h"
#include "storage/FamilyRepository.h"
#include "storage/PractitionerRepository.h"
#include "storage/RecordingRepository.h"
#include "storage/StorageError.h"
#include "storage/TeamRepository.h"

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
        recording.familyId = FamilyRepository(m_database).findOrCreate(familyCaseCode).id;
        outcome.recordingId = add(recording);
        outcome.code = recording.code;
        if (info.truncated)
            outcome.cutShort = info.warning;
    } catch (const StorageError &error) {
        outcome.recordingId = 0;
        outcome.problem = error.message();
    }
    return outcome;
}

std::optional<Recording> RecordingImport::find(qint64 recordingId) const {
    return RecordingRepository(m_database).find(recordingId);
}

void RecordingImport::relink(qint64 recordingId, const QString &path, const QString &sha256,
                             const QString &recordingsRoot, qint64 userId) {
    RecordingRepository(m_database)
        .relink(recordingId, RecordingPaths::toStored(path, recordingsRoot), sha256, userId);
}
