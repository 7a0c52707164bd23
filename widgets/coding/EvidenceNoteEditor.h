#pragma once

#include "domain/CodingScheme.h"
#include "domain/EvidenceNote.h"

#include <QFrame>
#include <QList>

class QCheckBox;
class QComboBox;
class QKeyEvent;
class QLabel;
class QPlainTextEdit;

// The inline editor for one evidence note: its moment, kind (strength, to develop, note), the
// skills it is evidence for, and its text. Enter saves, Shift+Enter starts a new line, Escape
// cancels; Alt+1 to Alt+7 tick the skills and Alt+S, Alt+D, Alt+N choose the kind, so a note can
// be written without the mouse.
class EvidenceNoteEditor : public QFrame {
    Q_OBJECT

public:
    EvidenceNoteEditor(const CodingScheme &scheme, QWidget *parent = nullptr);

    // Starts editing; focus goes to the text.
    void edit(const EvidenceNote &note);
    EvidenceNote note() const;
    bool isEditing() const { return isVisible(); }

signals:
    void accepted(const EvidenceNote &note);
    void cancelled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void accept();
    // The skill (0-based) or kind index an Alt key chooses, or -1.
    int skillForKey(const QKeyEvent *key) const;
    int kindForKey(const QKeyEvent *key) const;

    EvidenceNote m_note;
    QLabel *m_time = nullptr;
    QComboBox *m_kind = nullptr;
    QList<QCheckBox *> m_skills;
    QPlainTextEdit *m_text = nullptr;
};
