#include "IdentityDialog.h"

#include "common/Theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

IdentityDialog::IdentityDialog(const QList<ActingUser::Person> &people, const QString &current,
                               const QString &suggestion, QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("identityDialog"));
    setWindowTitle(tr("Who are you?"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(
        tr("Choose yourself, so that the sessions you code and the notes you write are saved "
           "under your name. PracticeCoder remembers this on this computer for this database."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_listed = new QRadioButton(tr("I am one of these people:"), this);
    m_listed->setObjectName(QStringLiteral("identityListed"));
    layout->addWidget(m_listed);
    m_people = new QListWidget(this);
    m_people->setObjectName(QStringLiteral("identityList"));
    QString preselect = current.isEmpty() ? suggestion : current;
    for (const ActingUser::Person &person : people) {
        const QString text = person.displayName == person.username
                                 ? person.username
                                 : tr("%1 (%2)").arg(person.displayName, person.username);
        auto *item = new QListWidgetItem(text, m_people);
        item->setData(Qt::UserRole, person.username);
        item->setData(Qt::UserRole + 1, person.displayName);
        if (person.username.compare(preselect, Qt::CaseInsensitive) == 0)
            m_people->setCurrentItem(item);
    }
    layout->addWidget(m_people, 1);

    m_new = new QRadioButton(tr("I am not listed: add me"), this);
    m_new->setObjectName(QStringLiteral("identityNew"));
    layout->addWidget(m_new);
    auto *form = new QFormLayout;
    m_newName = new QLineEdit(this);
    m_newName->setObjectName(QStringLiteral("identityNewName"));
    m_newName->setPlaceholderText(tr("Your name as colleagues know it"));
    m_newUsername = new QLineEdit(this);
    m_newUsername->setObjectName(QStringLiteral("identityNewUsername"));
    m_newUsername->setPlaceholderText(tr("Your sign-in name"));
    form->addRow(tr("&Name:"), m_newName);
    form->addRow(tr("&User name:"), m_newUsername);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("identityProblem"));
    Theme::setRole(m_problem, Theme::Role::Error);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("identityOk"));
    m_ok->setText(tr("Continue as this person"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    if (m_people->currentItem()) {
        m_listed->setChecked(true);
    } else {
        // The login name is not among the database's people: offer it as the new one.
        m_new->setChecked(true);
        m_newUsername->setText(suggestion);
        m_newName->setText(suggestion);
    }
    m_listed->setEnabled(m_people->count() > 0);

    connect(m_listed, &QRadioButton::toggled, this, &IdentityDialog::updateState);
    connect(m_people, &QListWidget::currentRowChanged, this, [this] {
        m_listed->setChecked(true);
        updateState();
    });
    connect(m_people, &QListWidget::itemActivated, this, [this] {
        if (m_ok->isEnabled())
            accept();
    });
    for (QLineEdit *edit : {m_newName, m_newUsername}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_new->setChecked(true);
            updateState();
        });
    }
    updateState();
    if (m_listed->isChecked())
        m_people->setFocus();
    else
        m_newName->setFocus();
    resize(440, 420);
}

void IdentityDialog::updateState() {
    const bool listed = m_listed->isChecked();
    QString problem;
    if (listed && !m_people->currentItem())
        problem = tr("Choose yourself in the list.");
    else if (!listed && m_newUsername->text().trimmed().isEmpty())
        problem = tr("A user name is needed.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_ok->setEnabled(problem.isEmpty());
}

QString IdentityDialog::username() const {
    if (m_listed->isChecked() && m_people->currentItem())
        return m_people->currentItem()->data(Qt::UserRole).toString();
    return m_newUsername->text().trimmed();
}

QString IdentityDialog::displayName() const {
    if (m_listed->isChecked() && m_people->currentItem())
        return m_people->currentItem()->data(Qt::UserRole + 1).toString();
    const QString name = m_newName->text().trimmed();
    return name.isEmpty() ? username() : name;
}
