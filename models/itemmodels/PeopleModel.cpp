#include "PeopleModel.h"

#include "domain/ValueSets.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>

namespace {

constexpr quintptr TeamLevel = 0;

QString isoDate(const QDate &date) {
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// How far a training record goes: MSW beyond MI, completed beyond started. Coaching is extra
// support alongside either, so it does not take part.
int programmeRank(const TrainingRecord &record) {
    int rank = 0;
    if (record.programme == QLatin1String("mi"))
        rank = 1;
    else if (record.programme == QLatin1String("msw"))
        rank = 3;
    else
        return 0;
    return record.completedOn.isValid() ? rank + 1 : rank;
}

const TrainingRecord *furthestTraining(const QList<TrainingRecord> &training) {
    const TrainingRecord *best = nullptr;
    for (const TrainingRecord &record : training) {
        if (programmeRank(record) > (best ? programmeRank(*best) : 0))
            best = &record;
    }
    return best;
}

bool hasCoaching(const QList<TrainingRecord> &training) {
    for (const TrainingRecord &record : training) {
        if (record.programme == QLatin1String("coaching"))
            return true;
    }
    return false;
}

int trainingRank(const QList<TrainingRecord> &training) {
    const TrainingRecord *best = furthestTraining(training);
    return (best ? programmeRank(*best) : 0) * 2 + (hasCoaching(training) ? 1 : 0);
}

QString trainingDetail(const QList<TrainingRecord> &training) {
    QStringList lines;
    for (const TrainingRecord &record : training) {
        QString line = ValueSets::label(record.programme);
        if (!record.cohort.isEmpty())
            line += QCoreApplication::translate("PeopleModel", ", cohort %1").arg(record.cohort);
        line += record.completedOn.isValid()
                    ? QCoreApplication::translate("PeopleModel", ": %1 to %2")
                          .arg(isoDate(record.startedOn), isoDate(record.completedOn))
                    : QCoreApplication::translate("PeopleModel", ": started %1")
                          .arg(isoDate(record.startedOn));
        lines.append(line);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

PeopleModel::PeopleModel(QObject *parent)
    : QAbstractItemModel(parent) {}

QString PeopleModel::trainingSummary(const QList<TrainingRecord> &training) {
    const TrainingRecord *best = furthestTraining(training);
    const bool coaching = hasCoaching(training);
    if (!best)
        return coaching ? tr("Coaching only") : tr("Not trained");
    // The short names social workers use; the tooltip spells the programmes out.
    const QString programme = best->programme == QLatin1String("msw") ? tr("MSW") : tr("MI");
    const QString text =
        best->completedOn.isValid()
            ? tr("%1 completed %2").arg(programme, isoDate(best->completedOn))
            : tr("%1 in training since %2").arg(programme, isoDate(best->startedOn));
    return coaching ? tr("%1 + coaching").arg(text) : text;
}

void PeopleModel::setPeople(const QList<Team> &teams, const QList<PeopleRow> &people) {
    beginResetModel();
    m_people = people;
    m_groups.clear();
    QHash<qint64, qsizetype> groupOfTeam;
    for (const Team &team : teams) {
        groupOfTeam.insert(team.id, m_groups.size());
        m_groups.append(Group{team, {}, {}, 0});
    }
    Group noTeam;
    for (qsizetype i = 0; i < m_people.size(); ++i) {
        const PeopleRow &person = m_people.at(i);
        const auto it = groupOfTeam.constFind(person.currentTeamId);
        Group &group = it == groupOfTeam.constEnd() ? noTeam : m_groups[it.value()];
        group.members.append(i);
        group.codedSessions += person.codedSessions;
        if (person.lastCodedSession.isValid() &&
            (!group.lastCoded.isValid() || person.lastCodedSession > group.lastCoded))
            group.lastCoded = person.lastCodedSession;
    }
    if (!noTeam.members.isEmpty())
        m_groups.append(noTeam);
    endResetModel();
}

QModelIndex PeopleModel::index(int row, int column, const QModelIndex &parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, TeamLevel);
    // A practitioner's index remembers its team's row (plus one, as 0 marks a team).
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex PeopleModel::parent(const QModelIndex &child) const {
    if (!child.isValid() || child.internalId() == TeamLevel)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, TeamLevel);
}

int PeopleModel::rowCount(const QModelIndex &parent) const {
    if (!parent.isValid())
        return static_cast<int>(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != TeamLevel)
        return 0;
    return static_cast<int>(m_groups.at(parent.row()).members.size());
}

int PeopleModel::columnCount(const QModelIndex &) const {
    return ColumnCount;
}

QVariant PeopleModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == TeamLevel)
        return teamData(m_groups.at(index.row()), index.column(), role);
    const Group &group = m_groups.at(static_cast<qsizetype>(index.internalId() - 1));
    return personData(m_people.at(group.members.at(index.row())), index.column(), role);
}

QVariant PeopleModel::teamData(const Group &group, int column, int role) const {
    const bool noTeam = group.team.id == 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return noTeam ? tr("No current team") : group.team.name;
        case RoleColumn:
            return noTeam ? tr("Left, or between teams") : ValueSets::label(group.team.kind);
        case CurrentTeamColumn:
            return group.members.size() == 1 ? tr("1 practitioner")
                                             : tr("%1 practitioners").arg(group.members.size());
        case LastCodedColumn:
            return isoDate(group.lastCoded);
        case CodedSessionsColumn:
            return group.codedSessions;
        default:
            return {};
        }
    case RawValueRole:
        switch (column) {
        case NameColumn:
            // An empty name keeps "No current team" apart from the teams when sorted by name.
            return noTeam ? QString() : group.team.name;
        case RoleColumn:
            return ValueSets::label(group.team.kind);
        case CurrentTeamColumn:
            return static_cast<int>(group.members.size());
        case LastCodedColumn:
            return group.lastCoded;
        case CodedSessionsColumn:
            return group.codedSessions;
        default:
            return QString();
        }
    case Qt::ToolTipRole:
        if (column == NameColumn && !noTeam)
            return tr("%1, %2").arg(group.team.serviceName, ValueSets::label(group.team.kind));
        return {};
    case Qt::TextAlignmentRole:
        if (column == CodedSessionsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IsTeamRole:
        return true;
    case IdRole:
        return group.team.id;
    case IsAgencyRole:
        return false;
    case SearchTextRole:
        return group.team.name;
    default:
        return {};
    }
}

