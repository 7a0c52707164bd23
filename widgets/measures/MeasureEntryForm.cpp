#include "MeasureEntryForm.h"

#include "common/MessageBox.h"
#include "common/Theme.h"
#include "domain/ValueSets.h"
#include "instruments/InstrumentScorer.h"
#include "instruments/QuickEntry.h"
#include "storage/Database.h"
#include "storage/FamilyRepository.h"
#include "storage/MeasuresRepository.h"
#include "storage/StorageError.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QShortcut>
#include <QStringListModel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum ItemColumn { ItemNumberColumn, AnswerColumn, WordingColumn };
enum ScoreColumn { ScaleNameColumn, ScaleValueColumn, ScaleAnsweredColumn, ScaleNoteColumn };

} // namespace

MeasureEntryForm::MeasureEntryForm(Database &database, const InstrumentCatalogue &catalogue,
                                   QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_families(std::make_unique<FamilyRepository>(database))
    , m_measures(std::make_unique<MeasuresRepository>(database, catalogue))
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

    auto *header = new QGridLayout;
    m_family = new QLineEdit(this);
    m_family->setObjectName(QStringLiteral("familyEdit"));
    m_family->setPlaceholderText(tr("Case code, e.g. F0123"));
    m_familyCodes = new QStringListModel(this);
    auto *completer = new QCompleter(m_familyCodes, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::InlineCompletion);
    m_family->setCompleter(completer);

    m_respondent = new QComboBox(this);
    m_respondent->setObjectName(QStringLiteral("respondentCombo"));
    m_instrument = new QComboBox(this);
    m_instrument->setObjectName(QStringLiteral("instrumentCombo"));
    for (const InstrumentDefinition &definition : m_catalogue.definitions())
        m_instrument->addItem(definition.name, definition.id);
    m_timepoint = new QComboBox(this);
    m_timepoint->setObjectName(QStringLiteral("timepointCombo"));
    m_timepoint->setEditable(true);
    m_timepoint->addItems(
        {QStringLiteral("T1"), QStringLiteral("T2"), QStringLiteral("T3"), QStringLiteral("T4")});
    m_timepoint->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("T[1-9][0-9]?")), m_timepoint));
    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate().addDays(1));
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("modeCombo"));
    for (const QString &mode : ValueSets::administrationModes())
        m_mode->addItem(ValueSets::label(mode), mode);
    m_recording = new QComboBox(this);
    m_recording->setObjectName(QStringLiteral("recordingCombo"));

    auto addField = [this, header](int row, int column, const QString &label, QWidget *field) {
        auto *text = new QLabel(label, this);
        text->setBuddy(field);
        header->addWidget(text, row, column * 2);
        header->addWidget(field, row, column * 2 + 1);
    };
    addField(0, 0, tr("&Family"), m_family);
    addField(0, 1, tr("&Respondent"), m_respondent);
    addField(0, 2, tr("&Questionnaire"), m_instrument);
    addField(1, 0, tr("&Timepoint"), m_timepoint);
    addField(1, 1, tr("Completed &on"), m_date);
    addField(1, 2, tr("&How"), m_mode);
    addField(2, 0, tr("Recordin&g"), m_recording);
    header->setColumnStretch(1, 1);
    header->setColumnStretch(3, 1);
    header->setColumnStretch(5, 1);
    layout->addLayout(header);

    m_scaleHint = new QLabel(this);
    m_scaleHint->setObjectName(QStringLiteral("scaleHint"));
    m_scaleHint->setWordWrap(true);
    layout->addWidget(m_scaleHint);

    auto *quickRow = new QHBoxLayout;
    auto *quickLabel = new QLabel(tr("&Answers"), this);
    m_quickLine = new QLineEdit(this);
    m_quickLine->setObjectName(QStringLiteral("quickEntryEdit"));
    m_quickLine->setPlaceholderText(
        tr("Type every answer in order, e.g. 24135 or 2 4 1 3 5; . or - for a missing item; "
           "Enter saves"));
    QFont mono = m_quickLine->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(mono.pointSizeF() * 1.2);
    m_quickLine->setFont(mono);
    quickLabel->setBuddy(m_quickLine);
    quickRow->addWidget(quickLabel);
    quickRow->addWidget(m_quickLine, 1);
    layout->addLayout(quickRow);

    auto *middle = new QHBoxLayout;
    m_itemTable = new QTableWidget(0, 3, this);
    m_itemTable->setObjectName(QStringLiteral("itemTable"));
    m_itemTable->setHorizontalHeaderLabels({tr("Item"), tr("Answer"), tr("Wording")});
    m_itemTable->verticalHeader()->hide();
    m_itemTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_itemTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_itemTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_itemTable->horizontalHeader()->setSectionResizeMode(ItemNumberColumn,
                                                          QHeaderView::ResizeToContents);
    m_itemTable->horizontalHeader()->setSectionResizeMode(AnswerColumn,
                                                          QHeaderView::ResizeToContents);
    m_itemTable->horizontalHeader()->setStretchLastSection(true);
    m_itemTable->verticalHeader()->setDefaultSectionSize(m_itemTable->fontMetrics().height() + 8);
    m_itemTable->installEventFilter(this);
    middle->addWidget(m_itemTable, 3);

    m_scoreTable = new QTableWidget(0, 4, this);
    m_scoreTable->setObjectName(QStringLiteral("scoreTable"));
    m_scoreTable->setHorizontalHeaderLabels({tr("Scale"), tr("Score"), tr("Answered"), tr("Note")});
    m_scoreTable->verticalHeader()->hide();
    m_scoreTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_scoreTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_scoreTable->setFocusPolicy(Qt::NoFocus);
    m_scoreTable->horizontalHeader()->setSectionResizeMode(ScaleNameColumn, QHeaderView::Stretch);
    for (int column : {ScaleValueColumn, ScaleAnsweredColumn, ScaleNoteColumn})
        m_scoreTable->horizontalHeader()->setSectionResizeMode(column,
                                                               QHeaderView::ResizeToContents);
    middle->addWidget(m_scoreTable, 2);
    layout->addLayout(middle, 1);

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

    setTabOrder(m_family, m_respondent);
    setTabOrder(m_respondent, m_instrument);
    setTabOrder(m_instrument, m_timepoint);
    setTabOrder(m_timepoint, m_date);
    setTabOrder(m_date, m_mode);
    setTabOrder(m_mode, m_recording);
    setTabOrder(m_recording, m_quickLine);
    setTabOrder(m_quickLine, m_itemTable);
    setTabOrder(m_itemTable, m_save);

    connect(m_instrument, &QComboBox::currentIndexChanged, this,
            &MeasureEntryForm::instrumentChanged);
    connect(m_family, &QLineEdit::editingFinished, this, &MeasureEntryForm::familyChanged);
    connect(m_quickLine, &QLineEdit::textEdited, this, &MeasureEntryForm::quickLineEdited);
    connect(m_quickLine, &QLineEdit::returnPressed, this, &MeasureEntryForm::save);
    connect(m_save, &QPushButton::clicked, this, &MeasureEntryForm::save);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        resetEditing();
        clearAnswers();
        showMessage(QString(), false);
        m_family->setFocus();
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
    return m_instrument->currentData().toString();
}

