#include "RecordingImportDialog.h"

#include "common/FileDialog.h"
#include "common/Theme.h"
#include "domain/ValueSets.h"
#include "services/RecordingImport.h"
#include "settings/Settings.h"
#include "storage/StorageError.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QComboBox *choices(const QStringList &keys, const QString &objectName, QWidget *parent) {
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->addItem(QCoreApplication::translate("RecordingImportDialog", "— choose —"), QString());
    for (const QString &key : keys)
        combo->addItem(ValueSets::label(key), key);
    return combo;
}

QLineEdit *dateField(const QString &objectName, QWidget *parent) {
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(QStringLiteral("YYYY-MM-DD"));
    edit->setMaximumWidth(120);
    return edit;
}

} // namespace

QStringList RecordingImportDialog::audioPatterns() {
    return {QStringLiteral("*.mp3"), QStringLiteral("*.m4a"), QStringLiteral("*.aac"),
            QStringLiteral("*.wav"), QStringLiteral("*.ogg"), QStringLiteral("*.opus"),
            QStringLiteral("*.wma"), QStringLiteral("*.dss"), QStringLiteral("*.ds2"),
            QStringLiteral("*.flac")};
}

bool RecordingImportDialog::looksLikeAudio(const QString &path) {
    const QString suffix = QStringLiteral("*.") + QFileInfo(path).suffix().toLower();
    return audioPatterns().contains(suffix);
}

