#include "PeopleQuery.h"

#include "Database.h"
#include "SqlDialect.h"

#include <QHash>
#include <QSqlQuery>

PeopleQuery::PeopleQuery(const Database &database)
    : m_database(database) {}

QList<Team> PeopleQuery::teams() const {
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT t.id, t.service_id, s.name, t.name, t.kind, t.version "
                       "FROM teams t JOIN services s ON s.id = t.service_id "
                       "ORDER BY %1, %2")
            .arg(m_database.dialect().bytewiseOrder(QStringLiteral("s.name")),
                 m_database.dialect().bytewiseOrder(QStringLiteral("t.name"))));
    query.setForwardOnly(true);
    Database::exec(query, QStringLiteral("Could not read the teams"));
    QList<Team> teams;
    while (Database::next(query)) {
        Team team;
        team.id = query.value(0).toLongLong();
        team.serviceId = query.value(1).toLongLong();
        team.serviceName = query.value(2).toString();
        team.name = query.value(3).toString();
        team.kind = query.value(4).toString();
        team.version = query.value(5).toInt();
        teams.append(team);
    }
    return teams;
}

QList<PeopleRow> PeopleQuery::practitioners() const {
    QList<PeopleRow> rows;
    QHash<qint64, qsizetype> indexById;

    // A session counts as coded once any of its codings is final.
    QSqlQuery people = m_database.prepare(
        QStringLiteral(
            "SELECT p.id, p.code, p.display_name, p.role, p.employment, p.left_on, p.version, "
            "       coded.last_on, COALESCE(coded.sessions, 0) "
            "FROM practitioners p "
            "LEFT JOIN (SELECT r.practitioner_id, MAX(r.recorded_on) AS last_on, "
            "                  COUNT(*) AS sessions "
            "           FROM recordings r "
            "           WHERE EXISTS (SELECT 1 FROM codings c "
            "                         WHERE c.recording_id = r.id AND c.status = 'final') "
            "           GROUP BY r.practitioner_id) coded ON coded.practitioner_id = p.id "
            "ORDER BY %1, %2")
            .arg(m_database.dialect().bytewiseOrder(QStringLiteral("p.display_name")),
                 m_database.dialect().bytewiseOrder(QStringLiteral("p.code"))));
    people.setForwardOnly(true);
    Database::exec(people, QStringLiteral("Could not read the practitioners"));
    while (Database::next(people)) {
        PeopleRow row;
        Practitioner &p = row.practitioner;
        p.id = people.value(0).toLongLong();
        p.code = people.value(1).toString();
        p.displayName = people.value(2).toString();
        p.role = people.value(3).toString();
        p.employment = people.value(4).toString();
        p.leftOn = QDate::fromString(people.value(5).toString(), Qt::ISODate);
        p.version = people.value(6).toInt();
        row.lastCodedSession = QDate::fromString(people.value(7).toString(), Qt::ISODate);
        row.codedSessions = people.value(8).toInt();
        indexById.insert(p.id, rows.size());
        rows.append(row);
    }

    QSqlQuery memberships = m_database.prepare(
        QStringLiteral("SELECT m.id, m.practitioner_id, m.team_id, t.name, m.from_date, m.to_date "
                       "FROM team_memberships m JOIN teams t ON t.id = m.team_id "
                       "ORDER BY m.practitioner_id, m.from_date"));
    memberships.setForwardOnly(true);
    Database::exec(memberships, QStringLiteral("Could not read the team memberships"));
    const QDate today = QDate::currentDate();
    while (Database::next(memberships)) {
        const auto it = indexById.constFind(memberships.value(1).toLongLong());
        if (it == indexById.constEnd())
            continue;
        PeopleRow &row = rows[it.value()];
        TeamMembership membership;
        membership.id = memberships.value(0).toLongLong();
        membership.teamId = memberships.value(2).toLongLong();
        membership.teamName = memberships.value(3).toString();
        membership.fromDate = QDate::fromString(memberships.value(4).toString(), Qt::ISODate);
        membership.toDate = QDate::fromString(memberships.value(5).toString(), Qt::ISODate);
        row.practitioner.memberships.append(membership);
        // Ordered by start date, so the last open membership seen is the current one.
        const bool open = !membership.toDate.isValid() || membership.toDate >= today;
        if (open && membership.fromDate <= today) {
            row.currentTeamId = membership.teamId;
            row.currentTeamName = membership.teamName;
        }
    }

    // Someone who has left the service has no current team, whatever the memberships say.
    for (PeopleRow &row : rows) {
        if (row.practitioner.leftOn.isValid() && row.practitioner.leftOn <= today) {
            row.currentTeamId = 0;
            row.currentTeamName.clear();
        }
    }

    QSqlQuery training = m_database.prepare(
        QStringLiteral("SELECT id, practitioner_id, programme, cohort, started_on, completed_on "
                       "FROM practitioner_training ORDER BY practitioner_id, started_on"));
    training.setForwardOnly(true);
    Database::exec(training, QStringLiteral("Could not read the training records"));
    while (Database::next(training)) {
        const auto it = indexById.constFind(training.value(1).toLongLong());
        if (it == indexById.constEnd())
            continue;
        TrainingRecord record;
        record.id = training.value(0).toLongLong();
        record.programme = training.value(2).toString();
        record.cohort = training.value(3).toString();
        record.startedOn = QDate::fromString(training.value(4).toString(), Qt::ISODate);
        record.completedOn = QDate::fromString(training.value(5).toString(), Qt::ISODate);
        rows[it.value()].practitioner.training.append(record);
    }
    return rows;
}
