#pragma once

#include "domain/Recording.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

class Database;

// Recordings of practice sessions: adding them (the same audio, by SHA-256, is never added
// twice), relinking moved audio, and recording consent. The consent gate lives here too, so
// no view can start a coding without both consents.
class RecordingRepository {
    Q_DECLARE_TR_FUNCTIONS(RecordingRepository)

public:
    explicit RecordingRepository(Database &database);

    // Adds the recording and sets its id (and its code when empty). Throws StorageError:
    // Conflict when the audio's SHA-256 or the code is already stored (the message names the
    // existing recording), Invalid when a required field is missing.
    qint64 create(Recording &recording);

    std::optional<Recording> find(qint64 recordingId) const;
    std::optional<Recording> findByCode(const QString &code) const;
    std::optional<Recording> findBySha256(const QString &sha256) const;

    // Points the recording at its audio again (the stored form of the path, see
    // RecordingPaths). When the recording has a stored hash, `sha256` must match it. Refused
    // (Conflict) once consent has been withdrawn. Audited, old and new path, as `userId`.
    void relink(qint64 recordingId, const QString &storedPath, const QString &sha256,
                qint64 userId = 0);
    void setDuration(qint64 recordingId, qint64 durationMs);
    // Records or corrects the consents (a consent not recorded before, a date, written or
    // verbal), audited with the old and new values as `userId`. Throws Invalid when a consent
    // would become `refused`: a refusal or withdrawal goes through ConsentWithdrawal, which
    // deletes the audio and the codings with it. Throws Conflict once consent was withdrawn.
    void updateConsent(qint64 recordingId, const QString &practitionerConsent,
                       const QDate &practitionerConsentOn, const QString &familyConsent,
                       const QDate &familyConsentOn, qint64 userId = 0);

    // A free code of the form REC-YYYYMMDD-N for a recording made on `recordedOn`.
    QString nextCode(const QDate &recordedOn) const;

    // Lower-case hex SHA-256 of a file, or an empty string with *error set.
    static QString sha256OfFile(const QString &path, QString *error);
    // Why the recording cannot be coded, in words for the coder; empty when it can.
    static QString consentProblem(const Recording &recording);
    // True when consent was withdrawn and the audio purged: a refused consent, a stored hash
    // (kept so the same audio cannot come back unnoticed) and no audio path.
    static bool isWithdrawn(const Recording &recording);
    // The date of the refusal or withdrawal (the later of the two when both refused).
    static QDate withdrawnOn(const Recording &recording);
    // What to tell someone adding audio that `existing` already has (by SHA-256).
    static QString duplicateAudioMessage(const Recording &existing);

private:
    std::optional<Recording> findWhere(const QString &where, const QVariant &value) const;

    Database &m_database;
};
