#include "RecordingImportDialog.h"

#include "audio/TimeText.h"
#include "common/DateField.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "common/Theme.h"
#include "domain/ValueSets.h"
#include "services/RecordingImport.h"
#include "services/RecordingsFolder.h"
#include "storage/StorageError.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace {

enum Column {
    FileColumn,
    LengthColumn,
    DateColumn,
    PractitionerColumn,
    FamilyColumn,
    SessionColumn,
    CheckColumn,
    ColumnCount
};

QComboBox *choices(const QStringList &keys, const QString &objectName, QWidget *parent) {
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->addItem(QCoreApplication::translate("RecordingImportDialog", "— choose —"), QString());
    for (const QString &key : keys)
        combo->addItem(ValueSets::label(key), key);
    return combo;
}

DateField *dateField(const QString &objectName, QWidget *parent) {
    auto *edit = new DateField(parent);
    edit->setObjectName(objectName);
    return edit;
}

void choose(QComboBox *combo, const QVariant &value) {
    const int index = combo->findData(value);
    combo->setCurrentIndex(index >= 0 ? index : 0);
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

QStringList RecordingImportDialog::audioFiles(const QMimeData *mime) {
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && looksLikeAudio(url.toLocalFile()))
            files.append(url.toLocalFile());
    }
    return files;
}

RecordingImportDialog::RecordingImportDialog(Database &database, const QStringList &files,
                                             QWidget *parent)
    : QDialog(parent)
    , m_database(database) {
    setObjectName(QStringLiteral("recordingImportDialog"));
    setWindowTitle(tr("Add recordings"));
    setAcceptDrops(true);
    auto *layout = new QVBoxLayout(this);

    auto *filesHeader = new QHBoxLayout;
    filesHeader->addWidget(new QLabel(tr("<b>Audio files</b>, one row each: choose a row to give "
                                         "its details below, and tick the files to add. You can "
                                         "drop more files here."),
                                      this),
                           1);
    auto *addMore = new QPushButton(tr("Add files…"), this);
    addMore->setObjectName(QStringLiteral("importAddFiles"));
    connect(addMore, &QPushButton::clicked, this, [this] {
        addFiles(FileDialog::openFileNames(
            this, tr("Add recordings"), QString(),
            tr("Audio (%1)").arg(audioPatterns().join(QLatin1Char(' ')))));
    });
    filesHeader->addWidget(addMore, 0, Qt::AlignTop);
    layout->addLayout(filesHeader);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("importFiles"));
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Length"), tr("Recorded on"),
                                        tr("Practitioner"), tr("Family"), tr("Session type"),
                                        tr("Check")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumHeight(120);
    layout->addWidget(m_table, 1);

    m_form = buildForm();
    layout->addWidget(m_form);

    m_stopOnFailure = new QCheckBox(tr("Stop at the first file that cannot be added"), this);
    m_stopOnFailure->setObjectName(QStringLiteral("importStopOnFailure"));
    layout->addWidget(m_stopOnFailure);

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
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showRow(row); });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_loading || item->column() != FileColumn)
            return;
        m_batch.setTicked(item->row(), item->checkState() == Qt::Checked);
        refreshRow(item->row());
    });
    addFiles(files);
    showRow(m_batch.size() > 0 ? 0 : -1);
    resize(900, 640);
}

