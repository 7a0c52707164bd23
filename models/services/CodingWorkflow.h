#pragma once

#include "domain/Coding.h"
#include "domain/EvidenceNote.h"
#include "domain/Recording.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class CodingResume;
class CodingSession;
class Database;
class QTimer;
class QUndoCommand;
class QUndoStack;

// What an evaluator does when coding a session: opening a recording (the consent gate and the
// codings it already has), starting a coding (primary, second or consensus), scoring a skill or
// marking it not codable, writing a rationale, adding and editing evidence notes, setting the
// coded window, finalising and unlocking. The rules for each live here, without widgets.
//
// Edits of the open coding go onto undoStack() as commands and are saved at once through
// session(). Edits kept while the database cannot be written are retried now and then (the
// "saveRetryTimer"), and the active coding time is gathered on every call and saved now and
// then, so that a page only shows and asks.
class CodingWorkflow : public QObject {
    Q_OBJECT

public:
    explicit CodingWorkflow(Database &database, QObject *parent = nullptr);
    ~CodingWorkflow() override;

    CodingSession *session() const { return m_session; }
    // The open coding's unfinished note and listening position.
    CodingResume *resume() const { return m_resume.get(); }
    QUndoStack *undoStack() const { return m_undo; }

    // The coder; an empty name means Settings::coderUsername().
    void setCoderUsername(const QString &username);
    // The coder's user id, made on first use; 0 with *error when the database refused.
    qint64 coderId(QString *error = nullptr);

    // The monotonic clock active time is measured with (ms); tests give their own.
    void setClock(std::function<qint64()> clock);
    // A sign that the coder is working (a key, a click, playback running).
    void recordActivity();

    // --- Recordings ---------------------------------------------------------------------
    std::optional<Recording> recording(qint64 recordingId) const;
    // "R-0001 · P001 Amira Khan · family F-1001 · 2 Apr 2024 · Home visit"; empty when unknown.
    QString recordingTitle(qint64 recordingId) const;

    // What may happen next with a recording, for the coder.
    struct Outlook {
        std::optional<Recording> recording;
        QString consentProblem;  // empty when the recording may be coded
        QList<Coding> codings;   // headers only
        QStringList coderNames;  // parallel to codings
        bool canCompare = false; // both codings final and visible to the coder
        qint64 ownDraftId = 0;   // the coder's own draft, to go straight into
    };
    // Throws nothing: a database problem comes back in *error with an empty outlook.
    Outlook outlook(qint64 recordingId, qint64 coderId, QString *error);

    // Starts a coding in `role` ("primary", "second" or "consensus"); the new coding's id, or
    // 0 with *error. A new primary or second coding codes the first `windowMinutes` of the
    // recording, or all of a recording no longer than that.
    qint64 startCoding(qint64 recordingId, const QString &role, qint64 durationMs,
                       int windowMinutes, QString *error);
    // The recording's consensus coding, or 0.
    qint64 consensusCodingOf(qint64 recordingId, QString *error = nullptr) const;
    // True when the open coding is final and the recording's double coding may be compared.
    bool openCodingCanBeCompared() const;
    // Keeps the length measured by the player, for the coded window.
    void recordDuration(qint64 recordingId, qint64 durationMs);
    // The audio file to play, resolved against the recordings folder; empty with *problem
    // saying what the coder can do when there is none.
    QString audioFileOf(qint64 recordingId, QString *problem) const;

    // --- The open coding ------------------------------------------------------------------
    // Opens a coding for the coder, with an empty undo history; false with *error when it
    // does not exist or is another coder's coding still hidden from them.
    bool openCoding(qint64 codingId, QString *error);
    void closeCoding();
    // False while edits kept because the database could not be written are still unsaved
    // (they would be lost with the coding); tries once more to save them first.
    bool mayLeaveCoding();

    // --- Edits of the open coding; each returns false when nothing was pushed -------------
    // True when scoring the skill at this level would change the coding.
    bool changesScore(const QString &skillKey, int level) const;
    bool score(const QString &skillKey, int level);
    bool markNotCodable(const QString &skillKey, const QString &reason);
    bool editRationale(const QString &skillKey, const QString &text);
    // The id the note shows with, or 0 when it was not added.
    qint64 addNote(const EvidenceNote &note);
    bool editNote(const EvidenceNote &note);
    bool deleteNote(qint64 noteId);
    // Moves a note (and the end of a span with it) by deltaMs, never before 0:00; consecutive
    // moves of the same note are one undo step.
    bool nudgeNote(qint64 noteId, qint64 deltaMs);
    // The coded window; false with *error saying why it cannot be set there.
    bool startWindowAt(qint64 positionMs, int windowMinutes, qint64 durationMs, QString *error);
    bool endWindowAt(qint64 positionMs, QString *error);
    bool codeWholeRecording();
    // Locks the coding once every skill is done; otherwise false with *error naming the skills
    // left and *firstMissing the first of them.
    bool finalise(QString *error, QString *firstMissing);
    bool unlock(const QString &reason, QString *error);

    // True while the open coding takes edits.
    bool isEditable() const;
    // The skill's name in the coding's scheme, or its key.
    QString skillName(const QString &skillKey) const;

private:
    bool push(QUndoCommand *command);
    void updateRetryTimer();

    Database &m_database;
    QString m_coderUsername;
    CodingSession *m_session = nullptr;
    std::unique_ptr<CodingResume> m_resume;
    QUndoStack *m_undo = nullptr;
    QTimer *m_saveRetry = nullptr;
    QTimer *m_activeTimeFlush = nullptr;
    QElapsedTimer m_elapsed;
    std::function<qint64()> m_clock;
};
