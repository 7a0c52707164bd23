#include "MeasureEntryForm.h"

#include "MeasureAnswerTable.h"
#include "MeasureHeaderForm.h"
#include "common/ConflictDialog.h"
#include "common/MessageBox.h"
#include "common/Theme.h"
#include "domain/ValueSets.h"
#include "instruments/InstrumentScorer.h"
#include "services/MeasureEntry.h"
#include "storage/StorageError.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

MeasureEntryForm::MeasureEntryForm(Database &database, const InstrumentCatalogue &catalogue,
                                   QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_catalogue(catalogue) {
    setObjectName(QStringLiteral("measureEntryForm"));
    buildUi();
    refreshFamilies();
    instrumentChanged();
    familyChanged();
}

MeasureEntryForm::~MeasureEntryForm() = default;

void MeasureEntryForm::buildUi() {
    auto *layout = new QVBoxLayout(this);

    m_modeTitle = new QLabel(this);
    m_modeTitle->setObjectName(QStringLiteral("entryTitle"));
    QFont titleFont = m_modeTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_modeTitle->setFont(titleFont);
    layout->addWidget(m_modeTitle);

    m_header = new MeasureHeaderForm(m_catalogue, this);
    layout->addWidget(m_header);
    m_answers = new MeasureAnswerTable(this);
    layout->addWidget(m_answers, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("entryMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    auto *buttons = new QHBoxLayout;
    m_delete = new QPushButton(tr("Delete this questionnaire…"), this);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_clear = new QPushButton(tr("&New"), this);
    m_clear->setObjectName(QStringLiteral("clearButton"));
    m_clear->setToolTip(tr("Clear the answers and start a new questionnaire"));
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_save->setToolTip(tr("Save (Ctrl+S)"));
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_clear);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);

    setTabOrder(m_header->lastField(), m_answers->firstField());
    setTabOrder(m_answers->lastField(), m_save);

    connect(m_header, &MeasureHeaderForm::instrumentChanged, this,
            &MeasureEntryForm::instrumentChanged);
    connect(m_header, &MeasureHeaderForm::familyEdited, this, &MeasureEntryForm::familyChanged);
    connect(m_answers, &MeasureAnswerTable::message, this, &MeasureEntryForm::showMessage);
    connect(m_answers, &MeasureAnswerTable::lastItemAnswered, this, [this] { m_save->setFocus(); });
    connect(m_answers, &MeasureAnswerTable::saveRequested, this, &MeasureEntryForm::save);
    connect(m_save, &QPushButton::clicked, this, &MeasureEntryForm::save);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        resetEditing();
        m_answers->clear();
        showMessage(QString(), false);
        m_header->focusFamily();
    });
    connect(m_delete, &QPushButton::clicked, this, &MeasureEntryForm::deleteAdministration);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, &MeasureEntryForm::save);
    resetEditing();
}

const InstrumentDefinition *MeasureEntryForm::definition() const {
    return m_catalogue.find(currentInstrumentId());
}

QString MeasureEntryForm::currentInstrumentId() const {
    return m_header->instrumentId();
}

QMap<int, int> MeasureEntryForm::answers() const {
    return m_answers->answers();
}

void MeasureEntryForm::setCatalogue(const InstrumentCatalogue &catalogue) {
    m_catalogue = catalogue;
    m_answers->setDefinition(definition(), true);
}

void MeasureEntryForm::refreshFamilies() {
    try {
        m_header->setFamilyCodes(MeasureEntry(m_database, m_catalogue).familyCaseCodes());
    } catch (const StorageError &error) {
        showMessage(error.message(), true);
    }
}

void MeasureEntryForm::instrumentChanged() {
    const InstrumentDefinition *current = definition();
    if (!current)
        return;
    // Only the respondents the questionnaire is for can be chosen (the worker's WAI form is
    // answered by the practitioner, the observer rating by the observer).
    m_header->setRespondents(current->respondents);
    m_answers->setDefinition(current, false);
}

void MeasureEntryForm::familyChanged() {
    m_header->clearRecordings();
    const QString code = m_header->familyCode();
    if (code.isEmpty())
        return;
    try {
        const auto recordings = MeasureEntry(m_database, m_catalogue).recordingsForFamily(code);
        if (!recordings) {
            showMessage(tr("%1 is a new family; it will be added when you save.").arg(code), false);
            return;
        }
        for (const auto &choice : *recordings)
            m_header->addRecording(
                tr("%1 (%2)").arg(choice.code, choice.recordedOn.toString(Qt::ISODate)), choice.id);
        if (m_editing.recordingId > 0)
            m_header->selectRecording(m_editing.recordingId);
    } catch (const StorageError &error) {
        showMessage(error.message(), true);
    }
}

void MeasureEntryForm::showMessage(const QString &text, bool isError) {
    m_message->setText(text);
    m_message->setProperty("isError", isError);
    Theme::setRole(m_message, isError ? Theme::Role::ErrorStrong : Theme::Role::Success);
}

void MeasureEntryForm::resetEditing() {
    m_editing = InstrumentResponse{};
    m_modeTitle->setText(tr("Log a questionnaire"));
    m_save->setText(tr("&Save"));
    m_delete->setVisible(false);
}

void MeasureEntryForm::startNew(const QString &familyCode, const QString &respondent,
                                const QString &instrumentId, const QString &timepoint) {
    resetEditing();
    m_header->selectInstrument(instrumentId);
    m_header->setFamilyCode(familyCode);
    familyChanged();
    m_header->selectRespondent(respondent);
    m_header->setTimepoint(timepoint);
    m_header->setDate(QDate::currentDate());
    m_answers->clear();
    showMessage(QString(), false);
    m_answers->focusQuickLine();
}

