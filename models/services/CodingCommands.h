#pragma once

#include "ChangeValueCommand.h"
#include "domain/EvidenceNote.h"
#include "domain/SkillScore.h"

#include <QUndoCommand>

class CodingSession;

// The undoable edits of a coding. Each redo() and undo() saves through CodingSession at once,
// in its own transaction; a command whose first save is refused makes itself obsolete, so it
// never sits on the undo stack claiming a change that was not made. An edit kept because the
// database could not be written (a full disk) stays: the session saves it later.
//
// Edits that change one value (a skill's state, the coded window, a note's content) are
// ChangeValueCommands; adding and deleting a note are their own commands, because the note's
// id is given by the database on the first save.
namespace CodingCommands {

// The ids by which consecutive commands merge (QUndoCommand::id()).
enum MergeId { Rationale = 1, NoteTime = 2 };

// The coded window; -1, -1 is the whole recording.
struct CodedWindow {
    qint64 startMs = -1;
    qint64 endMs = -1;
    bool operator==(const CodedWindow &) const = default;
};

// A skill's score or not-codable reason: the whole skill state before and after.
QUndoCommand *setSkill(CodingSession *session, const SkillScore &before, const SkillScore &after,
                       const QString &text);
// A skill's rationale. Consecutive rationale edits of the same skill merge into one step.
QUndoCommand *setRationale(CodingSession *session, const SkillScore &before,
                           const SkillScore &after, const QString &text);
QUndoCommand *setWindow(CodingSession *session, qint64 startMs, qint64 endMs, const QString &text);
QUndoCommand *editNote(CodingSession *session, const EvidenceNote &before,
                       const EvidenceNote &after);
// A note moved in time (nudged). Consecutive moves of the same note merge into one step.
QUndoCommand *moveNote(CodingSession *session, const EvidenceNote &before,
                       const EvidenceNote &after);

} // namespace CodingCommands

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
