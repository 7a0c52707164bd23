#pragma once

#include "domain/Recording.h"

#include <QDate>
#include <QString>

#include <optional>

class Database;

// Recording or correcting the practitioner's and the family's consent to a recording (a consent
// not recorded before, a date, written or verbal). Refusing or withdrawing consent is
// ConsentWithdrawal's, because it deletes the audio and the codings.
class RecordingConsent {
public:
    explicit RecordingConsent(Database &database);

    std::optional<Recording> find(qint64 recordingId) const;
    // Audited with the old and new values as `userId`. Throws StorageError: Invalid when a
    // consent would become refused, Conflict once consent was withdrawn.
    void record(qint64 recordingId, const QString &practitionerConsent,
                const QDate &practitionerConsentOn, const QString &familyConsent,
                const QDate &familyConsentOn, qint64 userId);

private:
    Database &m_database;
};
