#pragma once

#include <QObject>
#include <QString>

class CodingWorkflow;
class NotesPanel;
class PlayerWidget;

// Moving between the open coding's evidence notes from the keyboard: to the next or previous
// note (it is chosen in the list and the player goes to it), and moving the chosen note's time
// earlier or later, saved as an undoable edit.
class NoteNavigator : public QObject {
    Q_OBJECT

public:
    NoteNavigator(CodingWorkflow *workflow, NotesPanel *notes, PlayerWidget *player,
                  QObject *parent);

    // +1 the next note after the playhead (or after the chosen note, when the player is at it),
    // -1 the previous one.
    void jump(int direction);
    void nudge(qint64 deltaMs);

signals:
    // Nothing could be done, and why (for the page's message line).
    void refused(const QString &message);

private:
    CodingWorkflow *m_workflow;
    NotesPanel *m_notes;
    PlayerWidget *m_player;
};
