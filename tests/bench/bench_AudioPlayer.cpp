// Player benchmarks (run by `make bench`, never by ctest). Prints figures and ratios against a
// reference measured in the same run; nothing here asserts a time.
//
//   1. waveform build of a 60-minute speech-like MP3 vs `ffmpeg -i FILE -f null -`
//   2. opening a 2-hour file until the first audio buffer reaches the sink
//   3. reopening with cached peaks until the waveform is complete
//   4. peak resident memory while playing a 2-hour file with its waveform shown
//   5. the first far seek (to 90:00) in the 2-hour MP3 once its waveform is cached, and where
//      it lands

#include "PeakMemory.h"
#include "audio/AudioDecoder.h"
#include "audio/NullSink.h"
#include "audio/PeakCache.h"
#include "audio/PeakPyramid.h"
#include "audio/PlaybackEngine.h"
#include "audio/WaveformBuilder.h"
#include "player/PlayerWidget.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <cstdio>
#include <vector>

namespace {

QTextStream &out() {
    static QTextStream stream(stdout);
    return stream;
}

bool run(const QString &program, const QStringList &arguments, int timeoutMs = 600000) {
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitCode() != 0) {
        out() << "failed: " << program << ' ' << arguments.join(QLatin1Char(' ')) << '\n'
              << process.readAllStandardError() << Qt::endl;
        return false;
    }
    return true;
}

// Speech-like: pink noise shaped into syllables (about 4 a second), phrases of a few seconds
// with pauses between, and a slow drift in loudness, as two people talking in a room.
bool makeSpeechLike(const QString &path, int seconds) {
    const QString envelope = QStringLiteral(
        "volume='(0.55+0.45*sin(2*PI*4.1*t))*gt(sin(2*PI*0.23*t)+0.4*sin(2*PI*0.071*t)\\,-0.3)"
        "*(0.5+0.4*sin(2*PI*0.013*t))':eval=frame");
    return run(QStringLiteral("ffmpeg"),
               {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
                QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                QStringLiteral("anoisesrc=color=pink:sample_rate=44100:amplitude=0.6:duration=%1")
                    .arg(seconds),
                QStringLiteral("-af"), envelope, QStringLiteral("-ac"), QStringLiteral("1"),
                QStringLiteral("-c:a"), QStringLiteral("libmp3lame"), QStringLiteral("-b:a"),
                QStringLiteral("64k"), path});
}

