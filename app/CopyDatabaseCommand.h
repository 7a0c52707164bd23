#pragma once

#include "CliCommand.h"

// `practicecoder copy-database --from SRC --to DST`: copies a whole practice database into an
// empty one, between SQLite files and PostgreSQL service databases in either direction. Prints
// each table and how many rows it copied, and that the counts and checksums match; never a
// row's contents.
class CopyDatabaseCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("copy-database"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};