void MeasureEntryForm::setCatalogue(const InstrumentCatalogue &catalogue) {
    m_catalogue = catalogue;
    m_measures = std::make_unique<MeasuresRepository>(m_database, catalogue);
    refreshItems();
}

void MeasureEntryForm::refreshFamilies() {
    try {
        m_familyCodes->setStringList(m_families->caseCodes());
    } catch (const StorageError &error) {
        showMessage(error.message(), true);
    }
}

void MeasureEntryForm::selectRespondent(const QString &respondent) {
    const int index = m_respondent->findData(respondent);
    if (index >= 0)
        m_respondent->setCurrentIndex(index);
}

void MeasureEntryForm::instrumentChanged() {
    const InstrumentDefinition *current = definition();
    if (!current)
        return;
    // Only the respondents the questionnaire is for can be chosen (the worker's WAI form is
    // answered by the practitioner, the observer rating by the observer).
    const QString previous = m_respondent->currentData().toString();
    m_respondent->clear();
    for (const QString &respondent : current->respondents)
        m_respondent->addItem(ValueSets::label(respondent), respondent);
    selectRespondent(previous);

    QString anchors;
    if (!current->anchors.isEmpty()) {
        QStringList parts;
        for (auto it = current->anchors.constBegin(); it != current->anchors.constEnd(); ++it)
            parts.append(tr("%1 = %2").arg(it.key()).arg(it.value()));
        anchors = parts.join(QStringLiteral(" … "));
    }
    QString hint = tr("Answers %1 to %2 (%3). Type . or - for a missing item.")
                       .arg(current->scaleMin)
                       .arg(current->scaleMax)
                       .arg(anchors);
    if (QuickEntry::zeroMeansTen(*current))
        hint += QLatin1Char(' ') + tr("In a run of digits and in the answer list, 0 means 10.");
    if (!current->reverseKeyed.isEmpty())
        hint += QLatin1Char(' ') + tr("Type the answers as ticked on the paper: reverse-keyed "
                                      "items are turned round when scoring.");
    m_scaleHint->setText(hint);
    m_items.clear();
    refreshItems();
}

