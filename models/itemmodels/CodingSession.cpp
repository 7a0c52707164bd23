#include "CodingSession.h"

#include "domain/CodingSchemeLoader.h"
#include "storage/CodingRepository.h"
#include "storage/StorageError.h"

#include <algorithm>

CodingSession::CodingSession(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database) {}

bool CodingSession::open(qint64 codingId, qint64 viewerId, QString *error) {
    close();
    try {
        const auto coding = CodingRepository(m_database).loadForViewer(codingId, viewerId);
        if (!coding) {
            if (error)
                *error = tr("This coding cannot be shown: it does not exist, or it is another "
                            "coder's coding that stays hidden until both codings are final.");
            return false;
        }
        m_coding = *coding;
    } catch (const StorageError &storageError) {
        if (error)
            *error = storageError.message();
        return false;
    }
    m_viewerId = viewerId;
    // Only one scheme ships today; a coding names its scheme so that later ones can load here.
    m_scheme = CodingSchemeLoader::builtIn();
    m_tracker.reset();
    m_pendingActive = 0;
    emit opened();
    return true;
}

void CodingSession::close() {
    if (isOpen())
        flushActiveTime();
    m_coding = Coding();
    m_viewerId = 0;
}

void CodingSession::reload() {
    if (!isOpen())
        return;
    try {
        if (const auto coding = CodingRepository(m_database).find(m_coding.id))
            m_coding = *coding;
    } catch (const StorageError &error) {
        emit saveFailed(error.message());
    }
}

SkillScore CodingSession::skill(const QString &key) const {
    for (const SkillScore &score : m_coding.scores) {
        if (score.skillKey == key)
            return score;
    }
    return SkillScore{key, 0, QString(), QString()};
}

bool CodingSession::hasNote(qint64 noteId) const {
    return std::any_of(m_coding.notes.cbegin(), m_coding.notes.cend(),
                       [noteId](const EvidenceNote &note) { return note.id == noteId; });
}

EvidenceNote CodingSession::note(qint64 noteId) const {
    for (const EvidenceNote &note : m_coding.notes) {
        if (note.id == noteId)
            return note;
    }
    return {};
}

QStringList CodingSession::missingSkills() const {
    return CodingRepository::missingSkills(m_coding, m_scheme);
}

bool CodingSession::setSkill(const SkillScore &score) {
    try {
        CodingRepository(m_database).saveSkill(m_coding.id, score);
    } catch (const StorageError &error) {
        emit saveFailed(error.message());
        return false;
    }
    m_coding.scores.erase(
        std::remove_if(m_coding.scores.begin(), m_coding.scores.end(),
                       [&](const SkillScore &s) { return s.skillKey == score.skillKey; }),
        m_coding.scores.end());
    if (score.isComplete())
        m_coding.scores.append(score);
    emit skillChanged(score.skillKey);
    return true;
}

bool CodingSession::setWindow(qint64 startMs, qint64 endMs) {
    try {
        CodingRepository(m_database).setWindow(m_coding.id, startMs, endMs);
    } catch (const StorageError &error) {
        emit saveFailed(error.message());
        return false;
    }
    m_coding.windowStartMs = startMs;
    m_coding.windowEndMs = endMs;
    emit windowChanged();
    return true;
}

bool CodingSession::addNote(EvidenceNote &note) {
    note.codingId = m_coding.id;
    try {
        note.id = CodingRepository(m_database).addNote(note);
    } catch (const StorageError &error) {
        emit saveFailed(error.message());
        return false;
    }
    m_coding.notes.append(note);
    std::stable_sort(m_coding.notes.begin(), m_coding.notes.end(),
                     [](const EvidenceNote &a, const EvidenceNote &b) { return a.atMs < b.atMs; });
    emit notesChanged();
    return true;
}

bool CodingSession::updateNote(const EvidenceNote &note) {
    EvidenceNote changed = note;
    changed.codingId = m_coding.id;
    try {
        CodingRepository(m_database).updateNote(changed);
    } catch (const StorageError &error) {
        emit saveFailed(error.message());
        return false;
    }
    for (EvidenceNote &existing : m_coding.notes) {
        if (existing.id == changed.id)
            existing = changed;
    }
    std::stable_sort(m_coding.notes.begin(), m_coding.notes.end(),
                     [](const EvidenceNote &a, const EvidenceNote &b) { return a.atMs < b.atMs; });
    emit notesChanged();
    return true;
}

bool CodingSession::deleteNote(qint64 noteId) {
    try {
        CodingRepository(m_database).deleteNote(m_coding.id, noteId);
    } catch (const StorageError &error) {
        emit saveFailed(error.message());
        return false;
    }
    m_coding.notes.erase(std::remove_if(m_coding.notes.begin(), m_coding.notes.end(),
                                        [noteId](const EvidenceNote &n) { return n.id == noteId; }),
                         m_coding.notes.end());
    emit notesChanged();
    return true;
}

bool CodingSession::setComment(const QString &comment) {
    try {
        CodingRepository(m_database).setComment(m_coding.id, comment);
    } catch (const StorageError &error) {
        emit saveFailed(error.message());
        return false;
    }
    m_coding.comment = comment;
    emit commentChanged();
    return true;
}

bool CodingSession::finalise(QString *error) {
    flushActiveTime();
    try {
        CodingRepository(m_database).finalise(m_coding.id, m_scheme, m_viewerId);
    } catch (const StorageError &storageError) {
        if (error)
            *error = storageError.message();
        return false;
    }
    reload();
    emit statusChanged();
    return true;
}

bool CodingSession::unlock(const QString &reason, QString *error) {
    try {
        CodingRepository(m_database).unlock(m_coding.id, m_viewerId, reason);
    } catch (const StorageError &storageError) {
        if (error)
            *error = storageError.message();
        return false;
    }
    reload();
    emit statusChanged();
    return true;
}

void CodingSession::recordActivity(qint64 nowMs) {
    if (!isOpen())
        return;
    m_tracker.activity(nowMs);
    m_pendingActive += m_tracker.takePending();
}

void CodingSession::flushActiveTime() {
    if (!isOpen() || m_pendingActive <= 0)
        return;
    try {
        CodingRepository(m_database).addActiveTime(m_coding.id, m_pendingActive);
        m_coding.activeMs += m_pendingActive;
        m_pendingActive = 0;
    } catch (const StorageError &error) {
        emit saveFailed(error.message());
    }
}
