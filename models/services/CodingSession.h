#pragma once

#include "EditConflict.h"
#include "domain/ActiveTimeTracker.h"
#include "domain/Coding.h"
#include "domain/CodingScheme.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

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
//
// Every edit is based on the coding's version as the coder last saw it. When someone else saved
// the coding first, the edit is refused by the database but kept here, with every edit after it:
// the screen keeps what the coder typed, conflict() compares it with what is stored now, and
// editConflicted() asks the page to let the coder choose: keepMine() saves the coder's edits
// again on top of the other person's, takeTheirs() drops them and shows what is stored.
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
    // True when the stored coding has moved on from the version this session's edits are based
    // on: someone else saved it since. The next save then meets the conflict (editConflicted).
    // Reads one row; false when it cannot be read.
    bool isChangedElsewhere() const;

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
    // Saves the edits still waiting, in order; true when nothing is left unsaved. Does nothing
    // while a conflict waits for the coder's choice.
    bool retrySaving();

    // True while edits refused as stale wait for keepMine() or takeTheirs().
    bool hasConflict() const { return m_theirs.has_value(); }
    // The coder's waiting edits beside the stored coding, field by field.
    EditConflict conflict() const;
    // Saves the waiting edits on top of the stored coding; false when refused again (another
    // conflict, or a rule) or kept for later.
    bool keepMine();
    // Drops the waiting edits and shows the stored coding.
    void takeTheirs();

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
    // An edit was refused because someone else changed the coding: see conflict(). Queued, so
    // the edit is on screen by the time the page asks.
    void editConflicted();
    // The coder chose; the coding shown may have changed throughout.
    void conflictResolved(bool keptMine);

private:
    enum class Outcome { Saved, Kept, Refused };
    // Saves one edit based on the coding's stored version, returning the new version.
    using Write = std::function<int(CodingRepository &, int version)>;
    struct Edit {
        Write write;
        QString field; // CodingConflict's name for what the edit changes
    };
    // Queues `write` behind any edit still waiting and saves them all, in order.
    Outcome save(Write write, const QString &field);
    Outcome flush(bool newestIsNew = false);
    bool changeStatus(Write write, const QString &status, QString *error);
    void resetSaving();
    // Takes the stored coding as the base of later edits (its version and its notes' versions).
    void setStored(const Coding &coding);
    void enterConflict(const QString &message);
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
    QList<Edit> m_pending;
    int m_storedVersion = 0;
    QHash<qint64, int> m_noteVersions; // stored note id to the note's stored version
    std::optional<Coding> m_theirs;    // while in conflict: the coding as stored now
    QString m_conflictMessage;
    QString m_unsavedCause;
    QString m_refusal;
    bool m_reloadWhenSaved = false;
    QHash<qint64, qint64> m_storedNoteIds;
    qint64 m_nextShownNoteId = -1;
};
