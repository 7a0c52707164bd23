#include "AudioProbe.h"

#include "FfmpegInput.h"
#include "TimeText.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <algorithm>

extern "C" {
#include <libavutil/frame.h>
}

bool AudioProbe::probe(const QString &path, AudioFileInfo *info, QString *error, Hash hash,
                       EndCheck endCheck) {
    FfmpegInput input;
    if (!input.open(path, error))
        return false;
    AudioFileInfo result;
    result.path = path;
    result.durationMs = input.durationMs();
    result.sampleRate = input.sampleRate();
    result.channels = input.channels();
    result.codec = input.codecName();
    result.codecLongName = input.codecLongName();

    // A file that opens may still hold no decodable audio at all (a header and nothing else).
    if (input.nextFrame() != FfmpegInput::Status::Frame) {
        if (error)
            *error = tr("The recording %1 is damaged or cut short: no sound could be read "
                        "from it.")
                         .arg(QDir::toNativeSeparators(path));
        return false;
    }
    // A copy cut short keeps the header of the whole file, so the declared length runs past the
    // data. Look for audio just before the declared end: a whole file has it.
    if (endCheck == EndCheck::Check && result.durationMs > 4000) {
        const qint64 probeAt = result.durationMs - 3000;
        bool reached = false;
        if (input.seekBefore(probeAt)) {
            // Seek points in VBR files are approximate, so allow some slack; a failed seek
            // leaves us near the start, which counts as not reached.
            const qint64 slack = std::max<qint64>(1500, result.durationMs / 50);
            reached = input.nextFrame() == FfmpegInput::Status::Frame &&
                      input.frameStartMs() >= probeAt - slack;
        }
        if (!reached) {
            result.truncated = true;
            result.warning =
                tr("The recording %1 appears to be cut short: it is shorter than "
                   "its header says (%2). It will play up to where it breaks.")
                    .arg(QDir::toNativeSeparators(path), TimeText::format(result.durationMs));
        }
    }
    if (hash == Hash::Compute) {
        result.sha256 = sha256(path, error);
        if (result.sha256.isEmpty())
            return false;
    }
    if (info)
        *info = result;
    return true;
}

QString AudioProbe::sha256(const QString &path, QString *error, const std::atomic_bool *cancel) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The recording %1 cannot be read: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return {};
        const qint64 n = file.read(block.data(), block.size());
        if (n < 0) {
            if (error)
                *error = tr("The recording %1 could not be read to the end: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString());
            return {};
        }
        if (n == 0)
            break;
        hash.addData(QByteArrayView(block.constData(), n));
    }
    return QString::fromLatin1(hash.result().toHex());
}
