#pragma once

#include "CliCommand.h"

// `practicecoder server create --database postgresql://USER@HOST:PORT/DBNAME`: sets up a service
// database on PostgreSQL (the database, the group roles and the schema), printing what it did.
// Idempotent: a second run prints that nothing changed.
class ServerCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("server"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};
