#pragma once

#include <QCoreApplication>
#include <QString>

#include <atomic>

// What PracticeCoder knows about one recording file before playing it.
struct AudioFileInfo {
    QString path;
    qint64 durationMs = -1;
    int sampleRate = 0;
    int channels = 0;
    QString codec;         // FFmpeg's short name: mp3, aac, pcm_s16le, flac, opus ...
    QString codecLongName; // for people: "MP3 (MPEG audio layer 3)"
    QString sha256;        // lower-case hex; empty unless asked for
    // Set when the file opens but ends before its header says it should (a copy cut short):
    // it still plays up to where it breaks. durationMs is then what the file holds, and
    // declaredMs what its header claims (-1 when the format does not say).
    bool truncated = false;
    qint64 declaredMs = -1;
    QString warning;
    // Added files also say where the sound stops, decided by reading every packet to the end
    // (EndCheck::Check): a cut MP3 keeps the header of the whole file, so FFmpeg's own length is
    // the declared one. -1 when not checked.
    qint64 soundEndMs = -1;
    // The file's own tags for when it was made (FFmpeg's `creation_time` and `date`), as
    // written; empty when absent.
    QString creationTimeTag;
    QString dateTag;
};

// Opens a recording just far enough to describe it, with a specific plain message for each
// kind of bad file (missing, folder, empty, unreadable, text, damaged, cut short).
class AudioProbe {
    Q_DECLARE_TR_FUNCTIONS(AudioProbe)

public:
    enum class Hash { Skip, Compute };
    // Checking the end means one seek near it, which in an MP3 without an index can mean
    // reading the whole file; the player skips it to open at once and learns of a short file
    // from the waveform build instead. The cheap checks of the container (a WAV's data size
    // against the file's, an Ogg's last page) are always made.
    enum class EndCheck { Skip, Check };
    static bool probe(const QString &path, AudioFileInfo *info, QString *error,
                      Hash hash = Hash::Skip, EndCheck endCheck = EndCheck::Check);

    // SHA-256 of the file's bytes, streamed (never the whole file in memory). Empty with *error
    // set when the file cannot be read, or when cancel becomes true.
    // "Sound stops at 0:37 although the file says 3:00." for a file cut short; empty otherwise.
    static QString soundStops(const AudioFileInfo &info);

    static QString sha256(const QString &path, QString *error = nullptr,
                          const std::atomic_bool *cancel = nullptr);

private:
    // The container's own account of its length, read from the file's bytes: true when the
    // file is cut short; *declaredMs is set when the header says how long it should be.
    static bool containerCutShort(const QString &path, qint64 *declaredMs);
};