void MeasureEntryForm::familyChanged() {
    m_recording->clear();
    m_recording->addItem(tr("None"), 0);
    const QString code = m_family->text().trimmed();
    if (code.isEmpty())
        return;
    try {
        const auto family = m_families->findByCaseCode(code);
        if (!family) {
            showMessage(tr("%1 is a new family; it will be added when you save.").arg(code), false);
            return;
        }
        for (const auto &choice : m_measures->recordingsForFamily(family->id))
            m_recording->addItem(
                tr("%1 (%2)").arg(choice.code, choice.recordedOn.toString(Qt::ISODate)), choice.id);
        if (m_editing.recordingId > 0) {
            const int index = m_recording->findData(m_editing.recordingId);
            if (index >= 0)
                m_recording->setCurrentIndex(index);
        }
    } catch (const StorageError &error) {
        showMessage(error.message(), true);
    }
}

void MeasureEntryForm::refreshItems() {
    const InstrumentDefinition *current = definition();
    m_itemTable->setRowCount(current ? current->itemCount() : 0);
    if (current) {
        for (int row = 0; row < current->itemCount(); ++row) {
            const int item = row + 1;
            auto *number = new QTableWidgetItem(QString::number(item));
            number->setTextAlignment(Qt::AlignCenter);
            m_itemTable->setItem(row, ItemNumberColumn, number);
            auto *answer = new QTableWidgetItem(
                m_items.contains(item) ? QString::number(m_items.value(item)) : QString());
            answer->setTextAlignment(Qt::AlignCenter);
            QFont bold = answer->font();
            bold.setBold(true);
            answer->setFont(bold);
            m_itemTable->setItem(row, AnswerColumn, answer);
            QString wording = current->itemText(item);
            if (wording.isEmpty())
                wording = current->reverseKeyed.contains(item) ? tr("(reverse-keyed)") : QString();
            else if (current->reverseKeyed.contains(item))
                wording += QLatin1Char(' ') + tr("(reverse-keyed)");
            m_itemTable->setItem(row, WordingColumn, new QTableWidgetItem(wording));
        }
        if (m_itemTable->currentRow() < 0 && current->itemCount() > 0)
            m_itemTable->setCurrentCell(0, AnswerColumn);
    }
    refreshQuickLine();
    refreshScores();
}

void MeasureEntryForm::refreshQuickLine() {
    const InstrumentDefinition *current = definition();
    if (!current)
        return;
    m_updatingQuickLine = true;
    const QString text = QuickEntry::format(m_items, *current);
    if (m_quickLine->text() != text)
        m_quickLine->setText(text);
    m_lastGoodQuickText = text;
    m_updatingQuickLine = false;
}

void MeasureEntryForm::refreshScores() {
    const InstrumentDefinition *current = definition();
    const QList<ScaleScore> scores =
        current ? InstrumentScorer::score(*current, m_items) : QList<ScaleScore>();
    m_scoreTable->setRowCount(int(scores.size()));
    for (int row = 0; row < scores.size(); ++row) {
        const ScaleScore &score = scores.at(row);
        auto *name = new QTableWidgetItem(score.name);
        if (row == 0) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
        }
        m_scoreTable->setItem(row, ScaleNameColumn, name);
        auto *value =
            new QTableWidgetItem(score.scorable() ? score.reported() : QStringLiteral("—"));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_scoreTable->setItem(row, ScaleValueColumn, value);
        m_scoreTable->setItem(
            row, ScaleAnsweredColumn,
            new QTableWidgetItem(tr("%1 of %2").arg(score.itemsAnswered).arg(score.itemsInScale)));
        QString note;
        if (!score.scorable())
            note = tr("not scorable (needs %1)").arg(score.minimumAnswered);
        else if (score.prorated)
            note = tr("prorated");
        auto *noteItem = new QTableWidgetItem(note);
        if (!score.scorable())
            noteItem->setForeground(palette().color(QPalette::PlaceholderText));
        m_scoreTable->setItem(row, ScaleNoteColumn, noteItem);
    }
}

