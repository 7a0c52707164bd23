#include "ServiceDatabaseSetup.h"

#include "storage/Database.h"
#include "storage/PostgresServer.h"
#include "storage/SchemaMigrator.h"
#include "storage/StorageError.h"

QStringList ServiceDatabaseSetup::Outcome::lines() const {
    QStringList out;
    if (databaseCreated)
        out.append(QStringLiteral("Created the database %1.").arg(database));
    if (!rolesCreated.isEmpty())
        out.append(QStringLiteral("Created the group roles %1.")
                       .arg(rolesCreated.join(QStringLiteral(", "))));
    if (versionBefore != versionAfter)
        out.append(versionBefore == 0
                       ? QStringLiteral("Created the schema at version %1.").arg(versionAfter)
                       : QStringLiteral("Upgraded the schema from version %1 to version %2.")
                             .arg(versionBefore)
                             .arg(versionAfter));
    if (!changedAnything())
        out.append(QStringLiteral("Nothing changed: %1 already has the group roles and the "
                                  "schema at version %2.")
                       .arg(database)
                       .arg(versionAfter));
    return out;
}

ServiceDatabaseSetup::Outcome ServiceDatabaseSetup::create(const ConnectionSpec &spec) {
    if (!spec.isPostgres())
        throw StorageError(StorageError::Kind::Invalid,
                           QStringLiteral("server create sets up a service database on "
                                          "PostgreSQL: give --database a postgresql:// address."));
    Outcome outcome;
    outcome.database = spec.displayName();
    {
        PostgresServer server(spec);
        server.connectToMaintenanceDatabase();
        if (!server.databaseExists()) {
            server.createDatabase();
            outcome.databaseCreated = true;
        }
        // Roles belong to the whole server, not to one database.
        for (const QString &role : server.missingGroupRoles()) {
            server.createGroupRole(role);
            outcome.rolesCreated.append(role);
        }
    }
    {
        // Read before migrating, so the outcome can say what the migration did.
        Database inspect;
        inspect.open(spec, Database::Mode::Inspect);
        outcome.versionBefore = inspect.schemaVersion();
    }
    Database database;
    database.open(spec, Database::Mode::ExistingOnly);
    outcome.versionAfter = database.schemaVersion();
    return outcome;
}
