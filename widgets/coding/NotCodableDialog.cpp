#include "NotCodableDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
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

NotCodableDialog::NotCodableDialog(const QString &skillName, const QString &currentReason,
                                   QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("notCodableDialog"));
    setWindowTitle(tr("Not codable"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(
        tr("Why can <b>%1</b> not be coded in this session?").arg(skillName.toHtmlEscaped()), this);
    layout->addWidget(label);
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("notCodableReason"));
    m_reason->setEditable(true);
    m_reason->addItems({tr("The audio is inaudible at the key moments"),
                        tr("The session gave no opportunity to show this skill"),
                        tr("The recording is too short"),
                        tr("The practitioner is not the one leading the session")});
    m_reason->setCurrentText(currentReason);
    m_reason->lineEdit()->setPlaceholderText(tr("Type or choose a reason"));
    m_reason->setMinimumWidth(420);
    layout->addWidget(m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Mark not codable"));
    auto update = [this, ok] {
        ok->setEnabled(!reason().isEmpty());
    };
    connect(m_reason, &QComboBox::currentTextChanged, this, update);
    update();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString NotCodableDialog::reason() const {
    return m_reason->currentText().trimmed();
}

std::optional<QString> NotCodableDialog::ask(QWidget *parent, const QString &skillName,
                                             const QString &currentReason) {
    if (nextAnswer().set) {
        nextAnswer().set = false;
        return nextAnswer().answer;
    }
    NotCodableDialog dialog(skillName, currentReason, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.reason().isEmpty())
        return std::nullopt;
    return dialog.reason();
}

void NotCodableDialog::setNextAnswer(const std::optional<QString> &answer) {
    nextAnswer() = {true, answer};
}
