#include "FollowUpsModel.h"

#include "domain/ValueSets.h"

FollowUpsModel::FollowUpsModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void FollowUpsModel::setFollowUps(const QList<FollowUp> &followUps, const QDate &today,
                                  const InstrumentCatalogue &catalogue, bool includeUpcoming) {
    beginResetModel();
    m_rows.clear();
    m_today = today;
    for (const FollowUp &followUp : followUps) {
        Row row;
        row.followUp = followUp;
        row.status = followUp.statusOn(today);
        if (row.status == FollowUp::Status::Upcoming && !includeUpcoming)
            continue;
        const InstrumentDefinition *definition = catalogue.find(followUp.instrumentId);
        row.instrumentName = definition ? definition->name : followUp.instrumentId;
        m_rows.append(row);
    }
    endResetModel();
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
    default:
        return QVariant();
    }
}
