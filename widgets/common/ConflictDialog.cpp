#include "ConflictDialog.h"

#include "Theme.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <optional>

namespace {

std::optional<ConflictDialog::Choice> &nextChoice() {
    static std::optional<ConflictDialog::Choice> choice;
    return choice;
}

EditConflict &lastAsked() {
    static EditConflict conflict;
    return conflict;
}

int &asked() {
    static int count = 0;
    return count;
}

} // namespace

ConflictDialog::ConflictDialog(const EditConflict &conflict, QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Someone else changed this"));
    auto *layout = new QVBoxLayout(this);

    auto *message = new QLabel(conflict.message, this);
    message->setObjectName(QStringLiteral("conflictMessage"));
    message->setWordWrap(true);
    Theme::setRole(message, Theme::Role::ErrorStrong);
    layout->addWidget(message);
    auto *hint = new QLabel(tr("Compare their version with yours, then choose which to keep. "
                               "Keeping yours saves your changes on top of theirs."),
                            this);
    hint->setWordWrap(true);
    Theme::setRole(hint, Theme::Role::Muted);
    layout->addWidget(hint);

    m_fields = new QTableWidget(int(conflict.fields.size()), 3, this);
    m_fields->setObjectName(QStringLiteral("conflictFields"));
    m_fields->setHorizontalHeaderLabels({tr("What changed"), tr("Theirs"), tr("Yours")});
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setWordWrap(true);
    m_fields->verticalHeader()->hide();
    m_fields->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (int row = 0; row < conflict.fields.size(); ++row) {
        const EditConflict::Field &field = conflict.fields.at(row);
        m_fields->setItem(row, 0, new QTableWidgetItem(field.label));
        m_fields->setItem(row, 1, new QTableWidgetItem(field.theirs));
        m_fields->setItem(row, 2, new QTableWidgetItem(field.yours));
    }
    m_fields->resizeRowsToContents();
    layout->addWidget(m_fields);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *keep = buttons->addButton(tr("Keep mine"), QDialogButtonBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepMineButton"));
    QPushButton *take = buttons->addButton(tr("Take theirs"), QDialogButtonBox::RejectRole);
    take->setObjectName(QStringLiteral("takeTheirsButton"));
    keep->setDefault(true);
    connect(keep, &QPushButton::clicked, this, [this] {
        m_choice = Choice::KeepMine;
        accept();
    });
    connect(take, &QPushButton::clicked, this, [this] {
        m_choice = Choice::TakeTheirs;
        done(QDialog::Accepted);
    });
    layout->addWidget(buttons);
    resize(640, 360);
}

ConflictDialog::Choice ConflictDialog::ask(QWidget *parent, const EditConflict &conflict) {
    lastAsked() = conflict;
    ++asked();
    if (const auto answer = nextChoice()) {
        nextChoice().reset();
        return *answer;
    }
    ConflictDialog dialog(conflict, parent);
    dialog.exec();
    return dialog.choice();
}

void ConflictDialog::setNextChoice(Choice choice) {
    nextChoice() = choice;
}

EditConflict ConflictDialog::lastConflict() {
    return lastAsked();
}

int ConflictDialog::askedCount() {
    return asked();
}
