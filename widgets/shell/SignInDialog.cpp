#include "SignInDialog.h"

#include "common/Theme.h"
#include "services/ServiceConnection.h"
#include "storage/ConnectionSpec.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QList>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QList<std::optional<SignInDialog::Answer>> &nextAnswers() {
    static QList<std::optional<SignInDialog::Answer>> answers;
    return answers;
}

int &asked() {
    static int count = 0;
    return count;
}

} // namespace

SignInDialog::SignInDialog(const ConnectionSpec &spec, const QString &keychainProblem,
                           bool refusedBefore, QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to the service database"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("The server asks for the password of %1 to open %2.")
                                 .arg(spec.userName().toHtmlEscaped(),
                                      ServiceConnection::describe(spec).toHtmlEscaped()),
                             this);
    intro->setObjectName(QStringLiteral("signInIntro"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (refusedBefore) {
        auto *refused =
            new QLabel(tr("The server did not accept that password. Please try again."), this);
        refused->setObjectName(QStringLiteral("signInRefused"));
        refused->setWordWrap(true);
        Theme::setRole(refused, Theme::Role::Error);
        layout->addWidget(refused);
    }

    auto *form = new QFormLayout;
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordField"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAttribute(Qt::WA_InputMethodEnabled, false);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    m_remember = new QCheckBox(tr("Remember in this computer's keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberPasswordBox"));
    layout->addWidget(m_remember);
    if (!keychainProblem.isEmpty()) {
        m_remember->setEnabled(false);
        m_remember->setToolTip(keychainProblem);
        auto *why = new QLabel(keychainProblem, this);
        why->setObjectName(QStringLiteral("keychainProblem"));
        why->setWordWrap(true);
        Theme::setRole(why, Theme::Role::Muted);
        layout->addWidget(why);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("signInButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_password->setFocus();
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

SignInDialog::Answer SignInDialog::answer() const {
    return {m_password->text(), m_remember->isEnabled() && m_remember->isChecked()};
}

std::optional<SignInDialog::Answer> SignInDialog::ask(QWidget *parent, const ConnectionSpec &spec,
                                                      const QString &keychainProblem,
                                                      bool refusedBefore) {
    ++asked();
    if (!nextAnswers().isEmpty())
        return nextAnswers().takeFirst();
    SignInDialog dialog(spec, keychainProblem, refusedBefore, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.answer();
}

void SignInDialog::setNextAnswer(const std::optional<Answer> &answer) {
    nextAnswers().append(answer);
}

int SignInDialog::promptsAsked() {
    return asked();
}