QWidget *RecordingImportDialog::buildForm() {
    auto *box = new QWidget(this);
    auto *outer = new QVBoxLayout(box);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    m_practitioner = new QComboBox(box);
    m_practitioner->setObjectName(QStringLiteral("importPractitioner"));
    m_team = new QComboBox(box);
    m_team->setObjectName(QStringLiteral("importTeam"));
    m_family = new QLineEdit(box);
    m_family->setObjectName(QStringLiteral("importFamily"));
    m_family->setPlaceholderText(tr("Pseudonymous case code, never a name"));
    m_recordedOn = dateField(QStringLiteral("importRecordedOn"), box);
    m_dateSource = new QLabel(box);
    m_dateSource->setObjectName(QStringLiteral("importDateSource"));
    Theme::setRole(m_dateSource, Theme::Role::Muted);
    m_sessionType = choices(ValueSets::sessionTypes(), QStringLiteral("importSessionType"), box);
    m_selectionReason =
        choices(ValueSets::selectionReasons(), QStringLiteral("importSelectionReason"), box);
    m_practitionerConsent = choices(ValueSets::practitionerConsents(),
                                    QStringLiteral("importPractitionerConsent"), box);
    m_practitionerConsentOn = dateField(QStringLiteral("importPractitionerConsentOn"), box);
    m_familyConsent =
        choices(ValueSets::familyConsents(), QStringLiteral("importFamilyConsent"), box);
    m_familyConsentOn = dateField(QStringLiteral("importFamilyConsentOn"), box);

    auto pair = [box](QWidget *a, QWidget *b, const QString &between) {
        auto *row = new QWidget(box);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(a, 1);
        if (!between.isEmpty())
            h->addWidget(new QLabel(between, row));
        h->addWidget(b, between.isEmpty() ? 1 : 0);
        return row;
    };
    form->addRow(tr("Practitioner"), m_practitioner);
    form->addRow(tr("Team at the time"), m_team);
    form->addRow(tr("Family case code"), m_family);
    form->addRow(tr("Recorded on"), pair(m_recordedOn, m_dateSource, QString()));
    form->addRow(tr("Session type"), m_sessionType);
    form->addRow(tr("Why this session"), m_selectionReason);
    form->addRow(tr("Practitioner consent"),
                 pair(m_practitionerConsent, m_practitionerConsentOn, tr("on")));
    form->addRow(tr("Family consent"), pair(m_familyConsent, m_familyConsentOn, tr("on")));
    outer->addLayout(form);

    m_applyToAll = new QPushButton(tr("Apply to all files"), box);
    m_applyToAll->setObjectName(QStringLiteral("importApplyToAll"));
    m_applyToAll->setToolTip(tr("Give every file this practitioner, team, session type, reason "
                                "and consents. Family and date stay each file's own."));
    connect(m_applyToAll, &QPushButton::clicked, this, &RecordingImportDialog::applyToAll);
    outer->addWidget(m_applyToAll, 0, Qt::AlignLeft);

    for (QComboBox *combo : {m_practitioner, m_team, m_sessionType, m_selectionReason,
                             m_practitionerConsent, m_familyConsent})
        connect(combo, &QComboBox::currentIndexChanged, this, &RecordingImportDialog::formEdited);
    for (QLineEdit *edit :
         {static_cast<QLineEdit *>(m_family), static_cast<QLineEdit *>(m_recordedOn),
          static_cast<QLineEdit *>(m_practitionerConsentOn),
          static_cast<QLineEdit *>(m_familyConsentOn)})
        connect(edit, &QLineEdit::textChanged, this, &RecordingImportDialog::formEdited);
    connect(m_practitioner, &QComboBox::currentIndexChanged, this,
            &RecordingImportDialog::practitionerChanged);
    connect(m_recordedOn, &DateField::dateChanged, this,
            &RecordingImportDialog::practitionerChanged);
    return box;
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
    if (m_loading || id <= 0 || !m_recordedOn->date().isValid())
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
    m_practitionerConsentOn->setEnabled(
        RecordingImportBatch::consentNeedsDate(m_practitionerConsent->currentData().toString()));
    m_familyConsentOn->setEnabled(
        RecordingImportBatch::consentNeedsDate(m_familyConsent->currentData().toString()));
}

Recording RecordingImportDialog::formDetails() const {
    Recording details;
    details.recordedOn = m_recordedOn->date();
    details.practitionerId = m_practitioner->currentData().toLongLong();
    details.teamId = m_team->currentData().toLongLong();
    details.sessionType = m_sessionType->currentData().toString();
    details.selectionReason = m_selectionReason->currentData().toString();
    details.practitionerConsent = m_practitionerConsent->currentData().toString();
    if (m_practitionerConsentOn->isEnabled())
        details.practitionerConsentOn = m_practitionerConsentOn->date();
    details.familyConsent = m_familyConsent->currentData().toString();
    if (m_familyConsentOn->isEnabled())
        details.familyConsentOn = m_familyConsentOn->date();
    return details;
}

