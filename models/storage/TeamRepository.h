#pragma once

#include "domain/Team.h"

#include <QList>
#include <QString>

#include <optional>

class Database;

// Teams and the service they belong to. A CSV of staff names teams but not services, so new
// teams join the first service, which is created ("Children's services") when there is none.
class TeamRepository {
public:
    explicit TeamRepository(Database &database);

    std::optional<Team> find(qint64 teamId) const;
    std::optional<Team> findByName(const QString &name) const;
    QList<Team> all() const; // by name

    // Single statements: safe alone or inside the caller's transaction.
    qint64 create(const QString &name, const QString &kind);
    void setKind(qint64 teamId, const QString &kind);

private:
    qint64 defaultServiceId();
    static Team fromQuery(const class QSqlQuery &query);

    Database &m_database;
};
