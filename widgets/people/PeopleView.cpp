#include "PeopleView.h"

#include "common/LiveRefresh.h"
#include "common/ViewPlace.h"
#include "itemmodels/PeopleModel.h"
#include "services/PeopleDirectory.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/StorageError.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

const QString viewStateKey = QStringLiteral("peopleTree");

// Team rows stand out as headings above their practitioners; agency staff are marked in bold
// colour so they are seen when planning who still needs observing.
class PeopleDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        const bool team = index.data(PeopleModel::IsTeamRole).toBool();
        const bool agency = index.column() == PeopleModel::EmploymentColumn &&
                            index.data(PeopleModel::IsAgencyRole).toBool();
        if (team || agency)
            option->font.setBold(true);
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override {
        // A little air between rows: this list is read, not scanned by the thousand.
        return QStyledItemDelegate::sizeHint(option, index) + QSize(0, 6);
    }
};

// Sorts like any proxy, except that the "No current team" group stays below the teams in
// either direction.
class PeopleSortModel : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override {
        if (!left.parent().isValid() && !right.parent().isValid()) {
            const bool leftNoTeam = left.data(PeopleModel::IdRole).toLongLong() == 0;
            const bool rightNoTeam = right.data(PeopleModel::IdRole).toLongLong() == 0;
            if (leftNoTeam != rightNoTeam)
                return sortOrder() == Qt::AscendingOrder ? rightNoTeam : leftNoTeam;
        }
        return QSortFilterProxyModel::lessThan(left, right);
    }
};

} // namespace

PeopleView::PeopleView(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_model(new PeopleModel(this))
    , m_filter(new PeopleSortModel(this)) {
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(PeopleModel::RawValueRole);
    m_filter->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setSortLocaleAware(true);
    m_filter->setFilterRole(PeopleModel::SearchTextRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setRecursiveFilteringEnabled(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(6);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("peopleSearch"));
    m_search->setPlaceholderText(tr("Search names, codes and teams"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("peopleSummary"));
    bar->addWidget(m_search, 1);
    bar->addStretch(1);
    bar->addWidget(m_summary);
    layout->addLayout(bar);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("peopleMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMargin(24);
    m_message->hide();
    layout->addWidget(m_message);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("peopleTree"));
    m_tree->setModel(m_filter);
    m_tree->setItemDelegate(new PeopleDelegate(m_tree));
    m_tree->setSortingEnabled(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->header()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_tree->header()->setStretchLastSection(true);
    layout->addWidget(m_tree, 1);

    Settings settings;
    const QByteArray state = settings.viewState(viewStateKey);
    if (!state.isEmpty() && m_tree->header()->restoreState(state))
        m_sized = true;
    else
        m_tree->header()->setSortIndicator(PeopleModel::NameColumn, Qt::AscendingOrder);
    m_tree->sortByColumn(m_tree->header()->sortIndicatorSection(),
                         m_tree->header()->sortIndicatorOrder());

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text.trimmed());
        m_tree->expandAll();
        updateSummary();
    });

    new LiveRefresh(m_database, this, [this] { refresh(); });
    refresh();
}

PeopleView::~PeopleView() {
    Settings settings;
    settings.setViewState(viewStateKey, m_tree->header()->saveState());
}

void PeopleView::refresh() {
    // A team and a practitioner may share an id, so the row's kind is part of its key.
    const ViewPlace place(m_tree, [](const QModelIndex &index) {
        const bool team = index.data(PeopleModel::IsTeamRole).toBool();
        return QVariant((team ? QStringLiteral("team:") : QStringLiteral("person:")) +
                        index.data(PeopleModel::IdRole).toString());
    });
    m_loadError.clear();
    try {
        const PeopleDirectory::Listing people = PeopleDirectory(m_database).listing();
        m_model->setPeople(people.teams, people.practitioners);
    } catch (const StorageError &error) {
        m_loadError = tr("The teams and practitioners could not be read.\n%1").arg(error.message());
        m_model->setPeople({}, {});
    }
    m_tree->expandAll();
    if (!m_sized && m_model->rowCount() > 0) {
        for (int column = 0; column < PeopleModel::ColumnCount; ++column)
            m_tree->resizeColumnToContents(column);
        m_sized = true;
    }
    place.restore();
    updateSummary();
}

void PeopleView::updateSummary() {
    int agency = 0;
    for (int team = 0; team < m_model->rowCount(); ++team) {
        const QModelIndex parent = m_model->index(team, 0);
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            if (m_model->index(row, 0, parent).data(PeopleModel::IsAgencyRole).toBool())
                ++agency;
        }
    }
    int teams = 0;
    for (int team = 0; team < m_model->rowCount(); ++team) {
        if (m_model->index(team, 0).data(PeopleModel::IdRole).toLongLong() != 0)
            ++teams;
    }
    const int people = m_model->practitionerCount();
    m_summary->setText(
        tr("%1 · %2 · %3")
            .arg(teams == 1 ? tr("1 team") : tr("%1 teams").arg(teams),
                 people == 1 ? tr("1 practitioner") : tr("%1 practitioners").arg(people),
                 tr("%1 agency").arg(agency)));
    if (!m_loadError.isEmpty())
        m_message->setText(m_loadError);
    else if (m_model->rowCount() == 0)
        m_message->setText(tr("This database holds no teams yet."));
    else if (m_filter->rowCount() == 0)
        m_message->setText(tr("Nobody matches this search."));
    m_message->setVisible(!m_loadError.isEmpty() || m_filter->rowCount() == 0);
}
