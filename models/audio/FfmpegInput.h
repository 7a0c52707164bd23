#pragma once

#include "SeekIndex.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>

struct AVFormatContext;
struct AVCodecContext;
struct AVFrame;
struct AVPacket;

// A thin owner of one FFmpeg demuxer and audio decoder: opens a file, picks its best audio
// stream and hands out decoded frames, stepping over damaged packets instead of giving up.
// Used by AudioDecoder (playback) and WaveformBuilder (peaks); not thread-safe, one per thread.
class FfmpegInput {
    Q_DECLARE_TR_FUNCTIONS(FfmpegInput)

public:
    enum class Status { Frame, End, Cancelled };

    FfmpegInput();
    ~FfmpegInput();
    FfmpegInput(const FfmpegInput &) = delete;
    FfmpegInput &operator=(const FfmpegInput &) = delete;

    // Checks the path first (missing, folder, empty, unreadable, text) so that every bad file
    // gets its own plain message; then opens the demuxer and decoder.
    bool open(const QString &path, QString *error);
    void close();
    bool isOpen() const { return m_codec != nullptr; }

    // Optional flag checked while FFmpeg reads, so a cancelled build stops promptly.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    // Decodes the next frame (available from frame()). Damaged packets are skipped; a long
    // run of them is treated as the end of the readable audio.
    Status nextFrame();
    AVFrame *frame() const { return m_frame; }
    // The frame's start time in ms from the start of the recording, or -1 when unknown.
    qint64 frameStartMs() const;

    // Moves to the last seekable point at or before ms and flushes the decoder.
    bool seekBefore(qint64 ms);

    // While set, nextFrame() notes a (timestamp, offset) pair of this file's audio packets
    // about once a second into *index (for the waveform pass, which reads them all).
    void recordSeekIndex(SeekIndex *index);
    // Hands a recorded index to the demuxer, so that seeks jump straight to the packet before
    // the target. An index that does not fit this file (another time base, offsets out of
    // order or past its end) is ignored and false returned; seeking then works as without.
    bool useSeekIndex(const SeekIndex &index);
    // Bytes read from the file so far (to show that a seek jumped rather than scanned).
    qint64 bytesRead() const;

    qint64 durationMs() const;
    // Reads the audio packets, without decoding them, from where the input stands to the end of
    // the file, and gives the end of the last one in ms: where the sound really stops, which a
    // copy cut short places before durationMs(). -1 when no packet says its time. Reading
    // packets costs about what hashing the file does. Leaves the input at the end.
    qint64 scanToEndMs();
    // A text tag of the file or of its audio stream ("creation_time", "date"); empty when absent.
    QString tag(const char *key) const;
    int sampleRate() const;
    int channels() const;
    QString codecName() const;
    QString codecLongName() const;
    // Number of packets that could not be decoded so far (damage in the file).
    int damagedPackets() const { return m_damaged; }

    // Plain, user-facing explanation of why a path cannot be a recording, or empty when the
    // path looks like an ordinary readable file (FFmpeg has the last word).
    static QString checkPath(const QString &path);

private:
    static int interruptCallback(void *opaque);
    void notePacket();

    AVFormatContext *m_format = nullptr;
    AVCodecContext *m_codec = nullptr;
    AVFrame *m_frame = nullptr;
    AVPacket *m_packet = nullptr;
    int m_stream = -1;
    bool m_flushed = false;
    int m_damaged = 0;
    const std::atomic_bool *m_cancel = nullptr;
    SeekIndex *m_recording = nullptr;
    qint64 m_recordEvery = 0; // in the stream's time base
};
