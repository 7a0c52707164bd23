#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

// Applies the numbered SQL migrations embedded from resources/schema/ in order, one
// transaction per step, recording each applied version in `schema_migrations`.
class SchemaMigrator {
public:
    struct Migration {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    // The migrations shipped with this build, sorted by version.
    static QList<Migration> available();
    // The newest schema version this build understands.
    static int latestVersion();
    // The version recorded in the database, 0 for an empty database.
    static int currentVersion(QSqlDatabase db);
    // Splits a migration script into statements (a semicolon at the end of a line ends one).
    static QStringList splitStatements(const QString &script);

    // Brings the database up to latestVersion(). Throws StorageError.
    static void migrate(QSqlDatabase db);
};
