#include "CodingCommands.h"

#include "CodingSession.h"

#include <QCoreApplication>

namespace CodingCommands {

QUndoCommand *setSkill(CodingSession *session, const SkillScore &before, const SkillScore &after,
                       const QString &text) {
    return new ChangeValueCommand<SkillScore>(
        before, after, [session](const SkillScore &score) { return session->setSkill(score); },
        text);
}

QUndoCommand *setRationale(CodingSession *session, const SkillScore &before,
                           const SkillScore &after, const QString &text) {
    return new ChangeValueCommand<SkillScore>(
        before, after, [session](const SkillScore &score) { return session->setSkill(score); },
        text, Rationale, after.skillKey);
}

QUndoCommand *setWindow(CodingSession *session, qint64 startMs, qint64 endMs, const QString &text) {
    const Coding &coding = session->coding();
    return new ChangeValueCommand<CodedWindow>(
        {coding.windowStartMs, coding.windowEndMs}, {startMs, endMs},
        [session](const CodedWindow &window) {
            return session->setWindow(window.startMs, window.endMs);
        },
        text);
}

QUndoCommand *editNote(CodingSession *session, const EvidenceNote &before,
                       const EvidenceNote &after) {
    return new ChangeValueCommand<EvidenceNote>(
        before, after, [session](const EvidenceNote &note) { return session->updateNote(note); },
        QCoreApplication::translate("CodingCommands", "Edit evidence note"));
}

QUndoCommand *moveNote(CodingSession *session, const EvidenceNote &before,
                       const EvidenceNote &after) {
    return new ChangeValueCommand<EvidenceNote>(
        before, after, [session](const EvidenceNote &note) { return session->updateNote(note); },
        QCoreApplication::translate("CodingCommands", "Move evidence note"), NoteTime,
        QString::number(before.id));
}

} // namespace CodingCommands

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
