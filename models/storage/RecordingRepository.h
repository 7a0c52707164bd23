#pragma once

#include "domain/Recording.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

class Database;

// Recordings of practice sessions in the database: reading and writing their rows, relinking
// moved audio, and recording consent. The rules for adding one (required details, the same
// audio never twice) are RecordingImport's; the consent rules are ConsentRules'.
class RecordingRepository {
    Q_DECLARE_TR_FUNCTIONS(RecordingRepository)

public:
    explicit RecordingRepository(Database &database);

    // Inserts the recording as given and sets its id (and its code when empty, and "not_recorded"
    // for a consent not given). Checks nothing beyond the schema: add recordings through
    // RecordingImport::add, which applies the rules first.
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

private:
    std::optional<Recording> findWhere(const QString &where, const QVariant &value) const;

    Database &m_database;
};
