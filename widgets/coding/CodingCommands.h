#pragma once

#include "domain/EvidenceNote.h"
#include "domain/SkillScore.h"

#include <QUndoCommand>

class CodingSession;

// The undoable edits of a coding. Each redo() and undo() saves through CodingSession at once,
// in its own transaction; a command whose first save is refused makes itself obsolete, so it
// never sits on the undo stack claiming a change that was not made. An edit kept because the
// database could not be written (a full disk) stays: the session saves it later.

// A skill's score, not-codable reason or rationale: the whole skill state before and after.
class SetSkillCommand : public QUndoCommand {
public:
    SetSkillCommand(CodingSession *session, const SkillScore &before, const SkillScore &after,
                    const QString &text);
    void redo() override;
    void undo() override;

private:
    CodingSession *m_session;
    SkillScore m_before;
    SkillScore m_after;
    bool m_firstRedo = true;
};

// The coded window; -1, -1 is the whole recording.
class SetWindowCommand : public QUndoCommand {
public:
    SetWindowCommand(CodingSession *session, qint64 startMs, qint64 endMs, const QString &text);
    void redo() override;
    void undo() override;

private:
    CodingSession *m_session;
    qint64 m_beforeStart;
    qint64 m_beforeEnd;
    qint64 m_afterStart;
    qint64 m_afterEnd;
    bool m_firstRedo = true;
};

class AddNoteCommand : public QUndoCommand {
public:
    AddNoteCommand(CodingSession *session, const EvidenceNote &note);
    void redo() override;
    void undo() override;
    qint64 noteId() const { return m_note.id; }

private:
    CodingSession *m_session;
    EvidenceNote m_note; // keeps its id after the first save, so redo puts it back as it was
    bool m_firstRedo = true;
};

class EditNoteCommand : public QUndoCommand {
public:
    EditNoteCommand(CodingSession *session, const EvidenceNote &before, const EvidenceNote &after);
    void redo() override;
    void undo() override;

private:
    CodingSession *m_session;
    EvidenceNote m_before;
    EvidenceNote m_after;
    bool m_firstRedo = true;
};

class DeleteNoteCommand : public QUndoCommand {
public:
    DeleteNoteCommand(CodingSession *session, const EvidenceNote &note);
    void redo() override;
    void undo() override;

private:
    CodingSession *m_session;
    EvidenceNote m_note;
    bool m_firstRedo = true;
};
