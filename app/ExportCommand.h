#pragma once

#include "CliCommand.h"

// `practicecoder export KIND [--out FILE]`: a tidy CSV of one kind of data. Without --out the
// CSV goes to standard output, so it can be piped.
class ExportCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};