RecordingImportDialog::RecordingImportDialog(Database &database, const QStringList &files,
                                             QWidget *parent)
    : QDialog(parent)
    , m_database(database) {
    setObjectName(QStringLiteral("recordingImportDialog"));
    setWindowTitle(tr("Add recordings"));
    auto *layout = new QVBoxLayout(this);

    auto *filesRow = new QHBoxLayout;
    m_fileList = new QListWidget(this);
    m_fileList->setObjectName(QStringLiteral("importFiles"));
    m_fileList->setMaximumHeight(90);
    auto *addMore = new QPushButton(tr("Add files…"), this);
    connect(addMore, &QPushButton::clicked, this, [this] {
        const QString file =
            FileDialog::openFileName(this, tr("Add a recording"), QString(),
                                     tr("Audio (%1)").arg(audioPatterns().join(QLatin1Char(' '))));
        if (!file.isEmpty())
            addFiles({file});
    });
    filesRow->addWidget(m_fileList, 1);
    filesRow->addWidget(addMore, 0, Qt::AlignTop);
    layout->addWidget(new QLabel(tr("<b>Audio files</b> (the details below apply to each)"), this));
    layout->addLayout(filesRow);

    auto *form = new QFormLayout;
    m_practitioner = new QComboBox(this);
    m_practitioner->setObjectName(QStringLiteral("importPractitioner"));
    m_team = new QComboBox(this);
    m_team->setObjectName(QStringLiteral("importTeam"));
    m_family = new QLineEdit(this);
    m_family->setObjectName(QStringLiteral("importFamily"));
    m_family->setPlaceholderText(tr("Pseudonymous case code, never a name"));
    m_recordedOn = new QDateEdit(QDate::currentDate(), this);
    m_recordedOn->setObjectName(QStringLiteral("importRecordedOn"));
    m_recordedOn->setCalendarPopup(true);
    m_recordedOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_sessionType = choices(ValueSets::sessionTypes(), QStringLiteral("importSessionType"), this);
    m_selectionReason =
        choices(ValueSets::selectionReasons(), QStringLiteral("importSelectionReason"), this);
    m_practitionerConsent = choices(ValueSets::practitionerConsents(),
                                    QStringLiteral("importPractitionerConsent"), this);
    m_practitionerConsentOn = dateField(QStringLiteral("importPractitionerConsentOn"), this);
    m_familyConsent =
        choices(ValueSets::familyConsents(), QStringLiteral("importFamilyConsent"), this);
    m_familyConsentOn = dateField(QStringLiteral("importFamilyConsentOn"), this);

    auto pair = [this](QWidget *a, QWidget *b) {
        auto *row = new QWidget(this);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(a, 1);
        h->addWidget(new QLabel(tr("on"), row));
        h->addWidget(b);
        return row;
    };
    form->addRow(tr("Practitioner"), m_practitioner);
    form->addRow(tr("Team at the time"), m_team);
    form->addRow(tr("Family case code"), m_family);
    form->addRow(tr("Recorded on"), m_recordedOn);
    form->addRow(tr("Session type"), m_sessionType);
    form->addRow(tr("Why this session"), m_selectionReason);
    form->addRow(tr("Practitioner consent"), pair(m_practitionerConsent, m_practitionerConsentOn));
    form->addRow(tr("Family consent"), pair(m_familyConsent, m_familyConsentOn));
    layout->addLayout(form);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setWordWrap(true);
    Theme::setRole(m_problems, Theme::Role::Error);
    m_problems->hide();
    layout->addWidget(m_problems);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("Add to library"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordingImportDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    fillChoices();
    connect(m_practitioner, &QComboBox::currentIndexChanged, this,
            &RecordingImportDialog::practitionerChanged);
    connect(m_recordedOn, &QDateEdit::dateChanged, this,
            &RecordingImportDialog::practitionerChanged);
    connect(m_practitionerConsent, &QComboBox::currentIndexChanged, this,
            &RecordingImportDialog::updateConsentDates);
    connect(m_familyConsent, &QComboBox::currentIndexChanged, this,
            &RecordingImportDialog::updateConsentDates);
    updateConsentDates();
    addFiles(files);
    resize(560, 520);
}

void RecordingImportDialog::fillChoices() {
    m_practitioner->addItem(tr("— choose —"), 0);
    m_team->addItem(tr("— choose —"), 0);
    try {
        const RecordingImport import(m_database);
        for (const Practitioner &p : import.practitioners())
            m_practitioner->addItem(QStringLiteral("%1 — %2").arg(p.code, p.displayName), p.id);
        for (const Team &team : import.teams())
            m_team->addItem(team.name, team.id);
        auto *completer = new QCompleter(import.familyCaseCodes(), m_family);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        m_family->setCompleter(completer);
    } catch (const StorageError &error) {
        m_problems->setText(error.message());
        m_problems->show();
    }
}

void RecordingImportDialog::practitionerChanged() {
    const qint64 id = m_practitioner->currentData().toLongLong();
    if (id <= 0)
        return;
    try {
        // The team at the time comes from the practitioner's history; the user may correct it.
        const qint64 team = RecordingImport(m_database).teamOn(id, m_recordedOn->date());
        const int index = m_team->findData(team);
        if (index >= 0)
            m_team->setCurrentIndex(index);
    } catch (const StorageError &) {
        // Leave the team for the user to choose.
    }
}

void RecordingImportDialog::updateConsentDates() {
    const QString practitioner = m_practitionerConsent->currentData().toString();
    const QString family = m_familyConsent->currentData().toString();
    m_practitionerConsentOn->setEnabled(practitioner == QLatin1String("given"));
    m_familyConsentOn->setEnabled(family == QLatin1String("written") ||
                                  family == QLatin1String("verbal"));
}

void RecordingImportDialog::addFiles(const QStringList &files) {
    for (const QString &file : files) {
        const QString absolute = QFileInfo(file).absoluteFilePath();
        if (m_files.contains(absolute))
            continue;
        m_files.append(absolute);
        m_fileList->addItem(QFileInfo(absolute).fileName());
        if (m_recordedOn->date() == QDate::currentDate() && m_files.size() == 1)
            m_recordedOn->setDate(QFileInfo(absolute).lastModified().date());
    }
}

QStringList RecordingImportDialog::problems() const {
    QStringList list;
    if (m_files.isEmpty())
        list.append(tr("Add at least one audio file."));
    if (m_practitioner->currentData().toLongLong() <= 0)
        list.append(tr("Choose the practitioner."));
    if (m_team->currentData().toLongLong() <= 0)
        list.append(tr("Choose the team the practitioner was in at the time."));
    const QString familyProblem = m_family->text().trimmed().isEmpty()
                                      ? tr("Enter the family's case code.")
                                      : RecordingImport::problemWithCaseCode(m_family->text());
    if (!familyProblem.isEmpty())
        list.append(familyProblem);
    if (m_recordedOn->date() > QDate::currentDate())
        list.append(tr("The recorded date is in the future."));
    if (m_sessionType->currentData().toString().isEmpty())
        list.append(tr("Choose the session type."));
    if (m_selectionReason->currentData().toString().isEmpty())
        list.append(tr("Choose why this session was selected."));
    auto checkConsent = [&](QComboBox *consent, QLineEdit *date, const QString &who) {
        if (consent->currentData().toString().isEmpty()) {
            list.append(tr("Record the %1's consent (choose “Not recorded” if it is not known "
                           "yet).")
                            .arg(who));
            return;
        }
        if (date->isEnabled()) {
            const QDate on = QDate::fromString(date->text().trimmed(), Qt::ISODate);
            if (!on.isValid())
                list.append(tr("Give the date of the %1's consent as YYYY-MM-DD.").arg(who));
            else if (on > QDate::currentDate())
                list.append(tr("The date of the %1's consent is in the future.").arg(who));
        }
    };
    checkConsent(m_practitionerConsent, m_practitionerConsentOn, tr("practitioner"));
    checkConsent(m_familyConsent, m_familyConsentOn, tr("family"));
    // Audio whose consent was refused must not be kept, so it is never added in the first place.
    if (m_practitionerConsent->currentData().toString() == QLatin1String("refused") ||
        m_familyConsent->currentData().toString() == QLatin1String("refused"))
        list.append(tr("Consent was refused, so this audio must not be kept: delete the file "
                       "rather than adding it."));
    return list;
}

QList<qint64> RecordingImportDialog::importFiles(QString *report) {
    QStringList added;
    QStringList refused;
    QStringList cutShort;
    QList<qint64> ids;
    const Settings settings;
    RecordingImport import(m_database);
    Recording details;
    details.recordedOn = m_recordedOn->date();
    details.practitionerId = m_practitioner->currentData().toLongLong();
    details.teamId = m_team->currentData().toLongLong();
    details.sessionType = m_sessionType->currentData().toString();
    details.selectionReason = m_selectionReason->currentData().toString();
    details.practitionerConsent = m_practitionerConsent->currentData().toString();
    if (m_practitionerConsentOn->isEnabled())
        details.practitionerConsentOn =
            QDate::fromString(m_practitionerConsentOn->text().trimmed(), Qt::ISODate);
    details.familyConsent = m_familyConsent->currentData().toString();
    if (m_familyConsentOn->isEnabled())
        details.familyConsentOn =
            QDate::fromString(m_familyConsentOn->text().trimmed(), Qt::ISODate);
    for (const QString &file : std::as_const(m_files)) {
        const QString name = QFileInfo(file).fileName();
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const RecordingImport::FileOutcome outcome =
            import.addFile(file, details, m_family->text(), settings.recordingsRoot());
        QApplication::restoreOverrideCursor();
        if (outcome.recordingId <= 0) {
            refused.append(tr("%1: %2").arg(name, outcome.problem));
            continue;
        }
        ids.append(outcome.recordingId);
        added.append(tr("%1 as %2").arg(name, outcome.code));
        if (!outcome.cutShort.isEmpty()) {
            cutShort.append(outcome.cutShort);
            m_cutShort = true;
        }
    }
    m_imported.append(ids);
    if (report) {
        QStringList lines;
        if (!added.isEmpty())
            lines.append(tr("Added: %1.").arg(added.join(QStringLiteral(", "))));
        if (!cutShort.isEmpty())
            lines.append(tr("Added, but cut short:") + QLatin1Char('\n') +
                         cutShort.join(QLatin1Char('\n')));
        if (!refused.isEmpty())
            lines.append(tr("Not added:") + QLatin1Char('\n') + refused.join(QLatin1Char('\n')));
        *report = lines.join(QLatin1Char('\n'));
    }
    return ids;
}

void RecordingImportDialog::tryAccept() {
    if (m_finished) {
        accept();
        return;
    }
    const QStringList list = problems();
    if (!list.isEmpty()) {
        m_problems->setText(list.join(QLatin1Char('\n')));
        m_problems->show();
        return;
    }
    QString report;
    const QList<qint64> ids = importFiles(&report);
    if (ids.size() == m_files.size() && !m_cutShort) {
        accept();
        return;
    }
    // Some files were refused or are cut short: say so, and keep the dialog open until the user
    // has read it.
    m_problems->setText(report);
    m_problems->show();
    m_finished = true;
    m_import->setText(tr("Close"));
}
