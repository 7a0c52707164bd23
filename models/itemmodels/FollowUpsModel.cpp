#include "FollowUpsModel.h"

#include "domain/ValueSets.h"

#include <algorithm>

FollowUpsModel::FollowUpsModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void FollowUpsModel::setFollowUps(const QList<FollowUp> &followUps, const QDate &today,
                                  const InstrumentCatalogue &catalogue, bool includeUpcoming) {
    Filter filter;
    filter.includeUpcoming = includeUpcoming;
    setFollowUps(followUps, today, catalogue, filter);
}

void FollowUpsModel::setFollowUps(const QList<FollowUp> &followUps, const QDate &today,
                                  const InstrumentCatalogue &catalogue, const Filter &filter) {
    beginResetModel();
    m_rows.clear();
    m_today = today;
    m_hiddenLeavers = 0;
    for (const FollowUp &followUp : followUps) {
        Row row;
        row.followUp = followUp;
        row.status = followUp.statusOn(today);
        if (row.status == FollowUp::Status::Upcoming && !filter.includeUpcoming)
            continue;
        if (!filter.team.isEmpty() && followUp.teamName != filter.team)
            continue;
        if (filter.t1From.isValid() && followUp.t1Date < filter.t1From)
            continue;
        if (filter.hideLeavers && followUp.practitionerHasLeft) {
            if (row.status != FollowUp::Status::Upcoming)
                ++m_hiddenLeavers;
            continue;
        }
        const InstrumentDefinition *definition = catalogue.find(followUp.instrumentId);
        row.instrumentName = definition ? definition->name : followUp.instrumentId;
        row.priority = priority(followUp, row.status);
        m_rows.append(row);
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &x, const Row &y) {
        if (x.priority != y.priority)
            return x.priority < y.priority;
        // Long overdue: the least late first, as the most recent are the likeliest still to
        // be collected.
        if (x.priority == 2)
            return x.followUp.dueDate > y.followUp.dueDate;
        return x.followUp.dueDate < y.followUp.dueDate;
    });
    endResetModel();
}

int FollowUpsModel::priority(const FollowUp &followUp, FollowUp::Status status) const {
    const int days = followUp.daysOverdue(m_today);
    switch (status) {
    case FollowUp::Status::Overdue:
        return days <= 31 ? 0 : 2; // overdue this month, or longer
    case FollowUp::Status::Due:
        return days >= -7 ? 0 : 1; // due this week, or later in the window
    case FollowUp::Status::Upcoming:
        break;
    }
    return 3;
}

const FollowUp *FollowUpsModel::followUpAt(int row) const {
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_rows.at(row).followUp;
}

int FollowUpsModel::overdueCount() const {
    int count = 0;
    for (const Row &row : m_rows) {
        if (row.status == FollowUp::Status::Overdue)
            ++count;
    }
    return count;
}

QString FollowUpsModel::statusText(const Row &row) const {
    const int days = row.followUp.daysOverdue(m_today);
    switch (row.status) {
    case FollowUp::Status::Overdue:
        return days == 1 ? tr("Overdue by 1 day") : tr("Overdue by %1 days").arg(days);
    case FollowUp::Status::Due:
        if (days == 0)
            return tr("Due today");
        return days == -1 ? tr("Due tomorrow") : tr("Due in %1 days").arg(-days);
    case FollowUp::Status::Upcoming:
        break;
    }
    return tr("Not yet due (in %1 days)").arg(-days);
}

int FollowUpsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FollowUpsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FollowUpsModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    const Row &row = m_rows.at(index.row());
    if (role == StatusRole)
        return int(row.status);
    if (role != Qt::DisplayRole && role != RawValueRole)
        return QVariant();
    const bool raw = role == RawValueRole;
    switch (index.column()) {
    case FamilyColumn:
        return row.followUp.familyCode;
    case RespondentColumn:
        return raw ? row.followUp.respondent : ValueSets::label(row.followUp.respondent);
    case InstrumentColumn:
        return raw ? row.followUp.instrumentId : row.instrumentName;
    case T1DateColumn:
        return raw ? QVariant(row.followUp.t1Date)
                   : QVariant(row.followUp.t1Date.toString(Qt::ISODate));
    case DueDateColumn:
        return raw ? QVariant(row.followUp.dueDate)
                   : QVariant(row.followUp.dueDate.toString(Qt::ISODate));
    case StatusColumn:
        return raw ? QVariant(row.followUp.daysOverdue(m_today)) : QVariant(statusText(row));
    case PractitionerColumn:
        if (row.followUp.practitionerName.isEmpty())
            return raw ? QVariant(QString()) : QVariant(tr("No session recorded"));
        return row.followUp.practitionerHasLeft && !raw
                   ? tr("%1 (has left)").arg(row.followUp.practitionerName)
                   : row.followUp.practitionerName;
    case TeamColumn:
        return row.followUp.teamName;
    default:
        return QVariant();
    }
}

QVariant FollowUpsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case FamilyColumn:
        return tr("Family");
    case RespondentColumn:
        return tr("Respondent");
    case InstrumentColumn:
        return tr("Questionnaire");
    case T1DateColumn:
        return tr("T1 completed");
    case DueDateColumn:
        return tr("T2 due");
    case StatusColumn:
        return tr("Status");
    case PractitionerColumn:
        return tr("Practitioner");
    case TeamColumn:
        return tr("Team");
    default:
        return QVariant();
    }
}
