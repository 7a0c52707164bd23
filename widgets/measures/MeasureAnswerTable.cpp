#include "MeasureAnswerTable.h"

#include "instruments/InstrumentScorer.h"
#include "instruments/QuickEntry.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum ItemColumn { ItemNumberColumn, AnswerColumn, WordingColumn };
enum ScoreColumn { ScaleNameColumn, ScaleValueColumn, ScaleAnsweredColumn, ScaleNoteColumn };

} // namespace

MeasureAnswerTable::MeasureAnswerTable(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("measureAnswerTable"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

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

    setTabOrder(m_quickLine, m_itemTable);
    connect(m_quickLine, &QLineEdit::textEdited, this, &MeasureAnswerTable::quickLineEdited);
    connect(m_quickLine, &QLineEdit::returnPressed, this, &MeasureAnswerTable::saveRequested);
}

void MeasureAnswerTable::setDefinition(const InstrumentDefinition *definition, bool keepAnswers) {
    if (definition)
        m_definition = *definition;
    else
        m_definition.reset();
    if (!keepAnswers)
        m_items.clear();
    refreshHint();
    refreshItems();
}

const InstrumentDefinition *MeasureAnswerTable::definition() const {
    return m_definition ? &*m_definition : nullptr;
}

void MeasureAnswerTable::setAnswers(const QMap<int, int> &answers) {
    m_items = answers;
    refreshItems();
}

void MeasureAnswerTable::clear() {
    m_items.clear();
    refreshItems();
    m_itemTable->setCurrentCell(0, AnswerColumn);
}

void MeasureAnswerTable::focusQuickLine() {
    m_quickLine->setFocus();
}

QWidget *MeasureAnswerTable::firstField() const {
    return m_quickLine;
}

QWidget *MeasureAnswerTable::lastField() const {
    return m_itemTable;
}

void MeasureAnswerTable::refreshHint() {
    const InstrumentDefinition *current = definition();
    if (!current)
        return;
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
}

void MeasureAnswerTable::refreshItems() {
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

void MeasureAnswerTable::refreshQuickLine() {
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

void MeasureAnswerTable::refreshScores() {
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

int MeasureAnswerTable::currentItem() const {
    return m_itemTable->currentRow() + 1;
}

void MeasureAnswerTable::moveToItem(int item) {
    const InstrumentDefinition *current = definition();
    if (!current)
        return;
    if (item > current->itemCount()) {
        // The last answer is in: Save is the next thing to do, and Enter presses it.
        emit lastItemAnswered();
        return;
    }
    m_itemTable->setCurrentCell(qMax(0, item - 1), AnswerColumn);
}

void MeasureAnswerTable::setAnswer(int item, std::optional<int> value) {
    if (value)
        m_items.insert(item, *value);
    else
        m_items.remove(item);
    if (QTableWidgetItem *cell = m_itemTable->item(item - 1, AnswerColumn))
        cell->setText(value ? QString::number(*value) : QString());
    refreshQuickLine();
    refreshScores();
}

bool MeasureAnswerTable::handleItemKey(int key, const QString &text) {
    const InstrumentDefinition *current = definition();
    const int item = currentItem();
    if (!current || item < 1)
        return false;
    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        const int value = QuickEntry::valueForDigit(key - Qt::Key_0, *current);
        if (!current->isInRange(value)) {
            emit message(tr("%1 is not an answer on %2: answers run from %3 to %4.")
                             .arg(value)
                             .arg(current->name)
                             .arg(current->scaleMin)
                             .arg(current->scaleMax),
                         true);
            return true;
        }
        emit message(QString(), false);
        setAnswer(item, value);
        moveToItem(item + 1);
        return true;
    }
    if (text == QLatin1String(".") || text == QLatin1String("-") || key == Qt::Key_Space) {
        emit message(QString(), false);
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

bool MeasureAnswerTable::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_itemTable && event->type() == QEvent::KeyPress) {
        auto *keyEvent = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers modifiers =
            keyEvent->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
        if (modifiers == Qt::NoModifier && handleItemKey(keyEvent->key(), keyEvent->text()))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

void MeasureAnswerTable::quickLineEdited(const QString &text) {
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
        emit message(result.error, true);
        return;
    }
    emit message(QString(), false);
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
