#include "CodingVisibility.h"

#include "settings/Settings.h"
#include "storage/CodingRepository.h"
#include "storage/RecordingRepository.h"
#include "storage/UserRepository.h"

CodingVisibility::CodingVisibility(Database &database)
    : m_database(database) {}

qint64 CodingVisibility::viewerId() const {
    return UserRepository(m_database).find(Settings().coderUsername()).value_or(0);
}

bool CodingVisibility::maySee(qint64 codingId, qint64 viewerId, QString *why) const {
    const CodingRepository codings(m_database);
    const auto coding = codings.find(codingId);
    if (!coding) {
        if (why)
            *why = tr("That coding no longer exists.");
        return false;
    }
    if (codings.isVisibleTo(*coding, viewerId))
        return true;
    if (why) {
        const auto recording = RecordingRepository(m_database).find(coding->recordingId);
        *why = hiddenReason(recording ? recording->code : QString());
    }
    return false;
}

QList<CodingVisibility::HiddenRecording>
CodingVisibility::hiddenRecordingsOf(qint64 practitionerId, qint64 viewerId) const {
    QList<HiddenRecording> hidden;
    if (viewerId == 0)
        return hidden;
    const RecordingRepository recordings(m_database);
    for (qint64 id : CodingRepository(m_database).recordingsWithDraftBy(viewerId)) {
        const auto recording = recordings.find(id);
        if (recording && recording->practitionerId == practitionerId)
            hidden.append({id, recording->code});
    }
    return hidden;
}

QString CodingVisibility::hiddenReason(const QString &recordingCode) {
    return tr("Hidden until both codings of %1 are final, so that the second coding stays blind.")
        .arg(recordingCode);
}
