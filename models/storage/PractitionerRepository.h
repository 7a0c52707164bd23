#pragma once

#include "domain/Practitioner.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class Database;

// Practitioners and their team history. Moving a practitioner to a new team closes the open
// membership and opens another, so the team at the time of an old recording stays as it was.
// Every method is one or two statements; callers that change several things hold the
// transaction.
class PractitionerRepository {
public:
    explicit PractitionerRepository(Database &database);

    std::optional<Practitioner> find(qint64 practitionerId) const;
    std::optional<Practitioner> findByCode(const QString &code) const;
    // Everyone, by code, with their memberships (for pickers).
    QList<Practitioner> all() const;

    qint64 create(const Practitioner &practitioner);
    // Name, role and employment; bumps the version.
    void update(const Practitioner &practitioner);

    // The open membership, if any.
    std::optional<TeamMembership> currentMembership(qint64 practitionerId) const;
    // Closes the open membership on `fromDate` and opens one in `teamId` from that date.
    void moveToTeam(qint64 practitionerId, qint64 teamId, const QDate &fromDate);
    // The team the practitioner was in on `date`: the membership covering it, else the
    // current one, else 0.
    qint64 teamOn(qint64 practitionerId, const QDate &date) const;

private:
    QList<TeamMembership> memberships(qint64 practitionerId) const;
    std::optional<Practitioner> findWhere(const QString &where, const QVariant &value) const;

    Database &m_database;
};