int MeasureEntryForm::currentItem() const {
    return m_itemTable->currentRow() + 1;
}

void MeasureEntryForm::moveToItem(int item) {
    const InstrumentDefinition *current = definition();
    if (!current)
        return;
    if (item > current->itemCount()) {
        // The last answer is in: Save is the next thing to do, and Enter presses it.
        m_save->setFocus();
        return;
    }
    m_itemTable->setCurrentCell(qMax(0, item - 1), AnswerColumn);
}

void MeasureEntryForm::setAnswer(int item, std::optional<int> value) {
    if (value)
        m_items.insert(item, *value);
    else
        m_items.remove(item);
    if (QTableWidgetItem *cell = m_itemTable->item(item - 1, AnswerColumn))
        cell->setText(value ? QString::number(*value) : QString());
    refreshQuickLine();
    refreshScores();
}

bool MeasureEntryForm::handleItemKey(int key, const QString &text) {
    const InstrumentDefinition *current = definition();
    const int item = currentItem();
    if (!current || item < 1)
        return false;
    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        const int value = QuickEntry::valueForDigit(key - Qt::Key_0, *current);
        if (!current->isInRange(value)) {
            showMessage(tr("%1 is not an answer on %2: answers run from %3 to %4.")
                            .arg(value)
                            .arg(current->name)
                            .arg(current->scaleMin)
                            .arg(current->scaleMax),
                        true);
            return true;
        }
        showMessage(QString(), false);
        setAnswer(item, value);
        moveToItem(item + 1);
        return true;
    }
    if (text == QLatin1String(".") || text == QLatin1String("-") || key == Qt::Key_Space) {
        showMessage(QString(), false);
        setAnswer(item, std::nullopt);
        moveToItem(item + 1);
        return true;
    }
    if (key == Qt::Key_Delete) {
        setAnswer(item, std::nullopt);
        return true;
    }
    if (key == Qt::Key_Backspace) {
        // Undo the last answer typed: clear this item, or step back to the one before.
        if (!m_items.contains(item) && item > 1) {
            moveToItem(item - 1);
            setAnswer(item - 1, std::nullopt);
        } else {
            setAnswer(item, std::nullopt);
        }
        return true;
    }
    return false;
}

