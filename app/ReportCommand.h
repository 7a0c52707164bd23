#pragma once

#include "CliCommand.h"

// `practicecoder report --scope ... --quarter YYYY-Qn | --from DATE --to DATE --out FILE`:
// a Practice Report as PDF or tidy CSV, for scheduled quarterly runs. Drawing the PDF's charts
// needs a QApplication, so needsGui() is true; main() makes it offscreen without a display.
class ReportCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
    bool needsGui() const override { return true; }
};
