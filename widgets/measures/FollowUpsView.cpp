#include "FollowUpsView.h"

#include "common/LiveRefresh.h"
#include "common/NameComboBox.h"
#include "common/Theme.h"
#include "common/ViewPlace.h"
#include "itemmodels/FollowUpsModel.h"
#include "settings/Settings.h"
#include "storage/StorageError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// Overdue follow-ups in red, so the list reads at a glance.
class StatusDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(FollowUpsModel::StatusRole).toInt() == int(FollowUp::Status::Overdue)) {
            option->palette.setColor(QPalette::Text, Theme::errorColour());
            option->font.setBold(true);
        }
    }
};

} // namespace

FollowUpsView::FollowUpsView(Database &database, const InstrumentCatalogue &catalogue,
                             Settings &settings, QWidget *parent)
    : QWidget(parent)
    , m_followUps(database, catalogue)
    , m_catalogue(catalogue) {
    setObjectName(QStringLiteral("followUps"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("followUpsSummary"));
    m_interval = new QLabel(this);
    m_interval->setObjectName(QStringLiteral("followUpIntervalLabel"));
    m_includeUpcoming = new QCheckBox(tr("Show those not yet due"), this);
    m_includeUpcoming->setObjectName(QStringLiteral("includeUpcomingCheck"));
    top->addWidget(m_summary, 1);
    top->addWidget(m_interval);
    layout->addLayout(top);

    auto *filters = new QHBoxLayout;
    m_team = new QComboBox(this);
    m_team->setObjectName(QStringLiteral("followUpsTeam"));
    m_team->setAccessibleName(tr("Team"));
    NameComboBox::keepNarrow(m_team, 14);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("followUpsPeriod"));
    m_period->setAccessibleName(tr("T1 date"));
    m_period->addItem(tr("Any T1 date"), 0);
    m_period->addItem(tr("T1 in the last 6 months"), 6);
    m_period->addItem(tr("T1 in the last 12 months"), 12);
    m_hideLeavers = new QCheckBox(tr("Hide families whose practitioner has left"), this);
    m_hideLeavers->setObjectName(QStringLiteral("followUpsHideLeavers"));
    m_hideLeavers->setChecked(true);
    filters->addWidget(m_team);
    filters->addWidget(m_period);
    filters->addWidget(m_hideLeavers);
    filters->addWidget(m_includeUpcoming);
    filters->addStretch(1);
    layout->addLayout(filters);

    m_model = new FollowUpsModel(this);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(FollowUpsModel::RawValueRole);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("followUpsView"));
    m_view->setModel(proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setTabKeyNavigation(false);
    m_view->setSortingEnabled(true);
    // Opens in the model's order (due now first); a header click sorts by that column.
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setItemDelegateForColumn(FollowUpsModel::StatusColumn, new StatusDelegate(m_view));
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);

    auto *buttons = new QHBoxLayout;
    auto *note = new QLabel(tr("A follow-up is listed from two weeks before its T2 is due, and "
                               "is overdue from the day after."),
                            this);
    note->setWordWrap(true);
    m_log = new QPushButton(tr("&Log this T2…"), this);
    m_log->setObjectName(QStringLiteral("logFollowUpButton"));
    m_log->setEnabled(false);
    buttons->addWidget(note, 1);
    buttons->addWidget(m_log);
    layout->addLayout(buttons);

    connect(m_includeUpcoming, &QCheckBox::toggled, this, &FollowUpsView::refresh);
    connect(m_hideLeavers, &QCheckBox::toggled, this, &FollowUpsView::refresh);
    connect(m_team, &QComboBox::currentIndexChanged, this, &FollowUpsView::refresh);
    connect(m_period, &QComboBox::currentIndexChanged, this, &FollowUpsView::refresh);
    connect(m_log, &QPushButton::clicked, this, &FollowUpsView::logSelected);
    // Enter on a row, as well as a double click.
    connect(m_view, &QTableView::activated, this, &FollowUpsView::logSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_log->setEnabled(m_view->selectionModel()->hasSelection()); });
    try {
        // The interval used to be kept on each machine; the first list shown after the move
        // hands this machine's choice to the organisation, unless it already has one.
        m_followUps.carryOverInterval(settings.takeLegacyFollowUpWeeks(), settings.coderUsername());
    } catch (const StorageError &) {
        // Not carried over (a read-only or damaged database): the list below says what is wrong.
    }
    // A T2 logged by a colleague leaves the list without F5.
    new LiveRefresh(database, this, [this] { refresh(); });
    refresh();
}

