#include "FfmpegInput.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/log.h>
}

#include <algorithm>
#include <mutex>

namespace {

// FFmpeg's own console chatter would end up on the terminal of every CLI command; the user
// gets our plain messages instead.
void quietFfmpeg() {
    static std::once_flag once;
    std::call_once(once, [] { av_log_set_level(AV_LOG_QUIET); });
}

bool looksLikeText(const QByteArray &head) {
    if (head.isEmpty())
        return false;
    int printable = 0;
    for (char c : head) {
        const auto u = static_cast<unsigned char>(c);
        if (u == 0)
            return false;
        if (u >= 0x20 || u == '\n' || u == '\r' || u == '\t')
            ++printable;
    }
    // Every audio container starts with binary sizes or sync words within its first bytes.
    return printable == head.size();
}

constexpr int MaxConsecutiveDamage = 200;

} // namespace

FfmpegInput::FfmpegInput() {
    quietFfmpeg();
}

FfmpegInput::~FfmpegInput() {
    close();
}

QString FfmpegInput::checkPath(const QString &path) {
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(path);
    if (path.isEmpty())
        return tr("No recording was given.");
    if (!info.exists())
        return tr("The recording %1 does not exist. It may have been moved, renamed or deleted.")
            .arg(name);
    if (info.isDir())
        return tr("%1 is a folder, not a recording.").arg(name);
    if (!info.isFile())
        return tr("%1 is not an ordinary file (it may be a device or a pipe), so it cannot be "
                  "played.")
            .arg(name);
    if (info.size() == 0)
        return tr("The recording %1 is empty (0 bytes). The copy from the recorder may have "
                  "failed; copy it again.")
            .arg(name);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("The recording %1 cannot be read: you do not have permission to open it.")
            .arg(name);
    if (looksLikeText(file.read(512)))
        return tr("%1 is a text file, not a recording, even though its name looks like audio.")
            .arg(name);
    return {};
}

bool FfmpegInput::open(const QString &path, QString *error) {
    close();
    const QString problem = checkPath(path);
    const QString name = QDir::toNativeSeparators(path);
    auto failWith = [&](const QString &message) {
        if (error)
            *error = message;
        close();
        return false;
    };
    if (!problem.isEmpty())
        return failWith(problem);

    m_format = avformat_alloc_context();
    m_format->interrupt_callback.callback = &FfmpegInput::interruptCallback;
    m_format->interrupt_callback.opaque = this;
    const QByteArray local = QFile::encodeName(path);
    if (avformat_open_input(&m_format, local.constData(), nullptr, nullptr) < 0) {
        m_format = nullptr; // freed by FFmpeg on failure
        return failWith(tr("The recording %1 is damaged or incomplete, or not in an audio "
                           "format PracticeCoder knows (MP3, M4A, WAV, FLAC, OGG, Opus, WMA). "
                           "If it was copied from a recorder, copy it again.")
                            .arg(name));
    }
    if (avformat_find_stream_info(m_format, nullptr) < 0)
        return failWith(
            tr("The recording %1 is damaged: its audio format cannot be read.").arg(name));
    const AVCodec *decoder = nullptr;
    m_stream = av_find_best_stream(m_format, AVMEDIA_TYPE_AUDIO, -1, -1, &decoder, 0);
    if (m_stream < 0) {
        if (m_stream == AVERROR_DECODER_NOT_FOUND)
            return failWith(tr("The recording %1 uses an audio format this computer cannot "
                               "decode.")
                                .arg(name));
        return failWith(tr("The file %1 contains no audio.").arg(name));
    }
    m_codec = avcodec_alloc_context3(decoder);
    if (!m_codec ||
        avcodec_parameters_to_context(m_codec, m_format->streams[m_stream]->codecpar) < 0 ||
        avcodec_open2(m_codec, decoder, nullptr) < 0)
        return failWith(tr("The audio in %1 cannot be decoded.").arg(name));
    for (unsigned i = 0; i < m_format->nb_streams; ++i) {
        if (static_cast<int>(i) != m_stream)
            m_format->streams[i]->discard = AVDISCARD_ALL;
    }
    if (sampleRate() <= 0 || channels() <= 0)
        return failWith(tr("The recording %1 is damaged: it gives no sample rate or channel "
                           "count.")
                            .arg(name));
    m_frame = av_frame_alloc();
    m_packet = av_packet_alloc();
    m_flushed = false;
    m_damaged = 0;
    return true;
}

