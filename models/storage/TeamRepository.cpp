#include "TeamRepository.h"

#include "Database.h"
#include "SqlDialect.h"
#include "SqlValues.h"

namespace {
const QString teamColumns =
    QStringLiteral("SELECT t.id, t.service_id, s.name, t.name, t.kind, t.version FROM teams t "
                   "JOIN services s ON s.id = t.service_id ");
}

TeamRepository::TeamRepository(Database &database)
    : m_database(database) {}

Team TeamRepository::fromQuery(const QSqlQuery &query) {
    Team team;
    team.id = query.value(0).toLongLong();
    team.serviceId = query.value(1).toLongLong();
    team.serviceName = query.value(2).toString();
    team.name = query.value(3).toString();
    team.kind = query.value(4).toString();
    team.version = query.value(5).toInt();
    return team;
}

std::optional<Team> TeamRepository::find(qint64 teamId) const {
    QSqlQuery query = m_database.prepare(teamColumns + QStringLiteral("WHERE t.id = ?"));
    query.addBindValue(teamId);
    Database::exec(query, QStringLiteral("Could not look up a team"));
    if (!Database::next(query))
        return std::nullopt;
    return fromQuery(query);
}

std::optional<Team> TeamRepository::findByName(const QString &name) const {
    QSqlQuery query = m_database.prepare(teamColumns + QStringLiteral("WHERE t.name = ?"));
    query.addBindValue(name.trimmed());
    Database::exec(query, QStringLiteral("Could not look up a team"));
    if (!Database::next(query))
        return std::nullopt;
    return fromQuery(query);
}

QList<Team> TeamRepository::all() const {
    QSqlQuery query =
        m_database.prepare(teamColumns + QStringLiteral("ORDER BY ") +
                           m_database.dialect().bytewiseOrder(QStringLiteral("t.name")));
    Database::exec(query, QStringLiteral("Could not list the teams"));
    QList<Team> teams;
    while (Database::next(query))
        teams.append(fromQuery(query));
    return teams;
}

qint64 TeamRepository::defaultServiceId() {
    QSqlQuery query = m_database.prepare(QStringLiteral("SELECT MIN(id) FROM services"));
    Database::exec(query, QStringLiteral("Could not look up the service"));
    if (query.next() && !query.value(0).isNull())
        return query.value(0).toLongLong();
    QSqlQuery insert =
        m_database.prepare(QStringLiteral("INSERT INTO services (name) VALUES (?) RETURNING id"));
    insert.addBindValue(QStringLiteral("Children's services"));
    return SqlValues::insertReturningId(insert, QStringLiteral("Could not add the service"));
}

qint64 TeamRepository::create(const QString &name, const QString &kind) {
    const qint64 serviceId = defaultServiceId();
    QSqlQuery insert = m_database.prepare(
        QStringLiteral("INSERT INTO teams (service_id, name, kind) VALUES (?, ?, ?) RETURNING id"));
    insert.addBindValue(serviceId);
    insert.addBindValue(name.trimmed());
    insert.addBindValue(kind);
    return SqlValues::insertReturningId(insert,
                                        QStringLiteral("Could not add the team %1").arg(name));
}

void TeamRepository::setKind(qint64 teamId, const QString &kind) {
    QSqlQuery update = m_database.prepare(
        QStringLiteral("UPDATE teams SET kind = ?, version = version + 1 WHERE id = ?"));
    update.addBindValue(kind);
    update.addBindValue(teamId);
    Database::exec(update, QStringLiteral("Could not change the team"));
}
