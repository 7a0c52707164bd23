#include "RecordingsView.h"

#include "RecordingLibraryActions.h"
#include "common/BackgroundRead.h"
#include "common/LiveRefresh.h"
#include "common/NameComboBox.h"

#include "itemmodels/RecordingsFilterModel.h"
#include "itemmodels/RecordingsModel.h"
#include "services/RecordingLibrary.h"
#include "services/RecordingsFolder.h"
#include "settings/Settings.h"
#include "storage/ChangeNotifier.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPainter>
#include <QPixmap>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

enum Period {
    AnyTime,
    LastFourWeeks,
    LastThreeMonths,
    LastTwelveMonths,
    ThisQuarter,
    LastQuarter,
    BetweenDates
};

QDate quarterStart(const QDate &date) {
    return QDate(date.year(), ((date.month() - 1) / 3) * 3 + 1, 1);
}

QIcon swatch(const QColor &colour) {
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    return QIcon(pixmap);
}

const QString viewStateKey = QStringLiteral("recordingsTable");

// Draws the model's colour swatches (a QColor decoration) as small round dots.
class SwatchDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        const QVariant decoration = index.data(Qt::DecorationRole);
        if (decoration.metaType().id() == QMetaType::QColor) {
            option->icon = swatch(decoration.value<QColor>());
            option->decorationSize = QSize(12, 12);
            option->features |= QStyleOptionViewItem::HasDecoration;
        }
    }
};

} // namespace

RecordingsView::RecordingsView(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_model(new RecordingsModel(this))
    , m_filter(new RecordingsFilterModel(this))
    , m_read(new BackgroundRead(database, this)) {
    m_filter->setSourceModel(m_model);
    connect(m_read, &BackgroundRead::runningChanged, this, &RecordingsView::updateSummary);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);
    layout->addWidget(createFilterBar());

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("recordingsMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMargin(24);
    m_message->hide();
    layout->addWidget(m_message);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("recordingsTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setItemDelegate(new SwatchDelegate(m_table));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // Sizing to contents looks at a sample of rows: a decade of recordings must not stall.
    m_table->horizontalHeader()->setResizeContentsPrecision(300);
    m_table->installEventFilter(this);
    layout->addWidget(m_table, 1);
    RecordingLibraryActions::attach(m_database, this, m_table, layout);
    // Another evaluator's new recording or finished coding shows without F5; the read keeps
    // the filters, the selected recording and the scroll position (showRows).
    new LiveRefresh(m_database, this, [this] { refreshIfChanged(); });

    Settings settings;
    const QByteArray state = settings.viewState(viewStateKey);
    if (!state.isEmpty() && m_table->horizontalHeader()->restoreState(state))
        m_sized = true;
    else
        m_table->horizontalHeader()->setSortIndicator(RecordingsModel::RecordedOnColumn,
                                                      Qt::DescendingOrder);
    m_table->sortByColumn(m_table->horizontalHeader()->sortIndicatorSection(),
                          m_table->horizontalHeader()->sortIndicatorOrder());

    connect(m_table, &QTableView::doubleClicked, this, &RecordingsView::requestCoding);
    // The keyboard path is search, then the list: Enter, Down or one Tab from the search box
    // lands on the first match, and coming to the page (Ctrl+1) lands on the list itself.
    connect(m_search, &QLineEdit::returnPressed, this, &RecordingsView::goToFirstMatch);
    m_search->installEventFilter(this);
    setTabOrder(m_search, m_table);
    setFocusProxy(m_table);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &RecordingsView::updateSummary);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &RecordingsView::updateSummary);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &RecordingsView::updateSummary);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &RecordingsView::updateSummary);

    refresh();
}

RecordingsView::~RecordingsView() {
    Settings settings;
    settings.setViewState(viewStateKey, m_table->horizontalHeader()->saveState());
}

