#pragma once

#include "domain/ActiveTimeTracker.h"
#include "domain/Coding.h"
#include "domain/CodingScheme.h"

#include <QObject>
#include <QString>

class Database;

// The coding being edited, as the coding view sees it: the coding (loaded through the
// blindness rule), its scheme, and one method per kind of edit. Each edit is saved at once
// through CodingRepository in its own transaction and only then applied in memory, so what the
// coder sees is what is stored. A failed save leaves both unchanged and emits saveFailed().
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
    bool hasNote(qint64 noteId) const;
    EvidenceNote note(qint64 noteId) const;
    QStringList missingSkills() const;

    // Edits. Each returns false (and emits saveFailed) when the save failed.
    bool setSkill(const SkillScore &score);
    bool setWindow(qint64 startMs, qint64 endMs);
    bool addNote(EvidenceNote &note); // sets note.id
    bool updateNote(const EvidenceNote &note);
    bool deleteNote(qint64 noteId);
    bool setComment(const QString &comment);
    // Finalising records the active time first; false with *error naming missing skills.
    bool finalise(QString *error);
    bool unlock(const QString &reason, QString *error);

    // Active coding time: call on every sign of activity (monotonic ms).
    void recordActivity(qint64 nowMs);
    // Saves the active time gathered so far.
    void flushActiveTime();
    qint64 activeMs() const { return m_coding.activeMs + m_pendingActive; }

signals:
    void opened();
    void skillChanged(const QString &skillKey);
    void windowChanged();
    void notesChanged();
    void commentChanged();
    void statusChanged();
    void saveFailed(const QString &message);

private:
    Database &m_database;
    Coding m_coding;
    CodingScheme m_scheme;
    qint64 m_viewerId = 0;
    ActiveTimeTracker m_tracker;
    qint64 m_pendingActive = 0;
};
