#pragma once

#include "CliCommand.h"

// `practicecoder check --database PATH`: runs SQLite's integrity and foreign-key checks on a
// database without changing it, reports what it finds, and exits 0 only when both are clean.
class CheckCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};
