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

// The inline editor for one evidence note: its moment (or the stretch it spans), kind
// (strength, to develop, note), the skills it is evidence for, and its text. Enter saves,
// Shift+Enter starts a new line, Escape cancels; Alt+1 to Alt+7 tick the skills, Alt+S, Alt+D,
// Alt+N choose the kind and Alt+E marks where the note ends, so a note can be written without
// the mouse.
//
// A new note comes with the skill being scored ticked. Alt+<that skill's number> keeps it
// ticked the first time (the coder is saying "this skill", not "not this skill"); after that,
// and for every other skill, Alt+<number> turns the tick on and off.
class EvidenceNoteEditor : public QFrame {
    Q_OBJECT

public:
    EvidenceNoteEditor(const CodingScheme &scheme, QWidget *parent = nullptr);

    // Starts editing; focus goes to the text. preTickedSkill (a new note's current skill) is
    // ticked as well, as described above.
    void edit(const EvidenceNote &note, const QString &preTickedSkill = QString());
    EvidenceNote note() const;
    bool isEditing() const { return isVisible(); }
    // Where the note ends; -1 (or a time not after its start) makes it a note about a moment.
    void setEndMs(qint64 endMs);

signals:
    void accepted(const EvidenceNote &note);
    void cancelled();
    // Anything typed or chosen changed (for keeping the unfinished note as a draft).
    void changed();
    // Alt+E: the coder wants the note to end at the playhead.
    void endMarkRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void accept();
    // The skill (0-based) or kind index an Alt key chooses, or -1.
    int skillForKey(const QKeyEvent *key) const;
    int kindForKey(const QKeyEvent *key) const;
    static bool isEndKey(const QKeyEvent *key);
    void showTime();

    EvidenceNote m_note;
    QLabel *m_time = nullptr;
    QComboBox *m_kind = nullptr;
    QList<QCheckBox *> m_skills;
    QPlainTextEdit *m_text = nullptr;
    QCheckBox *m_pauseWhileTyping = nullptr;
    QString m_preTicked; // cleared once the coder has said anything about that skill
};
