#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

// Applies the numbered SQL migrations embedded from resources/schema/ in order, one
// transaction per step, recording each applied version in `schema_migrations`.
//
// One numbered sequence serves every engine. Most steps are portable SQL; where PostgreSQL must
// be told something differently (identity columns), resources/schema/postgresql/NNN_name.sql
// replaces the portable step of the same number on that engine. PostgreSQL's DDL is
// transactional, so a client killed part-way through a step leaves none of it behind.
class SchemaMigrator {
public:
    enum class Engine { Sqlite, Postgres };

    struct Migration {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    // The migrations shipped with this build for the engine, sorted by version. Every engine
    // has the same versions; only the file of a step may differ.
    static QList<Migration> available(Engine engine = Engine::Sqlite);
    // The engine a connection speaks to.
    static Engine engineOf(const QSqlDatabase &db);
    // The newest schema version this build understands.
    static int latestVersion();
    // The version recorded in the database, 0 for an empty database.
    static int currentVersion(QSqlDatabase db);
    // Splits a migration script into statements (a semicolon at the end of a line ends one).
    static QStringList splitStatements(const QString &script);

    // Brings the database up to latestVersion(). Throws StorageError.
    static void migrate(QSqlDatabase db);
};
