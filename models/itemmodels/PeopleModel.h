#pragma once

#include "domain/Team.h"
#include "storage/PeopleQuery.h"

#include <QAbstractItemModel>
#include <QList>

// Teams and the practitioners currently in them, as a two-level tree: each team is a top-level
// row, its practitioners are its children. Practitioners with no current team (they have left,
// or their membership has ended) are gathered under a last "No current team" row. Display text
// is made on request from the stored keys; RawValueRole gives values to sort by.
class PeopleModel : public QAbstractItemModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        CodeColumn,
        RoleColumn,
        EmploymentColumn,
        CurrentTeamColumn,
        TrainingColumn,
        LastCodedColumn,
        CodedSessionsColumn,
        ColumnCount
    };

    enum Role {
        RawValueRole = Qt::UserRole + 1,
        IsTeamRole,   // true on team rows
        IdRole,       // the team's or the practitioner's id (0 for "No current team")
        IsAgencyRole, // true for agency practitioners
        SearchTextRole,
    };

    explicit PeopleModel(QObject *parent = nullptr);

    void setPeople(const QList<Team> &teams, const QList<PeopleRow> &people);
    int teamRowCount() const { return static_cast<int>(m_groups.size()); }
    int practitionerCount() const { return static_cast<int>(m_people.size()); }

    // "MSW completed 2025-03-01 + coaching", "MI in training since 2025-09-01", "Not trained".
    static QString trainingSummary(const QList<TrainingRecord> &training);

    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Group {
        Team team;                // id 0 for "No current team"
        QList<qsizetype> members; // indexes into m_people
        QDate lastCoded;
        int codedSessions = 0;
    };

    QVariant teamData(const Group &group, int column, int role) const;
    QVariant personData(const PeopleRow &person, int column, int role) const;

    QList<Group> m_groups;
    QList<PeopleRow> m_people;
};
