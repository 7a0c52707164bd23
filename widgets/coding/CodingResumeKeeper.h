#pragma once

#include "domain/EvidenceNote.h"

#include <QObject>

class CodingWorkflow;
class EvidenceNoteEditor;
class PlayerWidget;
class QTimer;
class QWidget;

// The coding page's side of picking up where the coder left off. The note being typed is kept
// as a draft a moment after each change ("noteDraftTimer") and whenever the coder leaves the
// coding, and dropped once the note is added or cancelled. On reopening the coding the player
// goes back to where the coder was, at their speed, and an unfinished note is offered back.
class CodingResumeKeeper : public QObject {
    Q_OBJECT

public:
    CodingResumeKeeper(CodingWorkflow *workflow, EvidenceNoteEditor *editor, PlayerWidget *player,
                       QWidget *dialogParent);

    // The coder is leaving the open coding (another recording, another page, quitting): keeps
    // the unfinished note and the listening position now.
    void keepAll();
    // Just after a coding was opened and its audio loaded.
    void restore();

signals:
    // The coder chose to continue this unfinished note.
    void continueRequested(const EvidenceNote &note);

private:
    void keepDraft();
    void keepListening();

    CodingWorkflow *m_workflow;
    EvidenceNoteEditor *m_editor;
    PlayerWidget *m_player;
    QWidget *m_dialogParent;
    QTimer *m_draftTimer;
};