void RecordingImportDialog::formEdited() {
    updateConsentDates();
    if (m_loading || m_current < 0)
        return;
    m_batch.edit(m_current, formDetails(), m_family->text());
    refreshRow(m_current);
    m_problems->hide();
}

void RecordingImportDialog::showRow(int row) {
    m_current = row >= 0 && row < m_batch.size() ? row : -1;
    m_form->setEnabled(m_current >= 0);
    m_applyToAll->setEnabled(m_batch.size() > 1);
    if (m_current < 0)
        return;
    const RecordingImportBatch::Row &entry = m_batch.rows().at(m_current);
    const Recording &r = entry.details;
    m_loading = true;
    choose(m_practitioner, r.practitionerId);
    choose(m_team, r.teamId);
    m_family->setText(entry.familyCaseCode);
    m_recordedOn->setDate(r.recordedOn);
    choose(m_sessionType, r.sessionType);
    choose(m_selectionReason, r.selectionReason);
    choose(m_practitionerConsent, r.practitionerConsent);
    m_practitionerConsentOn->setDate(r.practitionerConsentOn);
    choose(m_familyConsent, r.familyConsent);
    m_familyConsentOn->setDate(r.familyConsentOn);
    updateConsentDates();
    m_loading = false;
    refreshRow(m_current);
    if (m_table->currentRow() != m_current)
        m_table->setCurrentCell(m_current, FileColumn);
}

void RecordingImportDialog::refreshRow(int row) {
    if (row < 0 || row >= m_batch.size())
        return;
    const RecordingImportBatch::Row &entry = m_batch.rows().at(row);
    const bool dateSuggested = !entry.userSet(RecordingImportBatch::Field::RecordedOn) &&
                               entry.details.recordedOn.isValid() &&
                               entry.details.recordedOn == entry.check.suggestedDate;
    const QString source = !dateSuggested ? QString()
                           : entry.check.dateFromRecording
                               ? tr("suggested from the recording's own date")
                               : tr("suggested from when the file was last changed");
    const QString practitioner =
        entry.details.practitionerId > 0
            ? m_practitioner->itemText(m_practitioner->findData(entry.details.practitionerId))
            : QString();
    QString check = entry.check.problem;
    if (check.isEmpty())
        check = entry.check.cutShort;
    if (check.isEmpty())
        check = m_batch.problems(row).isEmpty() ? tr("Ready") : tr("Details needed");
    const QStringList cells = {
        entry.fileName(),
        entry.check.durationMs >= 0 ? TimeText::compact(entry.check.durationMs) : QString(),
        entry.details.recordedOn.isValid()
            ? (dateSuggested
                   ? tr("%1 (suggested)").arg(entry.details.recordedOn.toString(Qt::ISODate))
                   : entry.details.recordedOn.toString(Qt::ISODate))
            : QString(),
        practitioner,
        entry.familyCaseCode,
        ValueSets::label(entry.details.sessionType),
        check};
    m_loading = true;
    for (int column = 0; column < ColumnCount; ++column) {
        QTableWidgetItem *item = m_table->item(row, column);
        if (!item) {
            item = new QTableWidgetItem;
            m_table->setItem(row, column, item);
        }
        item->setText(cells.at(column));
        item->setToolTip(column == DateColumn ? source : cells.at(column));
    }
    QTableWidgetItem *file = m_table->item(row, FileColumn);
    file->setFlags(entry.canBeAdded() ? file->flags() | Qt::ItemIsUserCheckable
                                      : file->flags() & ~Qt::ItemIsUserCheckable);
    file->setCheckState(entry.ticked ? Qt::Checked : Qt::Unchecked);
    m_loading = false;
    if (row == m_current)
        m_dateSource->setText(source.isEmpty() ? QString() : tr("(%1: check it)").arg(source));
}

