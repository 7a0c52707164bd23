#pragma once

#include "services/EditConflict.h"

#include <QDialog>

class QTableWidget;

// Shown when a save was refused because someone else changed the same record first. It lists
// each field the user changed, with what is stored now ("Theirs") beside what the user made it
// ("Yours"), and lets the user keep their own values on top of the other person's or take the
// stored record. Nothing the user typed is dropped before they choose.
//
// Like MessageBox, ask() goes through a seam so GUI tests never block: setNextChoice() answers
// the next question without showing it, and lastConflict() says what it would have shown.
class ConflictDialog : public QDialog {
    Q_OBJECT

public:
    enum class Choice { KeepMine, TakeTheirs };

    explicit ConflictDialog(const EditConflict &conflict, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QTableWidget *fieldTable() const { return m_fields; }

    // Shows the dialog modally, or answers from setNextChoice().
    static Choice ask(QWidget *parent, const EditConflict &conflict);
    static void setNextChoice(Choice choice);
    // The conflict last asked about (shown or answered), and how many times ask() was called.
    static EditConflict lastConflict();
    static int askedCount();

private:
    QTableWidget *m_fields = nullptr;
    // Closing the dialog without choosing keeps the user's work.
    Choice m_choice = Choice::KeepMine;
};
