#include "RecordingsFolderDialog.h"

#include "common/FileDialog.h"
#include "common/Theme.h"
#include "services/RecordingsFolder.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

RecordingsFolderDialog::RecordingsFolderDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database) {
    setObjectName(QStringLiteral("recordingsFolderDialog"));
    setWindowTitle(tr("Recordings folder"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(
        tr("Audio stays on the council's file share, not in the database. A recording added from "
           "inside the recordings folder is saved relative to it, so every computer finds the "
           "same file wherever the share is mounted."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const RecordingsFolder folder(m_database);
    m_organisationBefore = folder.organisationRoot();

    auto *organisation = new QGroupBox(tr("For the whole organisation"), this);
    auto *organisationLayout = new QVBoxLayout(organisation);
    m_organisation = new QLineEdit(m_organisationBefore, organisation);
    m_organisation->setObjectName(QStringLiteral("organisationRootField"));
    m_organisation->setPlaceholderText(
        tr("e.g. \\\\council\\share\\recordings or /mnt/recordings"));
    organisationLayout->addWidget(m_organisation);
    auto *organisationHint = new QLabel(
        tr("Kept in the database, so everyone using it shares this setting."), organisation);
    organisationHint->setWordWrap(true);
    Theme::setRole(organisationHint, Theme::Role::Muted);
    organisationLayout->addWidget(organisationHint);
    layout->addWidget(organisation);

    auto *thisComputer = new QGroupBox(tr("On this computer, the recordings folder is at"), this);
    auto *thisComputerLayout = new QVBoxLayout(thisComputer);
    auto *row = new QHBoxLayout;
    m_thisComputer =
        new QLineEdit(QDir::toNativeSeparators(folder.thisComputersRoot()), thisComputer);
    m_thisComputer->setObjectName(QStringLiteral("thisComputerRootField"));
    row->addWidget(m_thisComputer, 1);
    auto *browse = new QPushButton(tr("&Browse…"), thisComputer);
    browse->setObjectName(QStringLiteral("browseThisComputerButton"));
    connect(browse, &QPushButton::clicked, this,
            &RecordingsFolderDialog::chooseThisComputersFolder);
    row->addWidget(browse);
    thisComputerLayout->addLayout(row);
    auto *thisComputerHint = new QLabel(
        tr("Leave empty when the organisation's folder can be reached here as it is written."),
        thisComputer);
    thisComputerHint->setWordWrap(true);
    Theme::setRole(thisComputerHint, Theme::Role::Muted);
    thisComputerLayout->addWidget(thisComputerHint);
    layout->addWidget(thisComputer);

    m_effective = new QLabel(this);
    m_effective->setObjectName(QStringLiteral("effectiveRootLabel"));
    m_effective->setWordWrap(true);
    m_effective->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_effective);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("recordingsFolderProblem"));
    m_problem->setWordWrap(true);
    Theme::setRole(m_problem, Theme::Role::Error);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordingsFolderDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_organisation, &QLineEdit::textChanged, this,
            &RecordingsFolderDialog::updateEffective);
    connect(m_thisComputer, &QLineEdit::textChanged, this,
            &RecordingsFolderDialog::updateEffective);
    updateEffective();
    // Wide enough for a share's path on one line.
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
}

void RecordingsFolderDialog::chooseThisComputersFolder() {
    const QString chosen =
        FileDialog::existingFolder(this, tr("Recordings folder on this computer"),
                                   QDir::fromNativeSeparators(m_thisComputer->text()));
    if (!chosen.isEmpty())
        m_thisComputer->setText(QDir::toNativeSeparators(QDir::cleanPath(chosen)));
}

void RecordingsFolderDialog::updateEffective() {
    const QString root = RecordingsFolder::rootFrom(m_thisComputer->text(), m_organisation->text());
    if (!root.isEmpty())
        m_effective->setText(tr("On this computer, audio is looked for in %1.").arg(root));
    else if (m_database.spec() && m_database.spec()->isPostgres())
        m_effective->setText(tr("No recordings folder is set: a service database has no folder "
                                "of its own, so recordings added from now on are saved with "
                                "their full path."));
    else
        m_effective->setText(tr("No recordings folder is set: audio is looked for beside the "
                                "database file."));
}

void RecordingsFolderDialog::save() {
    RecordingsFolder folder(m_database);
    const QString organisation = m_organisation->text().trimmed();
    if (organisation != m_organisationBefore) {
        try {
            folder.setOrganisationRoot(organisation);
        } catch (const StorageError &error) {
            m_problem->setText(error.message());
            m_problem->show();
            return;
        }
    }
    folder.setThisComputersRoot(QDir::fromNativeSeparators(m_thisComputer->text()));
    accept();
}
