#include "PractitionerRepository.h"

#include "Database.h"
#include "SqlDialect.h"
#include "SqlValues.h"

namespace {

const QString practitionerColumns = QStringLiteral(
    "SELECT id, code, display_name, role, employment, left_on, version FROM practitioners ");

Practitioner practitionerFrom(const QSqlQuery &query) {
    Practitioner practitioner;
    practitioner.id = query.value(0).toLongLong();
    practitioner.code = query.value(1).toString();
    practitioner.displayName = query.value(2).toString();
    practitioner.role = query.value(3).toString();
    practitioner.employment = query.value(4).toString();
    practitioner.leftOn = SqlValues::toDate(query.value(5));
    practitioner.version = query.value(6).toInt();
    return practitioner;
}

} // namespace

PractitionerRepository::PractitionerRepository(Database &database)
    : m_database(database) {}

QList<TeamMembership> PractitionerRepository::memberships(qint64 practitionerId) const {
    QSqlQuery query = m_database.prepare(QStringLiteral(
        "SELECT m.id, m.team_id, t.name, m.from_date, m.to_date FROM team_memberships m "
        "JOIN teams t ON t.id = m.team_id WHERE m.practitioner_id = ? "
        "ORDER BY m.from_date, m.id"));
    query.addBindValue(practitionerId);
    Database::exec(query, QStringLiteral("Could not read the team history"));
    QList<TeamMembership> result;
    while (Database::next(query)) {
        TeamMembership membership;
        membership.id = query.value(0).toLongLong();
        membership.teamId = query.value(1).toLongLong();
        membership.teamName = query.value(2).toString();
        membership.fromDate = SqlValues::toDate(query.value(3));
        membership.toDate = SqlValues::toDate(query.value(4));
        result.append(membership);
    }
    return result;
}

std::optional<Practitioner> PractitionerRepository::findWhere(const QString &where,
                                                              const QVariant &value) const {
    QSqlQuery query = m_database.prepare(practitionerColumns + where);
    query.addBindValue(value);
    Database::exec(query, QStringLiteral("Could not look up a practitioner"));
    if (!Database::next(query))
        return std::nullopt;
    Practitioner practitioner = practitionerFrom(query);
    practitioner.memberships = memberships(practitioner.id);
    return practitioner;
}

std::optional<Practitioner> PractitionerRepository::find(qint64 practitionerId) const {
    return findWhere(QStringLiteral("WHERE id = ?"), practitionerId);
}

std::optional<Practitioner> PractitionerRepository::findByCode(const QString &code) const {
    return findWhere(QStringLiteral("WHERE code = ?"), code.trimmed());
}

QList<Practitioner> PractitionerRepository::all() const {
    QSqlQuery query =
        m_database.prepare(practitionerColumns + QStringLiteral("ORDER BY ") +
                           m_database.dialect().bytewiseOrder(QStringLiteral("code")));
    Database::exec(query, QStringLiteral("Could not list the practitioners"));
    QList<Practitioner> result;
    while (Database::next(query))
        result.append(practitionerFrom(query));
    for (Practitioner &practitioner : result)
        practitioner.memberships = memberships(practitioner.id);
    return result;
}

qint64 PractitionerRepository::create(const Practitioner &practitioner) {
    QSqlQuery insert = m_database.prepare(
        QStringLiteral("INSERT INTO practitioners (code, display_name, role, employment, left_on) "
                       "VALUES (?, ?, ?, ?, ?) RETURNING id"));
    insert.addBindValue(practitioner.code.trimmed());
    insert.addBindValue(practitioner.displayName.trimmed());
    insert.addBindValue(practitioner.role);
    insert.addBindValue(practitioner.employment);
    insert.addBindValue(SqlValues::date(practitioner.leftOn));
    return SqlValues::insertReturningId(
        insert, QStringLiteral("Could not add the practitioner %1").arg(practitioner.code));
}

void PractitionerRepository::update(const Practitioner &practitioner) {
    QSqlQuery update = m_database.prepare(
        QStringLiteral("UPDATE practitioners SET display_name = ?, role = ?, employment = ?, "
                       "version = version + 1 WHERE id = ?"));
    update.addBindValue(practitioner.displayName.trimmed());
    update.addBindValue(practitioner.role);
    update.addBindValue(practitioner.employment);
    update.addBindValue(practitioner.id);
    Database::exec(update,
                   QStringLiteral("Could not change the practitioner %1").arg(practitioner.code));
}

std::optional<TeamMembership>
PractitionerRepository::currentMembership(qint64 practitionerId) const {
    const QList<TeamMembership> all = memberships(practitionerId);
    for (auto it = all.crbegin(); it != all.crend(); ++it) {
        if (!it->toDate.isValid())
            return *it;
    }
    return std::nullopt;
}

void PractitionerRepository::moveToTeam(qint64 practitionerId, qint64 teamId,
                                        const QDate &fromDate) {
    QSqlQuery close = m_database.prepare(
        QStringLiteral("UPDATE team_memberships SET to_date = ?, version = version + 1 "
                       "WHERE practitioner_id = ? AND to_date IS NULL"));
    close.addBindValue(SqlValues::date(fromDate));
    close.addBindValue(practitionerId);
    Database::exec(close, QStringLiteral("Could not close the current team membership"));
    QSqlQuery open = m_database.prepare(
        QStringLiteral("INSERT INTO team_memberships (practitioner_id, team_id, from_date) "
                       "VALUES (?, ?, ?)"));
    open.addBindValue(practitionerId);
    open.addBindValue(teamId);
    open.addBindValue(SqlValues::date(fromDate));
    Database::exec(open, QStringLiteral("Could not add the team membership"));
}

qint64 PractitionerRepository::teamOn(qint64 practitionerId, const QDate &date) const {
    const QList<TeamMembership> all = memberships(practitionerId);
    for (const TeamMembership &membership : all) {
        if (membership.fromDate <= date &&
            (!membership.toDate.isValid() || date < membership.toDate))
            return membership.teamId;
    }
    if (const auto current = currentMembership(practitionerId))
        return current->teamId;
    return all.isEmpty() ? 0 : all.constLast().teamId;
}
