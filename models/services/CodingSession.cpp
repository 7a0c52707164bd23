#include "CodingSession.h"

#include "CodingConflict.h"
#include "CodingVisibility.h"
#include "domain/CodingSchemeLoader.h"
#include "storage/CodingRepository.h"
#include "storage/StorageError.h"
#include "storage/WriteFailure.h"

#include <algorithm>

CodingSession::CodingSession(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database) {}

bool CodingSession::open(qint64 codingId, qint64 viewerId, QString *error) {
    close();
    try {
        // Blind coding: the screen says which recording's codings are still hidden, and why.
        QString hidden;
        const auto coding = CodingVisibility(m_database).maySee(codingId, viewerId, &hidden)
                                ? CodingRepository(m_database).loadForViewer(codingId, viewerId)
                                : std::nullopt;
        if (!coding) {
            if (error)
                *error = hidden.isEmpty() ? tr("That coding no longer exists.") : hidden;
            return false;
        }
        m_coding = *coding;
        setStored(m_coding);
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
    if (isOpen()) {
        retrySaving();
        flushActiveTime();
    }
    m_coding = Coding();
    m_viewerId = 0;
    resetSaving();
}

void CodingSession::resetSaving() {
    m_pending.clear();
    m_theirs.reset();
    m_conflictMessage.clear();
    m_reloadWhenSaved = false;
    m_storedNoteIds.clear();
    m_nextShownNoteId = -1;
    setUnsavedCause(QString());
}

bool CodingSession::isChangedElsewhere() const {
    if (!isOpen())
        return false;
    try {
        const auto stored = CodingRepository(m_database).find(m_coding.id);
        return stored && stored->version != m_storedVersion;
    } catch (const StorageError &) {
        // Asking must never disturb the coder; a real problem shows on the next save.
        return false;
    }
}

void CodingSession::reload() {
    if (!isOpen())
        return;
    // Reading back now would drop edits that are shown but not yet stored.
    if (hasUnsavedEdits()) {
        m_reloadWhenSaved = true;
        return;
    }
    try {
        // Read as this viewer: someone else's coding may have gone back to a draft since it
        // was opened, and a draft stays blind to the other coder.
        if (const auto coding =
                CodingRepository(m_database).loadForViewer(m_coding.id, m_viewerId)) {
            m_coding = *coding;
            setStored(m_coding);
        }
        setStored(m_coding);
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

bool CodingSession::hasNote(qint64 shownId) const {
    const qint64 id = noteId(shownId);
    return std::any_of(m_coding.notes.cbegin(), m_coding.notes.cend(),
                       [&](const EvidenceNote &note) { return noteId(note.id) == id; });
}

EvidenceNote CodingSession::note(qint64 shownId) const {
    const qint64 id = noteId(shownId);
    for (const EvidenceNote &note : m_coding.notes) {
        if (noteId(note.id) == id)
            return note;
    }
    return {};
}

QStringList CodingSession::missingSkills() const {
    return CodingRepository::missingSkills(m_coding, m_scheme);
}

void CodingSession::setStored(const Coding &coding) {
    m_storedVersion = coding.version;
    m_noteVersions.clear();
    for (const EvidenceNote &note : coding.notes)
        m_noteVersions.insert(note.id, note.version);
}

bool CodingSession::retrySaving() {
    if (hasConflict())
        return false;
    return m_pending.isEmpty() || flush() == Outcome::Saved;
}

CodingSession::Outcome CodingSession::save(Write write, const QString &field) {
    m_pending.append({std::move(write), field});
    // The coder has not chosen yet: this edit joins the ones waiting, on screen.
    if (hasConflict())
        return Outcome::Kept;
    const Outcome outcome = flush(true);
    if (outcome == Outcome::Refused)
        emit saveFailed(m_refusal);
    return outcome;
}

CodingSession::Outcome CodingSession::flush(bool newestIsNew) {
    // A new edit is not on screen yet and can simply be refused; an older one is already shown.
    const qsizetype newest = newestIsNew ? m_pending.size() - 1 : -1;
    qsizetype index = 0;
    Outcome outcome = Outcome::Saved;
    CodingRepository repository(m_database);
    while (!m_pending.isEmpty()) {
        try {
            m_storedVersion = m_pending.first().write(repository, m_storedVersion);
        } catch (const StorageError &error) {
            if (error.kind() == StorageError::Kind::StaleEdit) {
                renumberNotes();
                enterConflict(error.message());
                return Outcome::Kept;
            }
            if (WriteFailure::isTransient(error)) {
                renumberNotes();
                setUnsavedCause(WriteFailure::describe(WriteFailure::causeOf(error)));
                return Outcome::Kept;
            }
            // Refused by a rule, not the machine: that edit can never be stored. A refused edit
            // already on screen is replaced by what the database holds once the rest is saved.
            m_refusal = error.message();
            if (index == newest)
                outcome = Outcome::Refused;
            else {
                m_reloadWhenSaved = true;
                emit saveFailed(m_refusal);
            }
        }
        m_pending.removeFirst();
        ++index;
    }
    renumberNotes();
    setUnsavedCause(QString());
    if (m_reloadWhenSaved) {
        m_reloadWhenSaved = false;
        reload();
        emit statusChanged();
    }
    return outcome;
}

void CodingSession::enterConflict(const QString &message) {
    try {
        // "Theirs" is shown beside the user's own edits, so it is read with the same blindness
        // as any other view of it.
        m_theirs = CodingRepository(m_database).loadForViewer(m_coding.id, m_viewerId);
    } catch (const StorageError &error) {
        // Without the stored coding there is nothing to compare; the edits stay waiting and the
        // next retry meets the conflict again.
        setUnsavedCause(error.message());
        return;
    }
    if (!m_theirs) {
        // Deleted by someone else, or gone back to a draft this viewer may not see: nothing to
        // save the edits on top of.
        m_pending.clear();
        setUnsavedCause(QString());
        QString hidden;
        CodingVisibility(m_database).maySee(m_coding.id, m_viewerId, &hidden);
        emit saveFailed(hidden.isEmpty() ? tr("This coding no longer exists.") : hidden);
        return;
    }
    m_conflictMessage = message;
    setUnsavedCause(message);
    QMetaObject::invokeMethod(this, &CodingSession::editConflicted, Qt::QueuedConnection);
}

EditConflict CodingSession::conflict() const {
    if (!m_theirs)
        return {};
    QStringList fields;
    for (const Edit &edit : m_pending)
        fields.append(edit.field);
    return CodingConflict::describe(m_conflictMessage, fields, *m_theirs, m_coding, m_scheme);
}

bool CodingSession::keepMine() {
    if (!m_theirs)
        return retrySaving();
    setStored(*m_theirs);
    m_theirs.reset();
    m_conflictMessage.clear();
    // Read back once saved, so the screen shows the other person's changes under the coder's.
    m_reloadWhenSaved = true;
    const Outcome outcome = flush();
    emit conflictResolved(true);
    return outcome == Outcome::Saved && !hasConflict();
}

void CodingSession::takeTheirs() {
    if (!m_theirs)
        return;
    m_coding = *m_theirs;
    setStored(m_coding);
    m_pending.clear();
    m_storedNoteIds.clear();
    m_theirs.reset();
    m_conflictMessage.clear();
    m_reloadWhenSaved = false;
    setUnsavedCause(QString());
    emit statusChanged();
    emit conflictResolved(false);
}

void CodingSession::setUnsavedCause(const QString &cause) {
    if (cause == m_unsavedCause)
        return;
    m_unsavedCause = cause;
    emit saveStateChanged();
}

void CodingSession::renumberNotes() {
    bool changed = false;
    for (EvidenceNote &note : m_coding.notes) {
        const qint64 stored = noteId(note.id);
        changed = changed || stored != note.id;
        note.id = stored;
    }
    if (changed)
        emit notesChanged();
}

void CodingSession::sortNotes() {
    std::stable_sort(m_coding.notes.begin(), m_coding.notes.end(),
                     [](const EvidenceNote &a, const EvidenceNote &b) { return a.atMs < b.atMs; });
}

bool CodingSession::setSkill(const SkillScore &score) {
    const qint64 id = m_coding.id;
    if (save([id, score](CodingRepository &r, int v) { return r.saveSkill(id, v, score); },
             CodingConflict::skillField(score.skillKey)) == Outcome::Refused)
        return false;
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
    const qint64 id = m_coding.id;
    if (save([id, startMs, endMs](CodingRepository &r,
                                  int v) { return r.setWindow(id, v, startMs, endMs); },
             CodingConflict::windowField()) == Outcome::Refused)
        return false;
    m_coding.windowStartMs = startMs;
    m_coding.windowEndMs = endMs;
    emit windowChanged();
    return true;
}

bool CodingSession::addNote(EvidenceNote &note) {
    note.codingId = m_coding.id;
    // A note put back by undo keeps its id, so later commands still find it; a new one shows
    // with a stand-in id until the database gives it its own.
    const qint64 shownId = note.id != 0 ? note.id : m_nextShownNoteId--;
    const Outcome outcome = save(
        [this, note, shownId](CodingRepository &r, int v) {
            EvidenceNote stored = note;
            stored.id = qMax<qint64>(0, noteId(shownId));
            int version = v;
            const qint64 id = r.addNote(stored, v, &version);
            if (shownId < 0)
                m_storedNoteIds.insert(shownId, id);
            m_noteVersions.insert(id, 1);
            return version;
        },
        CodingConflict::noteField(shownId));
    if (outcome == Outcome::Refused)
        return false;
    note.id = noteId(shownId);
    m_coding.notes.append(note);
    sortNotes();
    emit notesChanged();
    return true;
}

bool CodingSession::updateNote(const EvidenceNote &note) {
    EvidenceNote changed = note;
    changed.codingId = m_coding.id;
    changed.id = noteId(note.id);
    const Outcome outcome = save(
        [this, changed](CodingRepository &r, int v) {
            EvidenceNote stored = changed;
            stored.id = noteId(changed.id);
            stored.version = m_noteVersions.value(stored.id, changed.version);
            const int version = r.updateNote(stored, v);
            m_noteVersions.insert(stored.id, stored.version + 1);
            return version;
        },
        CodingConflict::noteField(changed.id));
    if (outcome == Outcome::Refused)
        return false;
    for (EvidenceNote &existing : m_coding.notes) {
        if (noteId(existing.id) == changed.id)
            existing = changed;
    }
    sortNotes();
    emit notesChanged();
    return true;
}

bool CodingSession::deleteNote(qint64 shownId) {
    const qint64 codingId = m_coding.id;
    const Outcome outcome =
        save([this, codingId, shownId](
                 CodingRepository &r, int v) { return r.deleteNote(codingId, v, noteId(shownId)); },
             CodingConflict::noteField(shownId));
    if (outcome == Outcome::Refused)
        return false;
    const qint64 id = noteId(shownId);
    m_coding.notes.erase(std::remove_if(m_coding.notes.begin(), m_coding.notes.end(),
                                        [&](const EvidenceNote &n) { return noteId(n.id) == id; }),
                         m_coding.notes.end());
    emit notesChanged();
    return true;
}

bool CodingSession::setComment(const QString &comment) {
    const qint64 id = m_coding.id;
    if (save([id, comment](CodingRepository &r, int v) { return r.setComment(id, v, comment); },
             CodingConflict::commentField()) == Outcome::Refused)
        return false;
    m_coding.comment = comment;
    emit commentChanged();
    return true;
}

bool CodingSession::finalise(QString *error) {
    flushActiveTime();
    const qint64 id = m_coding.id;
    const qint64 viewer = m_viewerId;
    const CodingScheme scheme = m_scheme;
    return changeStatus([id, viewer, scheme](CodingRepository &r,
                                             int v) { return r.finalise(id, v, scheme, viewer); },
                        QStringLiteral("final"), error);
}

bool CodingSession::unlock(const QString &reason, QString *error) {
    const qint64 id = m_coding.id;
    const qint64 viewer = m_viewerId;
    return changeStatus([id, viewer, reason](CodingRepository &r,
                                             int v) { return r.unlock(id, v, viewer, reason); },
                        QStringLiteral("draft"), error);
}

bool CodingSession::changeStatus(Write write, const QString &status, QString *error) {
    const Outcome outcome = save(std::move(write), CodingConflict::statusField());
    if (outcome == Outcome::Refused) {
        if (error)
            *error = m_refusal;
        return false;
    }
    if (outcome == Outcome::Saved) {
        reload();
    } else {
        // Shown as done (locked or open for editing) and read back once it is stored.
        m_coding.status = status;
        m_reloadWhenSaved = true;
    }
    emit statusChanged();
    return true;
}

void CodingSession::recordActivity(qint64 nowMs) {
    // Active coding time is the time spent coding a draft: looking over a final coding is not
    // coding it, and the moment it was finalised must not join up with later activity.
    if (!isOpen() || isLocked()) {
        m_tracker.reset();
        return;
    }
    m_tracker.activity(nowMs);
    m_pendingActive += m_tracker.takePending();
}

void CodingSession::pauseActiveTime() {
    flushActiveTime();
    m_tracker.reset();
}

void CodingSession::flushActiveTime() {
    // Edits still waiting go first: the time follows them.
    if (!isOpen() || m_pendingActive <= 0 || hasUnsavedEdits())
        return;
    try {
        CodingRepository(m_database).addActiveTime(m_coding.id, m_pendingActive);
        m_coding.activeMs += m_pendingActive;
        m_pendingActive = 0;
    } catch (const StorageError &error) {
        // The time is kept and saved with a later flush; only a refusal is worth a message.
        if (!WriteFailure::isTransient(error))
            emit saveFailed(error.message());
    }
}
