#include "CodingCommands.h"

#include "itemmodels/CodingSession.h"

#include <QCoreApplication>

SetSkillCommand::SetSkillCommand(CodingSession *session, const SkillScore &before,
                                 const SkillScore &after, const QString &text)
    : QUndoCommand(text)
    , m_session(session)
    , m_before(before)
    , m_after(after) {}

void SetSkillCommand::redo() {
    const bool saved = m_session->setSkill(m_after);
    if (m_firstRedo && !saved)
        setObsolete(true);
    m_firstRedo = false;
}

void SetSkillCommand::undo() {
    m_session->setSkill(m_before);
}

SetWindowCommand::SetWindowCommand(CodingSession *session, qint64 startMs, qint64 endMs,
                                   const QString &text)
    : QUndoCommand(text)
    , m_session(session)
    , m_beforeStart(session->coding().windowStartMs)
    , m_beforeEnd(session->coding().windowEndMs)
    , m_afterStart(startMs)
    , m_afterEnd(endMs) {}

void SetWindowCommand::redo() {
    const bool saved = m_session->setWindow(m_afterStart, m_afterEnd);
    if (m_firstRedo && !saved)
        setObsolete(true);
    m_firstRedo = false;
}

void SetWindowCommand::undo() {
    m_session->setWindow(m_beforeStart, m_beforeEnd);
}

AddNoteCommand::AddNoteCommand(CodingSession *session, const EvidenceNote &note)
    : QUndoCommand(QCoreApplication::translate("CodingCommands", "Add evidence note"))
    , m_session(session)
    , m_note(note) {
    m_note.id = 0;
}

void AddNoteCommand::redo() {
    const bool saved = m_session->addNote(m_note);
    if (m_firstRedo && !saved)
        setObsolete(true);
    m_firstRedo = false;
}

void AddNoteCommand::undo() {
    m_session->deleteNote(m_note.id);
}

EditNoteCommand::EditNoteCommand(CodingSession *session, const EvidenceNote &before,
                                 const EvidenceNote &after)
    : QUndoCommand(QCoreApplication::translate("CodingCommands", "Edit evidence note"))
    , m_session(session)
    , m_before(before)
    , m_after(after) {}

void EditNoteCommand::redo() {
    const bool saved = m_session->updateNote(m_after);
    if (m_firstRedo && !saved)
        setObsolete(true);
    m_firstRedo = false;
}

void EditNoteCommand::undo() {
    m_session->updateNote(m_before);
}

DeleteNoteCommand::DeleteNoteCommand(CodingSession *session, const EvidenceNote &note)
    : QUndoCommand(QCoreApplication::translate("CodingCommands", "Delete evidence note"))
    , m_session(session)
    , m_note(note) {}

void DeleteNoteCommand::redo() {
    const bool saved = m_session->deleteNote(m_note.id);
    if (m_firstRedo && !saved)
        setObsolete(true);
    m_firstRedo = false;
}

void DeleteNoteCommand::undo() {
    EvidenceNote note = m_note; // put back with its id, so later commands still find it
    m_session->addNote(note);
}