bool MeasureEntryForm::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_itemTable && event->type() == QEvent::KeyPress) {
        auto *keyEvent = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers modifiers =
            keyEvent->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
        if (modifiers == Qt::NoModifier && handleItemKey(keyEvent->key(), keyEvent->text()))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

void MeasureEntryForm::quickLineEdited(const QString &text) {
    if (m_updatingQuickLine)
        return;
    const InstrumentDefinition *current = definition();
    if (!current)
        return;
    const QuickEntry::Result result = QuickEntry::parse(text, *current);
    if (!result.ok) {
        // Refuse the keystroke: put back the last acceptable line, keep the cursor where it was.
        const int cursor = qMax(0, m_quickLine->cursorPosition() - 1);
        m_updatingQuickLine = true;
        m_quickLine->setText(m_lastGoodQuickText);
        m_quickLine->setCursorPosition(qMin(cursor, int(m_lastGoodQuickText.size())));
        m_updatingQuickLine = false;
        showMessage(result.error, true);
        return;
    }
    showMessage(QString(), false);
    m_lastGoodQuickText = text;
    m_items = result.items;
    for (int row = 0; row < m_itemTable->rowCount(); ++row) {
        if (QTableWidgetItem *cell = m_itemTable->item(row, AnswerColumn))
            cell->setText(m_items.contains(row + 1) ? QString::number(m_items.value(row + 1))
                                                    : QString());
    }
    if (result.positions < m_itemTable->rowCount())
        m_itemTable->setCurrentCell(result.positions, AnswerColumn);
    refreshScores();
}

void MeasureEntryForm::showMessage(const QString &text, bool isError) {
    m_message->setText(text);
    m_message->setProperty("isError", isError);
    Theme::setRole(m_message, isError ? Theme::Role::ErrorStrong : Theme::Role::Success);
}

void MeasureEntryForm::clearAnswers() {
    m_items.clear();
    refreshItems();
    m_itemTable->setCurrentCell(0, AnswerColumn);
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
    const int index = m_instrument->findData(instrumentId);
    if (index >= 0)
        m_instrument->setCurrentIndex(index);
    m_family->setText(familyCode);
    familyChanged();
    selectRespondent(respondent);
    m_timepoint->setCurrentText(timepoint);
    m_date->setDate(QDate::currentDate());
    clearAnswers();
    showMessage(QString(), false);
    m_quickLine->setFocus();
}

void MeasureEntryForm::edit(const InstrumentResponse &response) {
    const int index = m_instrument->findData(response.instrumentId);
    if (index < 0) {
        showMessage(tr("\"%1\" is not a questionnaire this version knows, so it cannot be "
                       "opened.")
                        .arg(response.instrumentId),
                    true);
        return;
    }
    m_instrument->setCurrentIndex(index);
    m_editing = response;
    m_family->setText(response.familyCode);
    familyChanged();
    selectRespondent(response.respondent);
    m_timepoint->setCurrentText(response.timepoint);
    m_date->setDate(response.administeredOn);
    m_mode->setCurrentIndex(qMax(0, m_mode->findData(response.mode)));
    m_items = response.items;
    refreshItems();
    const InstrumentDefinition *current = definition();
    m_modeTitle->setText(tr("Correcting %1 for family %2 (%3, %4)")
                             .arg(current->name, response.familyCode,
                                  ValueSets::label(response.respondent).toLower(),
                                  response.timepoint));
    m_save->setText(tr("&Save changes"));
    m_delete->setVisible(true);
    showMessage(QString(), false);
    m_quickLine->setFocus();
}

void MeasureEntryForm::save() {
    const InstrumentDefinition *current = definition();
    if (!current)
        return;
    const QString familyCode = m_family->text().trimmed();
    if (familyCode.isEmpty()) {
        showMessage(tr("Type the family's case code first."), true);
        m_family->setFocus();
        return;
    }
    if (m_items.isEmpty()) {
        showMessage(tr("No answers have been typed yet."), true);
        m_quickLine->setFocus();
        return;
    }
    InstrumentResponse response = m_editing;
    response.familyId = 0;
    response.familyCode = familyCode;
    response.respondent = m_respondent->currentData().toString();
    response.instrumentId = current->id;
    response.timepoint = m_timepoint->currentText().trimmed().toUpper();
    response.administeredOn = m_date->date();
    response.mode = m_mode->currentData().toString();
    response.recordingId = m_recording->currentData().toLongLong();
    response.items = m_items;
    try {
        if (isEditing())
            m_measures->update(response);
        else
            m_measures->add(response);
    } catch (const StorageError &error) {
        showMessage(error.message(), true);
        return;
    }
    const ScaleScore total = InstrumentScorer::score(*current, m_items).first();
    QString summary = total.scorable() ? tr("score %1").arg(total.reported())
                                       : tr("not scorable: too many items missing");
    if (total.prorated)
        summary += QLatin1Char(' ') + tr("(prorated)");
    showMessage(tr("Saved %1 for family %2 (%3, %4): %5.")
                    .arg(current->name, familyCode, ValueSets::label(response.respondent).toLower(),
                         response.timepoint, summary),
                false);
    resetEditing();
    m_items.clear();
    refreshItems();
    m_itemTable->setCurrentCell(0, AnswerColumn);
    refreshFamilies();
    emit administrationsChanged(familyCode);
    // The next paper is usually another member of the same family.
    m_respondent->setFocus();
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
        m_measures->remove(m_editing.id);
    } catch (const StorageError &error) {
        showMessage(error.message(), true);
        return;
    }
    const QString familyCode = m_editing.familyCode;
    resetEditing();
    clearAnswers();
    showMessage(tr("Deleted %1.").arg(what), false);
    emit administrationsChanged(familyCode);
}
