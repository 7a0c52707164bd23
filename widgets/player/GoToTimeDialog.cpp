#include "GoToTimeDialog.h"

#include "audio/TimeText.h"
#include "common/Theme.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
bool g_hasNextAnswer = false;
std::optional<qint64> g_nextAnswer;
} // namespace

GoToTimeDialog::GoToTimeDialog(qint64 currentMs, qint64 durationMs, QWidget *parent)
    : QDialog(parent)
    , m_edit(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_duration(durationMs) {
    setObjectName(QStringLiteral("goToTimeDialog"));
    setWindowTitle(tr("Go to a time"));
    auto *layout = new QVBoxLayout(this);
    auto *prompt = new QLabel(tr("Time in the recording (h:mm:ss, mm:ss or seconds), up to %1:")
                                  .arg(TimeText::format(durationMs)),
                              this);
    prompt->setBuddy(m_edit);
    m_edit->setObjectName(QStringLiteral("timeEdit"));
    m_edit->setText(TimeText::format(currentMs));
    m_edit->selectAll();
    m_problem->setObjectName(QStringLiteral("timeProblem"));
    Theme::setRole(m_problem, Theme::Role::Error);
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Go"));
    connect(buttons, &QDialogButtonBox::accepted, this, &GoToTimeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &GoToTimeDialog::reject);
    layout->addWidget(prompt);
    layout->addWidget(m_edit);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

void GoToTimeDialog::accept() {
    const qint64 ms = TimeText::parse(m_edit->text());
    if (ms < 0) {
        m_problem->setText(tr("“%1” is not a time. Try 1:02:03, 62:03 or 75.").arg(m_edit->text()));
        m_problem->show();
        return;
    }
    if (m_duration > 0 && ms > m_duration) {
        m_problem->setText(tr("The recording is only %1 long.").arg(TimeText::format(m_duration)));
        m_problem->show();
        return;
    }
    m_chosen = ms;
    QDialog::accept();
}

std::optional<qint64> GoToTimeDialog::ask(QWidget *parent, qint64 currentMs, qint64 durationMs) {
    if (g_hasNextAnswer) {
        g_hasNextAnswer = false;
        return g_nextAnswer;
    }
    GoToTimeDialog dialog(currentMs, durationMs, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.chosenMs();
}

void GoToTimeDialog::setNextAnswer(std::optional<qint64> answer) {
    g_hasNextAnswer = true;
    g_nextAnswer = answer;
}