QWidget *RecordingsView::createFilterBar() {
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("recordingsFilterBar"));
    // Two lines, so that the filters fit a 1366-pixel laptop screen with the navigation beside
    // them: the choices above, the dates of "Between dates…" and the count below.
    auto *lines = new QVBoxLayout(bar);
    lines->setContentsMargins(0, 0, 0, 0);
    lines->setSpacing(4);
    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    auto *second = new QHBoxLayout;
    second->setSpacing(6);
    lines->addLayout(row);
    lines->addLayout(second);

    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("recordingsSearch"));
    m_search->setPlaceholderText(tr("Search codes and names"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(180);
    m_search->setMaximumWidth(260);

    m_team = new QComboBox(bar);
    m_team->setObjectName(QStringLiteral("teamFilter"));
    m_team->setToolTip(tr("The practitioner's team at the time of the recording"));
    NameComboBox::keepNarrow(m_team, 16);

    m_practitioner = new QComboBox(bar);
    m_practitioner->setObjectName(QStringLiteral("practitionerFilter"));
    NameComboBox::keepNarrow(m_practitioner, 18);
    m_practitioner->setMaxVisibleItems(20);

    m_status = new QComboBox(bar);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Any coding status"), QString());
    for (const QString &status : RecordingListQuery::codingStatuses())
        m_status->addItem(swatch(RecordingsModel::statusColour(status)),
                          RecordingsModel::statusLabel(status), status);

    m_period = new QComboBox(bar);
    auto *period = m_period;
    period->setObjectName(QStringLiteral("periodFilter"));
    period->addItem(tr("Any date"), AnyTime);
    period->addItem(tr("Last 4 weeks"), LastFourWeeks);
    period->addItem(tr("Last 3 months"), LastThreeMonths);
    period->addItem(tr("Last 12 months"), LastTwelveMonths);
    period->addItem(tr("This quarter"), ThisQuarter);
    period->addItem(tr("Last quarter"), LastQuarter);
    period->addItem(tr("Between dates…"), BetweenDates);

    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addMonths(-3), bar);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to = new QDateEdit(today, bar);
    m_to->setObjectName(QStringLiteral("toDate"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->hide();
    }
    auto *andLabel = new QLabel(tr("to"), bar);
    andLabel->hide();

    m_clear = new QToolButton(bar);
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setText(tr("Clear filters"));
    m_clear->setAutoRaise(true);

    m_summary = new QLabel(bar);
    m_summary->setObjectName(QStringLiteral("recordingsSummary"));
    m_summary->setTextInteractionFlags(Qt::NoTextInteraction);

    row->addWidget(m_search);
    row->addWidget(m_team);
    row->addWidget(m_practitioner);
    row->addWidget(m_status);
    row->addWidget(period);
    row->addWidget(m_clear);
    row->addStretch(1);
    second->addWidget(m_from);
    second->addWidget(andLabel);
    second->addWidget(m_to);
    second->addStretch(1);
    second->addWidget(m_summary);

    connect(m_search, &QLineEdit::textChanged, this, &RecordingsView::applyFilters);
    connect(m_team, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updatingChoices)
            return;
        fillPractitionerChoices();
        applyFilters();
    });
    connect(m_practitioner, &QComboBox::currentIndexChanged, this, &RecordingsView::applyFilters);
    connect(m_status, &QComboBox::currentIndexChanged, this, &RecordingsView::applyFilters);
    connect(period, &QComboBox::currentIndexChanged, this, [this, period, andLabel] {
        const bool between = period->currentData().toInt() == BetweenDates;
        m_from->setVisible(between);
        andLabel->setVisible(between);
        m_to->setVisible(between);
        applyFilters();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &RecordingsView::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &RecordingsView::applyFilters);
    connect(m_clear, &QToolButton::clicked, this, &RecordingsView::clearFilters);
    return bar;
}

qint64 RecordingsView::currentRecordingId() const {
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(RecordingsModel::RecordingIdRole).toLongLong() : 0;
}

bool RecordingsView::refreshIfChanged() {
    if (m_database.changes().unchangedSince(m_loadedStamp) && m_loadError.isEmpty())
        return false;
    refresh();
    return true;
}

void RecordingsView::refresh() {
    m_loadError.clear();
    // Taken before reading, so a write that lands during the read is seen next time.
    m_loadedStamp = m_database.changes().stamp();
    const QString root = RecordingsFolder(m_database).root();
    updateSummary();
    m_read->start<QList<RecordingListRow>>(
        [root](Database &database) {
            RecordingLibrary library(database);
            library.setRecordingsRoot(root);
            return library.rows();
        },
        [this](QList<RecordingListRow> rows) { showRows(rows); },
        [this](const QString &message) {
            // A view that cannot read says so in place: no dialog while the window is opening.
            m_loadError = tr("The recordings could not be read.\n%1").arg(message);
            m_model->setRows({});
            fillTeamAndPractitionerChoices();
            updateSummary();
        });
}

void RecordingsView::finishLoading() {
    m_read->finish();
}

void RecordingsView::showRows(const QList<RecordingListRow> &rows) {
    const qint64 selected = currentRecordingId();
    const int scrolledTo = m_table->verticalScrollBar()->value();
    const int scrolledAcross = m_table->horizontalScrollBar()->value();
    m_model->setRows(rows);
    fillTeamAndPractitionerChoices();
    applyFilters();
    if (!m_sized && m_model->rowCount() > 0) {
        m_table->resizeColumnsToContents();
        m_sized = true;
    }
    const int sourceRow = selected ? m_model->rowOf(selected) : -1;
    if (sourceRow >= 0) {
        const QModelIndex proxy = m_filter->mapFromSource(m_model->index(sourceRow, 0));
        if (proxy.isValid())
            m_table->selectRow(proxy.row());
    }
    // Selecting scrolls to the row; the user expects the list where they left it.
    m_table->verticalScrollBar()->setValue(scrolledTo);
    m_table->horizontalScrollBar()->setValue(scrolledAcross);
}

void RecordingsView::fillTeamAndPractitionerChoices() {
    const qint64 team = m_team->currentData().toLongLong();
    QMap<QString, qint64> teams; // sorted by name
    for (const RecordingListRow &row : m_model->rows())
        teams.insert(row.teamName, row.teamId);

    m_updatingChoices = true;
    m_team->clear();
    m_team->addItem(tr("All teams"), qint64(0));
    for (auto it = teams.cbegin(); it != teams.cend(); ++it)
        m_team->addItem(it.key(), it.value());
    const int teamIndex = m_team->findData(team);
    m_team->setCurrentIndex(teamIndex >= 0 ? teamIndex : 0);
    m_updatingChoices = false;
    fillPractitionerChoices();
}

