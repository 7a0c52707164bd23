#pragma once

#include "domain/CodingScheme.h"
#include "domain/EvidenceNote.h"

#include <QWidget>

class EvidenceNoteEditor;
class EvidenceNotesModel;
class QLabel;
class QPushButton;
class QTableView;

// The evidence notes beside the scoring panel: the list sorted by time (a click jumps the
// player there, Enter or a double-click edits, Delete removes) and the inline note editor.
class NotesPanel : public QWidget {
    Q_OBJECT

public:
    NotesPanel(const CodingScheme &scheme, QWidget *parent = nullptr);

    EvidenceNotesModel *model() const { return m_model; }
    EvidenceNoteEditor *editor() const { return m_editor; }
    QTableView *table() const { return m_table; }
    void setNotes(const QList<EvidenceNote> &notes);
    void setLocked(bool locked);
    void selectNote(qint64 noteId);
    // preTickedSkill: see EvidenceNoteEditor::edit().
    void startEditing(const EvidenceNote &note, const QString &preTickedSkill = QString());
    // Closes the editor without cancelling: what was typed stays in the draft, to offer back.
    void stopEditing();
    // The note chosen in the list, or 0.
    qint64 currentNoteId() const;

signals:
    void addRequested();
    void exportRequested();
    void seekRequested(qint64 atMs);
    void editFinished(const EvidenceNote &note);
    void editCancelled();
    void deleteRequested(qint64 noteId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    EvidenceNotesModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    EvidenceNoteEditor *m_editor = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_count = nullptr;
    bool m_locked = false;
};
