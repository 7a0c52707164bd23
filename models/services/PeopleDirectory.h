#pragma once

#include "storage/PeopleQuery.h"

#include <QList>

class Database;

// The teams and the practitioners in them, as the People view lists them: where each person is
// now, their training, and how recently their practice was coded. Read-only.
class PeopleDirectory {
public:
    explicit PeopleDirectory(Database &database);

    struct Listing {
        QList<Team> teams;
        QList<PeopleRow> practitioners;
    };
    // Throws StorageError when the database cannot be read.
    Listing listing() const;

private:
    Database &m_database;
};