FollowUpsView::~FollowUpsView() = default;

void FollowUpsView::setToday(const QDate &today) {
    m_today = today;
    refresh();
}

void FollowUpsView::refresh() {
    // Worked out afresh each time, so a window left open overnight moves on with the date.
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    QList<FollowUp> followUps;
    try {
        FollowUps::List owed = m_followUps.owedOn(today);
        const std::optional<int> weeks = owed.intervalWeeks;
        m_interval->setText(weeks
                                ? tr("T2 due %1 weeks after T1 (organisation setting)").arg(*weeks)
                                : tr("T2 due after each questionnaire's own interval"));
        followUps = std::move(owed.followUps);
    } catch (const StorageError &error) {
        m_summary->setText(error.message());
        return;
    }
    fillTeams(followUps);
    // One follow-up is one family member's questionnaire.
    const ViewPlace place(m_view, [](const QModelIndex &index) {
        return QVariant(QStringList{index.siblingAtColumn(FollowUpsModel::FamilyColumn)
                                        .data(FollowUpsModel::RawValueRole)
                                        .toString(),
                                    index.siblingAtColumn(FollowUpsModel::RespondentColumn)
                                        .data(FollowUpsModel::RawValueRole)
                                        .toString(),
                                    index.siblingAtColumn(FollowUpsModel::InstrumentColumn)
                                        .data(FollowUpsModel::RawValueRole)
                                        .toString()});
    });
    m_model->setFollowUps(followUps, today, m_catalogue, filter());
    place.restore();
    if (m_view->currentIndex().row() < 0 && m_model->rowCount() > 0)
        m_view->selectRow(0);
    const int overdue = m_model->overdueCount();
    const int due = m_model->rowCount() - overdue;
    QString summary;
    if (followUps.isEmpty())
        summary = tr("No T1 is waiting for its T2.");
    else if (m_includeUpcoming->isChecked())
        summary = tr("%1 listed; %2 overdue.").arg(m_model->rowCount()).arg(overdue);
    else
        summary = tr("%1 due now, %2 overdue.").arg(due).arg(overdue);
    if (m_model->hiddenLeaverCount() > 0)
        summary += QLatin1Char(' ') + tr("%n hidden because the practitioner has left.", nullptr,
                                         m_model->hiddenLeaverCount());
    m_summary->setText(summary);
}

FollowUpsModel::Filter FollowUpsView::filter() const {
    const QDate today = m_today.isValid() ? m_today : QDate::currentDate();
    FollowUpsModel::Filter filter;
    filter.includeUpcoming = m_includeUpcoming->isChecked();
    filter.team = m_team->currentData().toString();
    filter.hideLeavers = m_hideLeavers->isChecked();
    if (const int months = m_period->currentData().toInt(); months > 0)
        filter.t1From = today.addMonths(-months);
    return filter;
}

void FollowUpsView::fillTeams(const QList<FollowUp> &followUps) {
    QStringList teams;
    for (const FollowUp &followUp : followUps) {
        if (!followUp.teamName.isEmpty() && !teams.contains(followUp.teamName))
            teams.append(followUp.teamName);
    }
    teams.sort(Qt::CaseInsensitive);
    const QString chosen = m_team->currentData().toString();
    const QSignalBlocker blocker(m_team);
    m_team->clear();
    m_team->addItem(tr("All teams"), QString());
    for (const QString &team : teams)
        m_team->addItem(team, team);
    // A team with nothing owed any more falls back to all teams.
    m_team->setCurrentIndex(std::max(0, m_team->findData(chosen)));
}

void FollowUpsView::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    // The next key goes to the list: arrows move, Enter opens.
    m_view->setFocus(Qt::OtherFocusReason);
}

void FollowUpsView::logSelected() {
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return;
    auto *proxy = static_cast<QSortFilterProxyModel *>(m_view->model());
    if (const FollowUp *followUp = m_model->followUpAt(proxy->mapToSource(selected.first()).row()))
        emit logRequested(*followUp);
}
