#pragma once

#include "CliCommand.h"

// `practicecoder reliability [--from DATE --to DATE] [--out FILE]`: the inter-rater reliability
// table (ICC, weighted kappa, Krippendorff's alpha, agreement) over double-coded recordings.
class ReliabilityCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("reliability"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};
