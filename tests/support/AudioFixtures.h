#pragma once

#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

// Makes test recordings with the ffmpeg command-line tool, so no audio is committed.
namespace AudioFixtures {

// ffmpeg -f lavfi -i SOURCE [extra] OUT; returns false (and the reason) when ffmpeg fails.
inline bool generate(const QString &lavfiSource, const QString &out, const QStringList &extra = {},
                     QString *why = nullptr) {
    QProcess ffmpeg;
    QStringList args = {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
                        QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                        lavfiSource};
    args += extra;
    args << out;
    ffmpeg.start(QStringLiteral("ffmpeg"), args);
    if (!ffmpeg.waitForFinished(120000) || ffmpeg.exitCode() != 0) {
        if (why)
            *why = QString::fromLocal8Bit(ffmpeg.readAllStandardError());
        return false;
    }
    return QFile::exists(out);
}

inline QString tone(double hz, double seconds, int rate = 44100) {
    return QStringLiteral("sine=frequency=%1:sample_rate=%2:duration=%3")
        .arg(hz)
        .arg(rate)
        .arg(seconds);
}

// A click (a 2 ms burst) at every whole second, silence between: seek targets are easy to see.
inline QString clickTrack(double seconds, int rate = 44100) {
    return QStringLiteral("aevalsrc='if(lt(mod(t\\,1)\\,0.002)\\,0.9\\,0)':s=%1:d=%2")
        .arg(rate)
        .arg(seconds);
}

inline bool writeBytes(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

inline QByteArray readBytes(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace AudioFixtures
