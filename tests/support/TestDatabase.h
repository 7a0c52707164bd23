#pragma once

#include "storage/ConnectionSpec.h"

#include "PostgresTestServer.h"

#include <QString>
#include <QTemporaryDir>
#include <QtGlobal>

#include <stdexcept>

// The one way a test gets a database nobody has used, on the engine this run is for. A test
// registered with `pc_add_test(... ENGINES sqlite postgresql)` runs twice: as NAME on an SQLite
// file in the test's own QTemporaryDir, and as NAME_postgresql (PC_TEST_ENGINE=postgresql) on a
// new, empty database of the run's throw-away PostgreSQL cluster. The test itself is the same.
namespace TestDatabase {

inline bool onPostgres() {
    return qEnvironmentVariable("PC_TEST_ENGINE") == QLatin1String("postgresql");
}

inline QString engineName() {
    return onPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}

// The PostgreSQL server of this process: the run's shared cluster, or, for a test run on its
// own, a cluster started for it and removed when the process ends.
inline PostgresTestServer &postgresServer() {
    static PostgresTestServer server;
    // The test's own databases are dropped as the application object goes, after the test
    // object (and its connections) and before the driver is gone.
    static const bool dropsAtExit = [] {
        qAddPostRoutine([] { postgresServer().dropCreatedDatabases(); });
        return true;
    }();
    Q_UNUSED(dropsAtExit);
    return server;
}

// A new, empty database on that server; returns its URL. The server is thrown away with it.
inline QString freshPostgresUrl() {
    PostgresTestServer &server = postgresServer();
    const QString url = server.isRunning() ? server.freshDatabaseUrl() : QString();
    if (url.isEmpty())
        throw std::runtime_error("no PostgreSQL test database: " + server.problem().toStdString());
    return url;
}

// Where to open a fresh database: the file fileName in dir (SQLite), or a new database's URL.
inline QString freshLocation(const QTemporaryDir &dir, const QString &fileName) {
    return onPostgres() ? freshPostgresUrl() : dir.filePath(fileName);
}

inline ConnectionSpec freshSpec(const QTemporaryDir &dir, const QString &fileName) {
    return *ConnectionSpec::parse(freshLocation(dir, fileName));
}

} // namespace TestDatabase
