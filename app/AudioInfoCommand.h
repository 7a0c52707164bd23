#pragma once

#include "CliCommand.h"

// `practicecoder audio-info FILE [--waveform]`: one JSON object describing a recording
// (duration_ms, sample_rate, channels, codec, sha256), for scripts and for checking a batch of
// files before an evaluator opens them. --waveform also times a full peak build (no cache).
class AudioInfoCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("audio-info"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};
