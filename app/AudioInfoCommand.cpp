#include "AudioInfoCommand.h"

#include "audio/AudioProbe.h"
#include "audio/PeakPyramid.h"
#include "audio/WaveformBuilder.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

QString AudioInfoCommand::summary() const {
    return QStringLiteral("Describe a recording as JSON (duration, sample rate, channels, codec, "
                          "SHA-256).");
}

int AudioInfoCommand::run(const QStringList &arguments) {
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Show this help.")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("waveform"),
        QStringLiteral("Also build the waveform peaks (without the cache) and report the time "
                       "taken as waveform_ms.")));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The recording."));
    const QString usage = QStringLiteral("practicecoder audio-info FILE [--waveform]");
    int exitCode = 0;
    if (!parseArguments(parser, arguments, usage, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err() << "practicecoder audio-info: give exactly one recording. Usage: " << usage
              << Qt::endl;
        return UsageError;
    }
    const QString path = positional.constFirst();

    AudioFileInfo info;
    QString error;
    if (!AudioProbe::probe(path, &info, &error, AudioProbe::Hash::Compute))
        return fail(error);

    QJsonObject json;
    json.insert(QStringLiteral("duration_ms"), info.durationMs);
    json.insert(QStringLiteral("sample_rate"), info.sampleRate);
    json.insert(QStringLiteral("channels"), info.channels);
    json.insert(QStringLiteral("codec"), info.codec);
    json.insert(QStringLiteral("sha256"), info.sha256);
    json.insert(QStringLiteral("cut_short"), info.truncated);
    if (info.truncated) {
        if (info.declaredMs > 0)
            json.insert(QStringLiteral("declared_duration_ms"), info.declaredMs);
        json.insert(QStringLiteral("warning"), info.warning);
    }
    if (parser.isSet(QStringLiteral("waveform"))) {
        PeakPyramid peaks;
        QElapsedTimer timer;
        timer.start();
        if (!WaveformBuilder::build(path, &peaks, &error))
            return fail(error);
        json.insert(QStringLiteral("waveform_ms"), timer.elapsed());
    }
    out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << Qt::endl;
    return 0;
}