qint64 peakResidentKb() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    const QString hour = dir.filePath(QStringLiteral("hour.mp3"));
    const QString twoHours = dir.filePath(QStringLiteral("two-hours.mp3"));
    const QString list = dir.filePath(QStringLiteral("list.txt"));
    out() << "Generating a 60-minute speech-like MP3 (64 kb/s mono) and a 2-hour copy..."
          << Qt::endl;
    if (!makeSpeechLike(hour, 3600))
        return 1;
    {
        QFile file(list);
        if (!file.open(QIODevice::WriteOnly))
            return 1;
        file.write(QStringLiteral("file '%1'\nfile '%1'\n").arg(hour).toUtf8());
    }
    if (!run(QStringLiteral("ffmpeg"),
             {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
              QStringLiteral("-f"), QStringLiteral("concat"), QStringLiteral("-safe"),
              QStringLiteral("0"), QStringLiteral("-i"), list, QStringLiteral("-c"),
              QStringLiteral("copy"), twoHours}))
        return 1;

    // 1. Waveform build vs a plain FFmpeg decode, best of two each, interleaved.
    qint64 bestFfmpeg = -1;
    qint64 bestBuild = -1;
    for (int round = 0; round < 2; ++round) {
        QElapsedTimer timer;
        timer.start();
        if (!run(QStringLiteral("ffmpeg"),
                 {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), hour,
                  QStringLiteral("-f"), QStringLiteral("null"), QStringLiteral("-")}))
            return 1;
        const qint64 ffmpegMs = timer.elapsed();
        PeakPyramid peaks;
        QString error;
        timer.restart();
        if (!WaveformBuilder::build(hour, &peaks, &error)) {
            out() << error << Qt::endl;
            return 1;
        }
        const qint64 buildMs = timer.elapsed();
        bestFfmpeg = bestFfmpeg < 0 ? ffmpegMs : std::min(bestFfmpeg, ffmpegMs);
        bestBuild = bestBuild < 0 ? buildMs : std::min(bestBuild, buildMs);
    }
    out() << "1. waveform build, 60-minute MP3: " << bestBuild
          << " ms; ffmpeg -f null: " << bestFfmpeg << " ms; ratio "
          << QString::number(double(bestBuild) / bestFfmpeg, 'f', 2) << " (target <= 1.25)"
          << Qt::endl;

    // 2. Open a 2-hour file until the first buffer reaches the sink.
    {
        std::vector<float> buffer(4096);
        qint64 best = -1;
        for (int round = 0; round < 3; ++round) {
            PlaybackEngine engine(PlaybackEngine::Output::Null);
            QElapsedTimer timer;
            timer.start();
            QString error;
            if (!engine.open(twoHours, &error)) {
                out() << error << Qt::endl;
                return 1;
            }
            engine.play();
            if (engine.nullSink()->pull(buffer.data(), 1024) <= 0)
                return 1;
            const qint64 ms = timer.elapsed();
            best = best < 0 ? ms : std::min(best, ms);
        }
        // Reference: the ffmpeg tool starting, opening the same file and decoding its first
        // tenth of a second.
        qint64 tool = -1;
        for (int round = 0; round < 3; ++round) {
            QElapsedTimer timer;
            timer.start();
            if (!run(QStringLiteral("ffmpeg"),
                     {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), twoHours,
                      QStringLiteral("-t"), QStringLiteral("0.1"), QStringLiteral("-f"),
                      QStringLiteral("null"), QStringLiteral("-")}))
                return 1;
            tool = tool < 0 ? timer.elapsed() : std::min(tool, timer.elapsed());
        }
        out() << "2. open a 2-hour file to first audio at the sink: " << best
              << " ms (best of 3; target <= 250); ffmpeg opening it and decoding 0.1 s: " << tool
              << " ms; ratio "
              << QString::number(double(best) / double(std::max<qint64>(1, tool)), 'f', 2)
              << Qt::endl;
    }

    // 3. Reopen with cached peaks until the waveform is complete.
    {
        const QString cacheDir = dir.filePath(QStringLiteral("cache"));
        WaveformBuilder first;
        first.setCacheDirectory(cacheDir);
        QSignalSpy done(&first, &WaveformBuilder::finished);
        first.start(twoHours);
        if (!done.wait(600000))
            return 1;
        first.cancel();
        qint64 best = -1;
        for (int round = 0; round < 3; ++round) {
            WaveformBuilder again;
            again.setCacheDirectory(cacheDir);
            QSignalSpy finished(&again, &WaveformBuilder::finished);
            QElapsedTimer timer;
            timer.start();
            again.start(twoHours);
            while (finished.isEmpty())
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
            const qint64 ms = timer.elapsed();
            if (!finished.first().at(0).toBool() || !again.peaks()->isComplete()) {
                out() << "3. the cache was not used" << Qt::endl;
                return 1;
            }
            best = best < 0 ? ms : std::min(best, ms);
        }
        // Reference: reading the cache entry's bytes and nothing more.
        const PeakCache cache(cacheDir);
        const QString entry =
            cacheDir + QLatin1Char('/') + cache.knownSha256(twoHours) + QStringLiteral(".peaks");
        double readMs = -1;
        for (int round = 0; round < 3; ++round) {
            QElapsedTimer timer;
            timer.start();
            QFile file(entry);
            if (!file.open(QIODevice::ReadOnly) || file.readAll().isEmpty())
                return 1;
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            readMs = readMs < 0 ? ms : std::min(readMs, ms);
        }
        out() << "3. reopen a 2-hour file with cached peaks, waveform complete: " << best
              << " ms (best of 3; target <= 50); reading the cache entry alone: "
              << QString::number(readMs, 'f', 2) << " ms; difference "
              << QString::number(double(best) - readMs, 'f', 1) << " ms" << Qt::endl;

        // 5. The first far seek (to 90:00) once the waveform is cached, as the player's decode
        // thread makes it: with the seek index the cache holds, and for reference without it
        // (FFmpeg's own seek, a scan from the start) and in a 2-hour WAV (a computed offset).
        // Landing: the audio after the indexed seek against the audio after the scan, lined
        // up by cross-correlation; 0 ms means both start at the same sample.
        const qint64 target = 90LL * 60 * 1000;
        const QString wav = dir.filePath(QStringLiteral("two-hours.wav"));
        if (!run(QStringLiteral("ffmpeg"),
                 {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
                  QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                  QStringLiteral("anoisesrc=sample_rate=8000:duration=7200"), QStringLiteral("-ac"),
                  QStringLiteral("1"), wav}))
            return 1;
        SeekIndex index;
        if (!cache.loadSeekIndex(cache.knownSha256(twoHours), &index)) {
            out() << "5. no seek index in the cache" << Qt::endl;
            return 1;
        }
        const auto firstSeek = [&](const QString &file, const SeekIndex *seekIndex,
                                   std::vector<float> *samples) {
            double bestMs = -1;
            for (int round = 0; round < 3; ++round) {
                AudioDecoder decoder;
                QString error;
                if (!decoder.open(file, 44100, 1, &error))
                    return -1.0;
                if (seekIndex && !decoder.input().useSeekIndex(*seekIndex))
                    return -1.0;
                samples->assign(8192, 0.0f);
                QElapsedTimer timer;
                timer.start();
                decoder.seek(target);
                decoder.read(samples->data(), qint64(samples->size()));
                const double ms = double(timer.nsecsElapsed()) / 1e6;
                bestMs = bestMs < 0 ? ms : std::min(bestMs, ms);
            }
            return bestMs;
        };
        std::vector<float> indexed;
        std::vector<float> scanned;
        std::vector<float> ignored;
        const double indexedMs = firstSeek(twoHours, &index, &indexed);
        const double scanMs = firstSeek(twoHours, nullptr, &scanned);
        const double wavMs = firstSeek(wav, nullptr, &ignored);
        // The lag (within +-100 ms) at which the two agree best.
        int bestLag = 0;
        double bestScore = -1e30;
        for (int lag = -4410; lag <= 4410; ++lag) {
            double score = 0;
            for (int i = 0; i < 2048; ++i) {
                const int j = i + 4410 + lag;
                score += double(indexed[size_t(i + 4410)]) * double(scanned[size_t(j)]);
            }
            if (score > bestScore) {
                bestScore = score;
                bestLag = lag;
            }
        }
        out() << "5. first far seek to 90:00 in the 2-hour MP3, waveform cached: "
              << QString::number(indexedMs, 'f', 2) << " ms with the seek index ("
              << index.points.size() << " points; target <= 5); without it (FFmpeg's scan): "
              << QString::number(scanMs, 'f', 2)
              << " ms; in a 2-hour WAV: " << QString::number(wavMs, 'f', 2)
              << " ms; ratio to the WAV "
              << QString::number(indexedMs / std::max(0.001, wavMs), 'f', 2)
              << "; landing against the scan " << QString::number(bestLag * 1000.0 / 44100, 'f', 2)
              << " ms (target within 20)" << Qt::endl;
    }

    // 4. Peak memory: the whole player playing a 2-hour file while its waveform is built and
    // drawn (no cache, so the build runs during playback). References: this process before
    // the player was made, and the ffmpeg tool decoding the same file.
    {
        const qint64 beforeKb = peakResidentKb();
        const PeakMemory::Run tool = PeakMemory::run(
            QStandardPaths::findExecutable(QStringLiteral("ffmpeg")),
            {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), twoHours,
             QStringLiteral("-f"), QStringLiteral("null"), QStringLiteral("-")});
        QStandardPaths::setTestModeEnabled(true);
        QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).removeRecursively();
        PlayerWidget player;
        player.resize(1400, 260);
        player.show();
        QString error;
        if (!player.openFile(twoHours, &error)) {
            out() << error << Qt::endl;
            return 1;
        }
        player.seek(3600000);
        player.play();
        QElapsedTimer timer;
        timer.start();
        while (
            timer.elapsed() < 600000 &&
            (player.statusText().contains(QStringLiteral("waveform")) || timer.elapsed() < 3000)) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            player.update();
        }
        player.grab();
        out() << "4. peak resident memory, 2-hour file playing with its waveform: "
              << peakResidentKb() / 1024 << " MB (whole benchmark process; target <= 200); the "
              << "process before the player: " << beforeKb / 1024
              << " MB; ffmpeg decoding the file: " << tool.peakKb / 1024 << " MB" << Qt::endl;
    }
    return 0;
}