void RecordingImportDialog::addFiles(const QStringList &files) {
    for (const QString &file : files) {
        if (file.isEmpty())
            continue;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const RecordingImport::FileCheck check = RecordingImport::check(file);
        QApplication::restoreOverrideCursor();
        if (!m_batch.addFile(file, check))
            continue;
        const int row = m_batch.size() - 1;
        m_table->insertRow(row);
        refreshRow(row);
    }
    if (m_current < 0 && m_batch.size() > 0)
        showRow(0);
    m_applyToAll->setEnabled(m_batch.size() > 1);
}

QStringList RecordingImportDialog::files() const {
    QStringList list;
    for (const RecordingImportBatch::Row &row : m_batch.rows())
        list.append(row.path);
    return list;
}

void RecordingImportDialog::setCurrentFile(int row) {
    showRow(row);
}

void RecordingImportDialog::applyToAll() {
    if (m_current < 0)
        return;
    const QStringList own = m_batch.wouldOverwrite(m_current);
    bool overwrite = false;
    if (!own.isEmpty()) {
        const auto answer = MessageBox::question(
            this, tr("Apply to all files"),
            tr("You have already given other details to %1. Replace them with these too?\n\n"
               "Yes replaces them; No fills in only what is still empty.")
                .arg(own.join(QStringLiteral(", "))),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel)
            return;
        overwrite = answer == QMessageBox::Yes;
    }
    m_batch.applyToAll(m_current, overwrite);
    for (int row = 0; row < m_batch.size(); ++row)
        refreshRow(row);
}

QStringList RecordingImportDialog::problems() const {
    QStringList list;
    const QList<int> ticked = m_batch.tickedRows();
    if (ticked.isEmpty())
        list.append(tr("Add at least one audio file."));
    for (const int row : ticked) {
        for (const QString &problem : m_batch.problems(row))
            list.append(tr("%1: %2").arg(m_batch.rows().at(row).fileName(), problem));
    }
    return list;
}

QList<qint64> RecordingImportDialog::importFiles(QString *report) {
    QStringList added;
    QStringList refused;
    QStringList cutShort;
    QList<qint64> ids;
    RecordingImport import(m_database);
    const QString root = RecordingsFolder(m_database).root();
    const QList<int> ticked = m_batch.tickedRows();
    for (const int index : ticked) {
        const RecordingImportBatch::Row &row = m_batch.rows().at(index);
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const RecordingImport::FileOutcome outcome =
            import.addFile(row.path, row.details, row.familyCaseCode, root);
        QApplication::restoreOverrideCursor();
        if (outcome.recordingId <= 0) {
            refused.append(tr("%1: %2").arg(row.fileName(), outcome.problem));
            if (m_stopOnFailure->isChecked()) {
                for (const int rest : ticked.mid(ticked.indexOf(index) + 1))
                    refused.append(tr("%1: not tried, because adding stopped at the first file "
                                      "that could not be added.")
                                       .arg(m_batch.rows().at(rest).fileName()));
                break;
            }
            continue;
        }
        ids.append(outcome.recordingId);
        added.append(tr("%1 as %2").arg(row.fileName(), outcome.code));
        if (!outcome.cutShort.isEmpty())
            cutShort.append(tr("%1: %2").arg(row.fileName(), outcome.cutShort));
    }
    m_imported.append(ids);
    if (report) {
        QStringList lines;
        if (!added.isEmpty())
            lines.append(tr("Added: %1.").arg(added.join(QStringLiteral(", "))));
        if (!cutShort.isEmpty())
            lines.append(tr("Added, although cut short:") + QLatin1Char('\n') +
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
    // Every ticked file added, none of them cut short: nothing more to read.
    if (ids.size() == m_batch.tickedRows().size() && !report.contains(QLatin1Char('\n'))) {
        accept();
        return;
    }
    // Some files were refused, left out or added although cut short: say so, and keep the
    // dialog open until the user has read it.
    m_problems->setText(report);
    m_problems->show();
    m_finished = true;
    m_import->setText(tr("Close"));
}

void RecordingImportDialog::dragEnterEvent(QDragEnterEvent *event) {
    if (!audioFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void RecordingImportDialog::dragMoveEvent(QDragMoveEvent *event) {
    if (!audioFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void RecordingImportDialog::dropEvent(QDropEvent *event) {
    const QStringList files = audioFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    addFiles(files);
}
