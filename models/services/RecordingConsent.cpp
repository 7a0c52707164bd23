#include "RecordingConsent.h"

#include "storage/RecordingRepository.h"

RecordingConsent::RecordingConsent(Database &database)
    : m_database(database) {}

std::optional<Recording> RecordingConsent::find(qint64 recordingId) const {
    return RecordingRepository(m_database).find(recordingId);
}

void RecordingConsent::record(qint64 recordingId, const QString &practitionerConsent,
                              const QDate &practitionerConsentOn, const QString &familyConsent,
                              const QDate &familyConsentOn, qint64 userId) {
    RecordingRepository(m_database)
        .updateConsent(recordingId, practitionerConsent, practitionerConsentOn, familyConsent,
                       familyConsentOn, userId);
}
