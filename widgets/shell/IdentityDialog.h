#pragma once

#include "services/ActingUser.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

// "Who are you?": the user picks themselves from the database's people, or adds themselves.
// The login name is only the suggestion: chosen already when that person is listed, otherwise
// filled in as the new name. The window saves the answer (ActingUser::choose).
class IdentityDialog : public QDialog {
    Q_OBJECT

public:
    // `current` is who the program acts as now (empty on a first start); `suggestion` the
    // login name.
    IdentityDialog(const QList<ActingUser::Person> &people, const QString &current,
                   const QString &suggestion, QWidget *parent = nullptr);

    // What was chosen: an existing user name, or the new one with its name to show.
    QString username() const;
    QString displayName() const;

private:
    void updateState();

    QRadioButton *m_listed = nullptr;
    QRadioButton *m_new = nullptr;
    QListWidget *m_people = nullptr;
    QLineEdit *m_newName = nullptr;
    QLineEdit *m_newUsername = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};
