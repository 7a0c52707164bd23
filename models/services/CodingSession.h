#pragma once

#include "domain/ActiveTimeTracker.h"
#include "domain/Coding.h"
#include "domain/CodingScheme.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class CodingRepository;
class Database;

// The coding being edited, as the coding view sees it: the coding (loaded through the
// blindness rule), its scheme, and one method per kind of edit. Each edit is saved at once
// through CodingRepository in its own transaction.
//
// An edit the database refuses (a rule, such as a locked coding) is not applied and emits
// saveFailed(). An edit that fails because of the machine (a full disk, a write error, another
// program holding the database) is kept: it is applied in memory, queued, and saved in order on
// the next edit or retrySaving(), so the coder's work is never dropped. hasUnsavedEdits() says
// so meanwhile, and saveStateChanged() fires whenever that changes.
class CodingSession : public QObject {
    Q_OBJECT

public:
    explicit CodingSession(Database &database, QObject *parent = nullptr);

    // Opens the coding for `viewerId`; false with *error when it does not exist or is another
    // coder's coding that the viewer may not see yet.
    bool open(qint64 codingId, qint64 viewerId, QString *error);
    void close();
    bool isOpen() const { return m_coding.id > 0; }
    // Reloads from the database (after finalising, unlocking or an outside change).
    void reload();

    const Coding &coding() const { return m_coding; }
    const CodingScheme &scheme() const { return m_scheme; }
    qint64 viewerId() const { return m_viewerId; }
    bool isLocked() const { return m_coding.isFinal(); }

    SkillScore skill(const QString &key) const;
    bool hasNote(qint64 id) const;
    EvidenceNote note(qint64 id) const;
    QStringList missingSkills() const;

    // True while some edit is shown but not yet in the database; unsavedCause() says why.
    bool hasUnsavedEdits() const { return !m_pending.isEmpty(); }
    // How many edits are waiting (each edit the coder made counts once).
    int unsavedEditCount() const { return int(m_pending.size()); }
    QString unsavedCause() const { return m_unsavedCause; }
    // Saves the edits still waiting, in order; true when nothing is left unsaved.
    bool retrySaving();

    // Edits. Each returns false (and emits saveFailed) when the database refused the edit; an
    // edit kept for a later save returns true.
    bool setSkill(const SkillScore &score);
    bool setWindow(qint64 startMs, qint64 endMs);
    bool addNote(EvidenceNote &note); // sets note.id
    bool updateNote(const EvidenceNote &note);
    bool deleteNote(qint64 id);
    bool setComment(const QString &comment);
    // Finalising records the active time first; false with *error naming missing skills.
    bool finalise(QString *error);
    bool unlock(const QString &reason, QString *error);

    // Active coding time: call on every sign of activity (monotonic ms).
    void recordActivity(qint64 nowMs);
    // Saves the active time gathered so far.
    void flushActiveTime();
    // Saves it and stops counting until the next activity (the page was left): the time away
    // is not coding time, however short.
    void pauseActiveTime();
    qint64 activeMs() const { return m_coding.activeMs + m_pendingActive; }

signals:
    void opened();
    void skillChanged(const QString &skillKey);
    void windowChanged();
    void notesChanged();
    void commentChanged();
    void statusChanged();
    void saveFailed(const QString &message);
    // hasUnsavedEdits() or unsavedCause() changed.
    void saveStateChanged();

private:
    enum class Outcome { Saved, Kept, Refused };
    using Write = std::function<void(CodingRepository &)>;
    // Queues `write` behind any edit still waiting and saves them all, in order.
    Outcome save(Write write);
    Outcome flush(bool newestIsNew = false);
    bool changeStatus(Write write, const QString &status, QString *error);
    void resetSaving();
    void setUnsavedCause(const QString &cause);
    // Notes added while saving failed carry a stand-in id (negative) until they are stored.
    qint64 noteId(qint64 shownId) const { return m_storedNoteIds.value(shownId, shownId); }
    void renumberNotes();
    void sortNotes();

    Database &m_database;
    Coding m_coding;
    CodingScheme m_scheme;
    qint64 m_viewerId = 0;
    ActiveTimeTracker m_tracker;
    qint64 m_pendingActive = 0;
    QList<Write> m_pending;
    QString m_unsavedCause;
    QString m_refusal;
    bool m_reloadWhenSaved = false;
    QHash<qint64, qint64> m_storedNoteIds;
    qint64 m_nextShownNoteId = -1;
};
