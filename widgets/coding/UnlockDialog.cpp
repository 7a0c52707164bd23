#include "UnlockDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

struct NextAnswer {
    bool set = false;
    std::optional<QString> answer;
};

NextAnswer &nextAnswer() {
    static NextAnswer next;
    return next;
}

} // namespace

UnlockDialog::UnlockDialog(QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("unlockDialog"));
    setWindowTitle(tr("Unlock coding"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("This coding is final. Unlocking lets you change it again, and "
                                "the reason you give is kept in the audit log."),
                             this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("unlockReason"));
    m_reason->setPlaceholderText(tr("Why does the coding need to change?"));
    m_reason->setTabChangesFocus(true);
    layout->addWidget(m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Unlock"));
    ok->setEnabled(false);
    connect(m_reason, &QPlainTextEdit::textChanged, this,
            [this, ok] { ok->setEnabled(!reason().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(460, 220);
}

QString UnlockDialog::reason() const {
    return m_reason->toPlainText().trimmed();
}

std::optional<QString> UnlockDialog::ask(QWidget *parent) {
    if (nextAnswer().set) {
        nextAnswer().set = false;
        return nextAnswer().answer;
    }
    UnlockDialog dialog(parent);
    if (dialog.exec() != QDialog::Accepted || dialog.reason().isEmpty())
        return std::nullopt;
    return dialog.reason();
}

void UnlockDialog::setNextAnswer(const std::optional<QString> &answer) {
    nextAnswer() = {true, answer};
}
