#include "AudioProbe.h"

#include "FfmpegInput.h"
#include "TimeText.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <cstring>

namespace {

quint32 littleEndian32(const char *bytes) {
    const auto *b = reinterpret_cast<const uchar *>(bytes);
    return quint32(b[0]) | quint32(b[1]) << 8 | quint32(b[2]) << 16 | quint32(b[3]) << 24;
}

// A WAV's data chunk says how many bytes of sound follow; a copy cut short holds fewer.
bool wavCutShort(QFile &file, qint64 *declaredMs) {
    char riff[12];
    if (file.read(riff, 12) != 12 || memcmp(riff, "RIFF", 4) != 0 ||
        memcmp(riff + 8, "WAVE", 4) != 0)
        return false;
    quint32 byteRate = 0;
    for (;;) {
        char chunk[8];
        if (file.read(chunk, 8) != 8)
            return false;
        const quint32 size = littleEndian32(chunk + 4);
        if (memcmp(chunk, "fmt ", 4) == 0 && size >= 16) {
            char format[16];
            if (file.read(format, 16) != 16)
                return false;
            byteRate = littleEndian32(format + 8);
            file.seek(file.pos() + size - 16 + (size & 1));
            continue;
        }
        if (memcmp(chunk, "data", 4) == 0) {
            // 0 and 0xFFFFFFFF mean "not known" in WAVs written while recording.
            if (size == 0 || size == 0xFFFFFFFFu || qint64(size) <= file.size() - file.pos())
                return false;
            if (byteRate > 0)
                *declaredMs = qint64(size) * 1000 / byteRate;
            return true;
        }
        if (!file.seek(file.pos() + size + (size & 1)))
            return false;
    }
}

// An Ogg stream ends with a whole page flagged "end of stream"; a copy cut short ends part-way
// through a page, or on a page without the flag.
bool oggCutShort(QFile &file) {
    char magic[4];
    if (file.read(magic, 4) != 4 || memcmp(magic, "OggS", 4) != 0)
        return false;
    // A page is at most 27 + 255 + 255 * 255 bytes.
    const qint64 tailSize = std::min<qint64>(file.size(), 27 + 255 + 255 * 255);
    file.seek(file.size() - tailSize);
    const QByteArray tail = file.read(tailSize);
    for (qsizetype at = tail.lastIndexOf("OggS"); at >= 0;
         at = at > 0 ? tail.lastIndexOf("OggS", at - 1) : -1) {
        if (at + 27 > tail.size() || tail.at(at + 4) != 0)
            continue;
        const int segments = uchar(tail.at(at + 26));
        if (at + 27 + segments > tail.size())
            continue;
        qint64 body = 0;
        for (int i = 0; i < segments; ++i)
            body += uchar(tail.at(at + 27 + i));
        if (at + 27 + segments + body == tail.size())
            return (uchar(tail.at(at + 5)) & 0x04) == 0;
    }
    return true; // no page ends where the file does
}

} // namespace

bool AudioProbe::containerCutShort(const QString &path, qint64 *declaredMs) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    if (wavCutShort(file, declaredMs))
        return true;
    file.seek(0);
    return oggCutShort(file);
}

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
    result.creationTimeTag = input.tag("creation_time");
    result.dateTag = input.tag("date");

    // A file that opens may still hold no decodable audio at all (a header and nothing else).
    if (input.nextFrame() != FfmpegInput::Status::Frame) {
        if (error)
            *error = tr("The recording %1 is damaged or cut short: no sound could be read "
                        "from it.")
                         .arg(QDir::toNativeSeparators(path));
        return false;
    }
    // FFmpeg measures a WAV or Ogg by the bytes it finds, so a copy cut short looks whole to it;
    // the container's own header (or last page) says otherwise.
    if (containerCutShort(path, &result.declaredMs))
        result.truncated = true;
    // A copy cut short keeps the header of the whole file, so the declared length runs past the
    // data. Read the packets to the end: the last one's time is where the sound stops.
    if (endCheck == EndCheck::Check) {
        result.soundEndMs = input.scanToEndMs();
        const qint64 slack = std::max<qint64>(1500, result.durationMs / 50);
        if (!result.truncated && result.soundEndMs >= 0 && result.durationMs > 0 &&
            result.soundEndMs < result.durationMs - slack) {
            result.truncated = true;
            result.declaredMs = result.durationMs;
        }
        // The stored length is what can be played, not what the header hoped for.
        if (result.truncated && result.soundEndMs >= 0 && result.soundEndMs < result.durationMs)
            result.durationMs = result.soundEndMs;
    }
    if (result.truncated) {
        result.warning =
            result.declaredMs > 0
                ? tr("The recording %1 appears to be cut short: it is shorter than its header "
                     "says (%2). It will play up to where it breaks.")
                      .arg(QDir::toNativeSeparators(path), TimeText::format(result.declaredMs))
                : tr("The recording %1 appears to be cut short: the file stops part-way "
                     "through. It will play up to where it breaks.")
                      .arg(QDir::toNativeSeparators(path));
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

QString AudioProbe::soundStops(const AudioFileInfo &info) {
    if (!info.truncated)
        return {};
    if (info.declaredMs > info.durationMs)
        return tr("Sound stops at %1 although the file says %2.")
            .arg(TimeText::compact(info.durationMs), TimeText::compact(info.declaredMs));
    return tr("Sound stops at %1: the file ends part-way through.")
        .arg(TimeText::compact(info.durationMs));
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