void FfmpegInput::close() {
    av_packet_free(&m_packet);
    av_frame_free(&m_frame);
    avcodec_free_context(&m_codec);
    if (m_format)
        avformat_close_input(&m_format);
    m_stream = -1;
}

int FfmpegInput::interruptCallback(void *opaque) {
    const auto *self = static_cast<const FfmpegInput *>(opaque);
    return self->m_cancel && self->m_cancel->load(std::memory_order_relaxed) ? 1 : 0;
}

FfmpegInput::Status FfmpegInput::nextFrame() {
    if (!m_codec)
        return Status::End;
    int consecutiveDamage = 0;
    for (;;) {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed))
            return Status::Cancelled;
        const int received = avcodec_receive_frame(m_codec, m_frame);
        if (received == 0) {
            if (m_frame->nb_samples > 0)
                return Status::Frame;
            continue;
        }
        if (received == AVERROR_EOF)
            return Status::End;
        if (received != AVERROR(EAGAIN)) {
            // A decoder error on the output side: count it as damage and keep going.
            ++m_damaged;
            if (++consecutiveDamage > MaxConsecutiveDamage)
                return Status::End;
            continue;
        }
        if (m_flushed)
            return Status::End;
        const int read = av_read_frame(m_format, m_packet);
        if (read < 0) {
            if (read == AVERROR_EXIT)
                return Status::Cancelled;
            // End of file or unreadable rest: drain what the decoder still holds.
            avcodec_send_packet(m_codec, nullptr);
            m_flushed = true;
            continue;
        }
        if (m_packet->stream_index == m_stream) {
            if (m_recording)
                notePacket();
            const int sent = avcodec_send_packet(m_codec, m_packet);
            if (sent < 0 && sent != AVERROR(EAGAIN)) {
                ++m_damaged;
                if (++consecutiveDamage > MaxConsecutiveDamage) {
                    av_packet_unref(m_packet);
                    return Status::End;
                }
            } else {
                consecutiveDamage = 0;
            }
        }
        av_packet_unref(m_packet);
    }
}

qint64 FfmpegInput::frameStartMs() const {
    if (!m_frame || !m_format)
        return -1;
    const AVStream *stream = m_format->streams[m_stream];
    qint64 pts = m_frame->best_effort_timestamp;
    if (pts == AV_NOPTS_VALUE)
        return -1;
    if (stream->start_time != AV_NOPTS_VALUE)
        pts -= stream->start_time;
    return av_rescale_q(pts, stream->time_base, AVRational{1, 1000});
}

bool FfmpegInput::seekBefore(qint64 ms) {
    if (!m_codec)
        return false;
    const AVStream *stream = m_format->streams[m_stream];
    qint64 target = av_rescale_q(qMax<qint64>(0, ms), AVRational{1, 1000}, stream->time_base);
    if (stream->start_time != AV_NOPTS_VALUE)
        target += stream->start_time;
    int result = avformat_seek_file(m_format, m_stream, INT64_MIN, target, target, 0);
    if (result < 0)
        result = av_seek_frame(m_format, m_stream, target, AVSEEK_FLAG_BACKWARD);
    avcodec_flush_buffers(m_codec);
    m_flushed = false;
    return result >= 0;
}