QVariant PeopleModel::personData(const PeopleRow &person, int column, int role) const {
    const Practitioner &p = person.practitioner;
    const bool agency = p.employment == QLatin1String("agency");
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return p.displayName;
        case CodeColumn:
            return p.code;
        case RoleColumn:
            return ValueSets::label(p.role);
        case EmploymentColumn:
            return ValueSets::label(p.employment);
        case CurrentTeamColumn:
            if (!person.currentTeamName.isEmpty())
                return person.currentTeamName;
            return p.leftOn.isValid() ? tr("Left %1").arg(isoDate(p.leftOn)) : tr("None");
        case TrainingColumn:
            return trainingSummary(p.training);
        case LastCodedColumn:
            return person.lastCodedSession.isValid() ? isoDate(person.lastCodedSession)
                                                     : tr("Never coded");
        case CodedSessionsColumn:
            return person.codedSessions;
        default:
            return {};
        }
    case RawValueRole:
        switch (column) {
        case NameColumn:
            return p.displayName;
        case CodeColumn:
            return p.code;
        case RoleColumn:
            return ValueSets::label(p.role);
        case EmploymentColumn:
            return ValueSets::label(p.employment);
        case CurrentTeamColumn:
            return person.currentTeamName;
        case TrainingColumn:
            return trainingRank(p.training);
        case LastCodedColumn:
            return person.lastCodedSession;
        case CodedSessionsColumn:
            return person.codedSessions;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == TrainingColumn && !p.training.isEmpty())
            return trainingDetail(p.training);
        if (column == EmploymentColumn && agency)
            return tr("Agency staff: often not yet trained in Motivational Social Work");
        return {};
    case Qt::ForegroundRole:
        if (column == EmploymentColumn && agency)
            return QColor(0xb4, 0x53, 0x09);
        if (column == LastCodedColumn && !person.lastCodedSession.isValid())
            return QColor(0x6b, 0x72, 0x80);
        return {};
    case Qt::TextAlignmentRole:
        if (column == CodedSessionsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IsTeamRole:
        return false;
    case IdRole:
        return p.id;
    case IsAgencyRole:
        return agency;
    case SearchTextRole:
        return QStringList{p.displayName, p.code, person.currentTeamName}.join(QLatin1Char('\n'));
    default:
        return {};
    }
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= ColumnCount)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Team / practitioner");
    case CodeColumn:
        return tr("Code");
    case RoleColumn:
        return tr("Role");
    case EmploymentColumn:
        return tr("Employment");
    case CurrentTeamColumn:
        return tr("Current team");
    case TrainingColumn:
        return tr("Training");
    case LastCodedColumn:
        return tr("Last coded session");
    case CodedSessionsColumn:
        return tr("Coded sessions");
    default:
        return {};
    }
}
