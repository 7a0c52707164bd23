#pragma once

#include "CliCommand.h"

// `practicecoder import KIND FILE.csv`: an all-or-nothing CSV import. Each kind (staff,
// codings, measures) is one importer in models/; this class only parses and reports.
class ImportCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};
