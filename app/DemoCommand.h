#pragma once

#include "CliCommand.h"

// `practicecoder demo --database PATH [--size service|decade] [--seed N]`: fills a new, empty
// database with the deterministic demo data set and copies the demo recordings beside it.
// Refuses a database that already holds data, leaving it untouched.
class DemoCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};
