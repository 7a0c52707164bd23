#include "MyWorkPage.h"

#include "common/LiveRefresh.h"
#include "common/Theme.h"
#include "common/ViewPlace.h"
#include "itemmodels/MyWorkModel.h"
#include "services/MyWork.h"
#include "storage/ChangeNotifier.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

MyWorkPage::MyWorkPage(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_model(new MyWorkModel(this)) {
    setObjectName(QStringLiteral("myWorkPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    auto *heading = new QLabel(tr("My work"), this);
    Theme::setRole(heading, Theme::Role::Heading);
    layout->addWidget(heading);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("myWorkSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("myWorkTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->installEventFilter(this);
    layout->addWidget(m_table, 1);
    auto *hint =
        new QLabel(tr("Enter or double-click opens the row. Second codings are wanted for one "
                      "coded session in five from the last three months, the same "
                      "sample for every evaluator."),
                   this);
    Theme::setRole(hint, Theme::Role::KeyHint);
    layout->addWidget(hint);
    setFocusProxy(m_table);

    connect(m_table, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openRow(index.row()); });
    // The count on the navigation bar follows others' work even while the page is hidden
    // (a second coding finished by a colleague, feedback now owed).
    new LiveRefresh(
        m_database, this, [this] { refresh(); }, LiveRefresh::When::Always);
    refresh();
}

void MyWorkPage::refresh() {
    m_loadedStamp = m_database.changes().stamp();
    QList<MyWorkRow> rows;
    try {
        MyWork work(m_database);
        rows = work.itemsFor(work.viewerId());
    } catch (const StorageError &error) {
        m_model->setRows({});
        m_summary->setText(tr("Your work could not be read.\n%1").arg(error.message()));
        Theme::setRole(m_summary, Theme::Role::Error);
        return;
    }
    Theme::setRole(m_summary, Theme::Role::None);
    const ViewPlace place(m_table, [](const QModelIndex &index) {
        return QVariant(QStringLiteral("%1:%2:%3")
                            .arg(index.data(MyWorkModel::KindRole).toInt())
                            .arg(index.data(MyWorkModel::CodingIdRole).toLongLong())
                            .arg(index.data(MyWorkModel::RecordingIdRole).toLongLong()));
    });
    m_model->setRows(rows);
    m_table->resizeColumnsToContents();
    place.restore();
    const MyWork::Counts counts = MyWork::countsOf(rows);
    m_summary->setText(
        counts.total() == 0
            ? tr("Nothing is waiting for you.")
            : tr("%1 · %2 · %3")
                  .arg(tr("%n draft(s)", nullptr, counts.drafts),
                       tr("%n recording(s) waiting for a second coding", nullptr,
                          counts.secondCodings),
                       tr("feedback owed on %n session(s)", nullptr, counts.feedback)));
    m_total = counts.total();
    emit totalChanged(m_total);
}

void MyWorkPage::showEvent(QShowEvent *event) {
    // Coming back after coding shows what changed, and reads nothing when nothing did.
    if (!m_database.changes().unchangedSince(m_loadedStamp))
        refresh();
    QWidget::showEvent(event);
}

void MyWorkPage::openRow(int row) {
    const MyWorkRow *item = m_model->rowAt(row);
    if (!item)
        return;
    switch (item->kind) {
    case MyWorkRow::Kind::Draft:
        emit openCodingRequested(item->codingId);
        break;
    case MyWorkRow::Kind::SecondCoding:
        emit openRecordingRequested(item->recordingId);
        break;
    case MyWorkRow::Kind::Feedback:
        emit feedbackRequested(item->codingId);
        break;
    }
}

bool MyWorkPage::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_table && event->type() == QEvent::FocusIn && m_model->rowCount() > 0 &&
        !m_table->selectionModel()->hasSelection())
        m_table->selectRow(m_table->currentIndex().isValid() ? m_table->currentIndex().row() : 0);
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            m_table->currentIndex().isValid()) {
            openRow(m_table->currentIndex().row());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
