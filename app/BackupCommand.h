#pragma once

#include "CliCommand.h"

// `practicecoder backup --database PATH --out FILE`: a consistent copy of a database, even one
// that the application or another command has open and is writing to. The copy is written
// beside FILE under a temporary name and renamed into place, so FILE is always a whole
// database: the new copy, or whatever was there before.
class BackupCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};
