#pragma once

#include "PostgresTestServer.h"

#include <QTemporaryDir>

#include <memory>

// Where the concurrency tests' processes meet: an SQLite file in `dir`, or a fresh database
// on a throw-away PostgreSQL cluster, started on first use and kept in `server`. Empty, with
// *problem, when no PostgreSQL server could be had.
inline QString sharedDatabase(bool postgres, const QTemporaryDir &dir,
                              std::unique_ptr<PostgresTestServer> &server, QString *problem) {
    if (!postgres)
        return dir.filePath(QStringLiteral("shared.sqlite"));
    if (!server)
        server = std::make_unique<PostgresTestServer>();
    const QString url = server->isRunning() ? server->freshDatabaseUrl() : QString();
    if (url.isEmpty())
        *problem = server->problem();
    return url;
}
