#pragma once

#include <QDialog>
#include <QString>

#include <optional>

class ConnectionSpec;
class QCheckBox;
class QLineEdit;

// The sign-in prompt for a service database whose server asks for a password that libpq's own
// sources (PGPASSWORD, ~/.pgpass, PGPASSFILE) did not give. The password is never shown as
// typed and never leaves memory, except into the keychain when the user ticks "Remember in
// this computer's keychain"; where there is no keychain the tick box is disabled and says why.
class SignInDialog : public QDialog {
    Q_OBJECT

public:
    struct Answer {
        QString password;
        bool remember = false;
    };

    // keychainProblem: why the keychain cannot be used (empty when it can); refusedBefore: the
    // server has just refused a password for this user.
    SignInDialog(const ConnectionSpec &spec, const QString &keychainProblem, bool refusedBefore,
                 QWidget *parent = nullptr);

    Answer answer() const;

    // Asks, modally; nothing when the user cancels.
    static std::optional<Answer> ask(QWidget *parent, const ConnectionSpec &spec,
                                     const QString &keychainProblem, bool refusedBefore);
    // Tests: the next prompt is not shown and gives answer instead (nothing: as if cancelled);
    // answers given in a row answer prompts in that order.
    static void setNextAnswer(const std::optional<Answer> &answer);
    // Tests: how many prompts were asked for (shown or answered by setNextAnswer).
    static int promptsAsked();

private:
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
};