void FfmpegInput::recordSeekIndex(SeekIndex *index) {
    m_recording = index;
    if (!index || !m_format)
        return;
    const AVRational base = m_format->streams[m_stream]->time_base;
    index->timeBaseNumerator = base.num;
    index->timeBaseDenominator = base.den;
    index->points.clear();
    m_recordEvery = av_rescale_q(1, AVRational{1, 1}, base);
}

void FfmpegInput::notePacket() {
    const qint64 timestamp = m_packet->pts != AV_NOPTS_VALUE ? m_packet->pts : m_packet->dts;
    if (timestamp == AV_NOPTS_VALUE || timestamp < 0 || m_packet->pos < 0)
        return;
    std::vector<SeekIndex::Point> &points = m_recording->points;
    if (!points.empty() && (timestamp < points.back().timestamp + m_recordEvery ||
                            m_packet->pos <= points.back().position))
        return;
    points.push_back({timestamp, m_packet->pos});
}

bool FfmpegInput::useSeekIndex(const SeekIndex &index) {
    if (!m_format || index.isEmpty())
        return false;
    AVStream *stream = m_format->streams[m_stream];
    const qint64 size = m_format->pb ? avio_size(m_format->pb) : -1;
    if (index.timeBaseNumerator != stream->time_base.num ||
        index.timeBaseDenominator != stream->time_base.den || size <= 0 ||
        !index.isConsistent(size))
        return false;
    for (const SeekIndex::Point &point : index.points) {
        if (av_add_index_entry(stream, point.position, point.timestamp, 0, 0, AVINDEX_KEYFRAME) < 0)
            return false;
    }
    return true;
}

qint64 FfmpegInput::bytesRead() const {
    return m_format && m_format->pb ? m_format->pb->bytes_read : 0;
}

qint64 FfmpegInput::durationMs() const {
    if (!m_format)
        return -1;
    const AVStream *stream = m_format->streams[m_stream];
    if (stream->duration != AV_NOPTS_VALUE && stream->duration > 0)
        return av_rescale_q(stream->duration, stream->time_base, AVRational{1, 1000});
    if (m_format->duration != AV_NOPTS_VALUE && m_format->duration > 0)
        return av_rescale(m_format->duration, 1000, AV_TIME_BASE);
    return -1;
}

qint64 FfmpegInput::scanToEndMs() {
    if (!m_codec)
        return -1;
    const AVStream *stream = m_format->streams[m_stream];
    const qint64 start = stream->start_time != AV_NOPTS_VALUE ? stream->start_time : 0;
    qint64 end = -1;
    while (av_read_frame(m_format, m_packet) >= 0) {
        if (m_packet->stream_index == m_stream && m_packet->pts != AV_NOPTS_VALUE)
            end = std::max<qint64>(end,
                                   m_packet->pts - start + std::max<qint64>(0, m_packet->duration));
        av_packet_unref(m_packet);
    }
    m_flushed = true;
    return end < 0 ? -1 : av_rescale_q(end, stream->time_base, AVRational{1, 1000});
}

QString FfmpegInput::tag(const char *key) const {
    if (!m_format)
        return {};
    for (const AVDictionary *metadata :
         {static_cast<const AVDictionary *>(m_format->metadata),
          static_cast<const AVDictionary *>(m_format->streams[m_stream]->metadata)}) {
        if (const AVDictionaryEntry *entry = av_dict_get(metadata, key, nullptr, 0);
            entry && entry->value && *entry->value)
            return QString::fromUtf8(entry->value).trimmed();
    }
    return {};
}

int FfmpegInput::sampleRate() const {
    return m_codec ? m_codec->sample_rate : 0;
}

int FfmpegInput::channels() const {
    return m_codec ? m_codec->ch_layout.nb_channels : 0;
}

QString FfmpegInput::codecName() const {
    return m_codec ? QString::fromLatin1(avcodec_get_name(m_codec->codec_id)) : QString();
}

QString FfmpegInput::codecLongName() const {
    return m_codec && m_codec->codec && m_codec->codec->long_name
               ? QString::fromUtf8(m_codec->codec->long_name)
               : codecName();
}
