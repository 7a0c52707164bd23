#include "CodingResume.h"

#include "CodingSession.h"
#include "storage/CodingDraftRepository.h"
#include "storage/StorageError.h"

CodingResume::CodingResume(Database &database, CodingSession &session)
    : m_database(database)
    , m_session(session) {}

bool CodingResume::ownsOpenCoding() const {
    return m_session.isOpen() && m_session.coding().coderId == m_session.viewerId();
}

bool CodingResume::keepNoteDraft(const EvidenceNote &note) {
    if (!ownsOpenCoding() || m_session.isLocked())
        return false;
    NoteDraft draft;
    draft.note = note;
    draft.savedAt = QDateTime::currentDateTimeUtc();
    try {
        CodingDraftRepository(m_database).saveNoteDraft(m_session.coding().id, draft);
        return true;
    } catch (const StorageError &) {
        // A draft is a safety net: failing to keep it must not interrupt the typing.
        return false;
    }
}

std::optional<NoteDraft> CodingResume::noteDraft() const {
    if (!ownsOpenCoding() || m_session.isLocked())
        return std::nullopt;
    try {
        return CodingDraftRepository(m_database).noteDraft(m_session.coding().id);
    } catch (const StorageError &) {
        return std::nullopt;
    }
}

void CodingResume::discardNoteDraft() {
    if (!ownsOpenCoding())
        return;
    try {
        CodingDraftRepository(m_database).deleteNoteDraft(m_session.coding().id);
    } catch (const StorageError &) {
        // Left for the next save or discard to replace.
    }
}

bool CodingResume::rememberListening(const ListeningPosition &position) {
    if (!m_session.isOpen() || m_session.viewerId() <= 0)
        return false;
    try {
        CodingDraftRepository(m_database)
            .saveListeningPosition(m_session.coding().recordingId, m_session.viewerId(), position);
        return true;
    } catch (const StorageError &) {
        return false;
    }
}

std::optional<ListeningPosition> CodingResume::rememberedListening() const {
    if (!m_session.isOpen() || m_session.viewerId() <= 0)
        return std::nullopt;
    try {
        return CodingDraftRepository(m_database)
            .listeningPosition(m_session.coding().recordingId, m_session.viewerId());
    } catch (const StorageError &) {
        return std::nullopt;
    }
}