void RecordingsView::fillPractitionerChoices() {
    const qint64 practitioner = m_practitioner->currentData().toLongLong();
    const qint64 team = m_team->currentData().toLongLong();
    // Only the people with recordings in the chosen team, so every choice finds something.
    QMap<QString, qint64> people;
    for (const RecordingListRow &row : m_model->rows()) {
        if (team == 0 || row.teamId == team)
            people.insert(tr("%1 (%2)").arg(row.practitionerName, row.practitionerCode),
                          row.practitionerId);
    }
    const bool wasUpdating = m_updatingChoices;
    m_updatingChoices = true;
    m_practitioner->clear();
    m_practitioner->addItem(tr("All practitioners"), qint64(0));
    for (auto it = people.cbegin(); it != people.cend(); ++it)
        m_practitioner->addItem(it.key(), it.value());
    const int index = m_practitioner->findData(practitioner);
    m_practitioner->setCurrentIndex(index >= 0 ? index : 0);
    m_updatingChoices = wasUpdating;
}

void RecordingsView::applyFilters() {
    if (m_updatingChoices)
        return;
    m_filter->setSearchText(m_search->text());
    m_filter->setTeamId(m_team->currentData().toLongLong());
    m_filter->setPractitionerId(m_practitioner->currentData().toLongLong());
    m_filter->setCodingStatus(m_status->currentData().toString());

    const QDate today = QDate::currentDate();
    QDate from;
    QDate to;
    switch (m_period->currentData().toInt()) {
    case LastFourWeeks:
        from = today.addDays(-28);
        break;
    case LastThreeMonths:
        from = today.addMonths(-3);
        break;
    case LastTwelveMonths:
        from = today.addMonths(-12);
        break;
    case ThisQuarter:
        from = quarterStart(today);
        break;
    case LastQuarter:
        from = quarterStart(today).addMonths(-3);
        to = quarterStart(today).addDays(-1);
        break;
    case BetweenDates:
        from = m_from->date();
        to = m_to->date();
        break;
    default:
        break;
    }
    m_filter->setDateRange(from, to);
    updateSummary();
}

void RecordingsView::clearFilters() {
    m_updatingChoices = true;
    m_search->clear();
    m_team->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    m_period->setCurrentIndex(0);
    m_updatingChoices = false;
    fillPractitionerChoices();
    m_practitioner->setCurrentIndex(0);
    applyFilters();
}

void RecordingsView::updateSummary() {
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    if (m_read->isRunning()) {
        m_summary->setText(tr("Loading…"));
        // The rows read before stay in view while they are read again.
        if (total == 0) {
            m_message->setText(tr("Loading the recordings…"));
            m_message->show();
        }
        return;
    }
    // Plurals are spelt out rather than left to "%n recording(s)", which reads badly when no
    // translation is loaded.
    if (shown == total)
        m_summary->setText(total == 1 ? tr("1 recording") : tr("%1 recordings").arg(total));
    else
        m_summary->setText(total == 1 ? tr("Showing %1 of 1 recording").arg(shown)
                                      : tr("Showing %1 of %2 recordings").arg(shown).arg(total));
    m_clear->setEnabled(m_filter->isFiltered());
    if (!m_loadError.isEmpty()) {
        m_message->setText(m_loadError);
        m_message->show();
    } else if (total == 0) {
        m_message->setText(tr("This database holds no recordings yet."));
        m_message->show();
    } else if (shown == 0) {
        m_message->setText(tr("No recordings match these filters."));
        m_message->show();
    } else {
        m_message->clear();
        m_message->hide();
    }
}

void RecordingsView::requestCoding(const QModelIndex &proxyIndex) {
    if (!proxyIndex.isValid())
        return;
    emit codeRecordingRequested(proxyIndex.data(RecordingsModel::RecordingIdRole).toLongLong());
}

void RecordingsView::goToFirstMatch() {
    if (m_filter->rowCount() == 0)
        return;
    m_table->setCurrentIndex(m_filter->index(0, 0));
    m_table->selectRow(0);
    m_table->setFocus(Qt::TabFocusReason);
}

void RecordingsView::selectCurrentRow() {
    // A list entered from the keyboard shows which row Enter would open: the current one, or the
    // first when none is current yet.
    if (m_filter->rowCount() == 0)
        return;
    const QModelIndex current = m_table->currentIndex();
    const int row = current.isValid() ? current.row() : 0;
    if (!m_table->selectionModel()->isRowSelected(row, QModelIndex()))
        m_table->selectRow(row);
}

bool RecordingsView::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        goToFirstMatch();
        return true;
    }
    if (watched == m_table && event->type() == QEvent::FocusIn)
        selectCurrentRow();
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() == Qt::NoModifier && m_table->currentIndex().isValid()) {
            requestCoding(m_table->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
