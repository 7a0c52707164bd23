#pragma once

#include "storage/ConnectionSpec.h"

#include <QString>
#include <QStringList>

// Setting up a service database on PostgreSQL (`practicecoder server create`), run by someone
// whose server role may create databases and roles: the database when it is missing, the group
// roles that people's logins will join (one per job), and the schema at the latest version.
// Running it again changes nothing; on a database of an older schema it upgrades it, and one of
// a newer schema is refused as on SQLite.
class ServiceDatabaseSetup {
public:
    struct Outcome {
        QString database; // the database's display name (never a password)
        bool databaseCreated = false;
        QStringList rolesCreated; // the group roles that were missing
        int versionBefore = 0;    // 0 for a database with no schema yet
        int versionAfter = 0;

        bool changedAnything() const {
            return databaseCreated || !rolesCreated.isEmpty() || versionBefore != versionAfter;
        }
        // What was done, one plain line per step, for the command line.
        QStringList lines() const;
    };

    // Throws StorageError with one plain sentence when something cannot be done; whatever was
    // done before that stays done (each step is whole on its own).
    static Outcome create(const ConnectionSpec &spec);
};
