#pragma once

#include <QList>
#include <QObject>
#include <QString>

class CodingWorkflow;
class FinaliseAction;
class QAction;
class QWidget;

// The coding view's keyboard: one QAction per key (↑/↓ skill, 1–5 score, 0 or X not codable,
// R rationale, N/S/D notes, [ ] W window, L notes list, Ctrl+Z/Ctrl+Shift+Z undo and redo,
// Ctrl+Enter finalise; Alt+↓/Alt+↑ next and previous note, Alt+←/Alt+→ move the chosen note
// by a second and Shift+Alt+←/→ by five), added to the view so they work wherever focus is
// inside it. Ctrl+↑/↓ are the player's speed keys and [ ] the window, hence Alt for notes. The
// actions only say what was asked; the coding page does it through the workflow.
class CodingActions : public QObject {
    Q_OBJECT

public:
    CodingActions(QWidget *view, CodingWorkflow *workflow, QObject *parent);

    // The actions that change the coding: off while it is locked or a note is being written.
    void setEditingEnabled(bool enabled);
    FinaliseAction *finaliseAction() const { return m_finalise; }

signals:
    void moveSkillRequested(int delta);
    void scoreRequested(int level);
    void notCodableRequested();
    void rationaleRequested();
    void noteRequested(const QString &kind);
    void windowStartRequested();
    void windowEndRequested();
    void wholeRecordingRequested();
    void notesListRequested();
    void jumpToNoteRequested(int direction); // +1 the next note, -1 the previous one
    void nudgeNoteRequested(qint64 deltaMs);

private:
    QAction *add(const QString &name, const QList<QKeySequence> &keys, bool edit);

    QWidget *m_view;
    QList<QAction *> m_editActions;
    FinaliseAction *m_finalise = nullptr;
};
