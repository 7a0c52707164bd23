#pragma once

#include "domain/Practitioner.h"
#include "domain/Team.h"

#include <QDate>
#include <QList>

class Database;

// A practitioner as the People view lists them: who they are, where they are now, their
// training, and how recently their practice was coded.
struct PeopleRow {
    Practitioner practitioner; // with memberships and training filled in
    qint64 currentTeamId = 0;  // 0 when they have no open team membership
    QString currentTeamName;
    QDate lastCodedSession; // the latest recording with a final coding; null when none
    int codedSessions = 0;  // recordings with at least one final coding
};

// The teams and their practitioners, for the People view. Read-only; throws StorageError.
class PeopleQuery {
public:
    explicit PeopleQuery(const Database &database);

    QList<Team> teams() const;
    QList<PeopleRow> practitioners() const;

private:
    const Database &m_database;
};