void MeasureEntryForm::edit(const InstrumentResponse &response) {
    if (!m_header->selectInstrument(response.instrumentId)) {
        showMessage(tr("\"%1\" is not a questionnaire this version knows, so it cannot be "
                       "opened.")
                        .arg(response.instrumentId),
                    true);
        return;
    }
    m_editing = response;
    m_header->setFamilyCode(response.familyCode);
    familyChanged();
    m_header->selectRespondent(response.respondent);
    m_header->setTimepoint(response.timepoint);
    m_header->setDate(response.administeredOn);
    m_header->setMode(response.mode);
    m_answers->setAnswers(response.items);
    const InstrumentDefinition *current = definition();
    m_modeTitle->setText(tr("Correcting %1 for family %2 (%3, %4)")
                             .arg(current->name, response.familyCode,
                                  ValueSets::label(response.respondent).toLower(),
                                  response.timepoint));
    m_save->setText(tr("&Save changes"));
    m_delete->setVisible(true);
    showMessage(QString(), false);
    m_answers->focusQuickLine();
}

void MeasureEntryForm::save() {
    const InstrumentDefinition *current = definition();
    if (!current)
        return;
    const QString familyCode = m_header->familyCode();
    const QMap<int, int> items = m_answers->answers();
    if (familyCode.isEmpty()) {
        showMessage(tr("Type the family's case code first."), true);
        m_header->focusFamily();
        return;
    }
    if (items.isEmpty()) {
        showMessage(tr("No answers have been typed yet."), true);
        m_answers->focusQuickLine();
        return;
    }
    InstrumentResponse response = m_editing;
    response.familyId = 0;
    response.familyCode = familyCode;
    response.respondent = m_header->respondent();
    response.instrumentId = current->id;
    response.timepoint = m_header->timepoint();
    response.administeredOn = m_header->date();
    response.mode = m_header->mode();
    response.recordingId = m_header->recordingId();
    response.items = items;
    QString refusal;
    bool stale = false;
    try {
        MeasureEntry entry(m_database, m_catalogue);
        if (isEditing())
            entry.update(response);
        else
            entry.add(response);
    } catch (const StorageError &error) {
        refusal = error.message();
        stale = error.kind() == StorageError::Kind::StaleEdit;
    }
    if (stale) {
        const ConflictOutcome outcome = resolveConflict(response, &refusal);
        if (outcome == ConflictOutcome::TookTheirs)
            return;
        if (outcome == ConflictOutcome::Saved)
            refusal.clear();
    }
    if (!refusal.isEmpty()) {
        showMessage(refusal, true);
        return;
    }
    const ScaleScore total = InstrumentScorer::score(*current, items).first();
    QString summary = total.scorable() ? tr("score %1").arg(total.reported())
                                       : tr("not scorable: too many items missing");
    if (total.prorated)
        summary += QLatin1Char(' ') + tr("(prorated)");
    showMessage(tr("Saved %1 for family %2 (%3, %4): %5.")
                    .arg(current->name, familyCode, ValueSets::label(response.respondent).toLower(),
                         response.timepoint, summary),
                false);
    resetEditing();
    m_answers->clear();
    refreshFamilies();
    emit administrationsChanged(familyCode);
    // The next paper is usually another member of the same family.
    m_header->focusRespondent();
}

MeasureEntryForm::ConflictOutcome MeasureEntryForm::resolveConflict(InstrumentResponse &response,
                                                                    QString *message) {
    // Each round compares with what is stored now, until the save goes through or the user
    // takes the other person's version; the form keeps the user's answers meanwhile.
    try {
        MeasureEntry entry(m_database, m_catalogue);
        while (true) {
            const auto theirs = entry.find(response.id);
            if (!theirs) {
                *message = tr("This questionnaire was deleted by someone else since you opened "
                              "it. Your change was not saved.");
                return ConflictOutcome::Refused;
            }
            const EditConflict conflict =
                MeasureEntry::describeConflict(*message, m_editing, *theirs, response);
            if (ConflictDialog::ask(this, conflict) == ConflictDialog::Choice::TakeTheirs) {
                edit(*theirs);
                showMessage(tr("Showing the other person's answers; yours were not saved."), false);
                return ConflictOutcome::TookTheirs;
            }
            m_editing = *theirs;
            response.version = theirs->version;
            try {
                entry.update(response);
                return ConflictOutcome::Saved;
            } catch (const StorageError &error) {
                *message = error.message();
                if (error.kind() != StorageError::Kind::StaleEdit)
                    return ConflictOutcome::Refused;
            }
        }
    } catch (const StorageError &error) {
        *message = error.message();
        return ConflictOutcome::Refused;
    }
}

void MeasureEntryForm::deleteAdministration() {
    if (!isEditing())
        return;
    const InstrumentDefinition *current = definition();
    const QString what =
        tr("%1 for family %2 (%3, %4)")
            .arg(current ? current->name : m_editing.instrumentId, m_editing.familyCode,
                 ValueSets::label(m_editing.respondent).toLower(), m_editing.timepoint);
    if (MessageBox::question(
            this, tr("Delete questionnaire"),
            tr("Delete %1 and all its answers? This cannot be undone.").arg(what)) !=
        QMessageBox::Yes)
        return;
    try {
        MeasureEntry(m_database, m_catalogue).remove(m_editing.id, m_editing.version);
    } catch (const StorageError &error) {
        showMessage(error.message(), true);
        return;
    }
    const QString familyCode = m_editing.familyCode;
    resetEditing();
    m_answers->clear();
    showMessage(tr("Deleted %1.").arg(what), false);
    emit administrationsChanged(familyCode);
}
