#include "AudioDecoder.h"

extern "C" {
#include <libavutil/channel_layout.h>
#include <libavutil/frame.h>
#include <libavutil/opt.h>
#include <libswresample/swresample.h>
}

#include <algorithm>
#include <cstring>

AudioDecoder::AudioDecoder() = default;

AudioDecoder::~AudioDecoder() {
    close();
}

bool AudioDecoder::open(const QString &path, int outputRate, int outputChannels, QString *error) {
    close();
    if (!m_input.open(path, error))
        return false;
    m_rate = outputRate > 0 ? outputRate : m_input.sampleRate();
    m_channels = outputChannels > 0 ? outputChannels : m_input.channels();
    m_position = 0;
    m_ended = false;
    return true;
}

void AudioDecoder::close() {
    swr_free(&m_swr);
    m_swrFormat = -1;
    m_input.close();
    m_pending.clear();
    m_pendingOffset = 0;
}

bool AudioDecoder::configureResampler() {
    const AVFrame *frame = m_input.frame();
    if (m_swr && frame->format == m_swrFormat && frame->sample_rate == m_swrRate &&
        frame->ch_layout.nb_channels == m_swrChannels)
        return true;
    swr_free(&m_swr);
    AVChannelLayout in{};
    if (frame->ch_layout.order == AV_CHANNEL_ORDER_UNSPEC || frame->ch_layout.nb_channels <= 0)
        av_channel_layout_default(&in, qMax(1, frame->ch_layout.nb_channels));
    else
        av_channel_layout_copy(&in, &frame->ch_layout);
    AVChannelLayout out{};
    av_channel_layout_default(&out, m_channels);
    const int rate = frame->sample_rate > 0 ? frame->sample_rate : m_input.sampleRate();
    const int made =
        swr_alloc_set_opts2(&m_swr, &out, AV_SAMPLE_FMT_FLT, m_rate, &in,
                            static_cast<AVSampleFormat>(frame->format), rate, 0, nullptr);
    av_channel_layout_uninit(&in);
    av_channel_layout_uninit(&out);
    if (made < 0 || !m_swr || swr_init(m_swr) < 0) {
        swr_free(&m_swr);
        return false;
    }
    m_swrFormat = frame->format;
    m_swrRate = rate;
    m_swrChannels = frame->ch_layout.nb_channels;
    return true;
}

bool AudioDecoder::decodeMore() {
    for (;;) {
        if (m_ended)
            return false;
        if (m_input.nextFrame() != FfmpegInput::Status::Frame) {
            m_ended = true;
            return false;
        }
        const AVFrame *frame = m_input.frame();
        if (!configureResampler())
            continue; // a frame with a format we cannot convert: skip it, as with damage
        if (m_seekTarget >= 0) {
            // The first frame after a seek tells us where we really are.
            const qint64 startMs = m_input.frameStartMs();
            const qint64 targetFrames = m_seekTarget * m_rate / 1000;
            const qint64 frameStart = startMs >= 0 ? startMs * m_rate / 1000 : targetFrames;
            m_position = frameStart;
            m_dropFrames = std::max<qint64>(0, targetFrames - frameStart);
            m_seekTarget = -1;
        }
        const int capacity = swr_get_out_samples(m_swr, frame->nb_samples);
        if (capacity <= 0)
            continue;
        const size_t used = m_pending.size() - m_pendingOffset;
        if (m_pendingOffset > 0) {
            std::memmove(m_pending.data(), m_pending.data() + m_pendingOffset,
                         used * sizeof(float));
            m_pendingOffset = 0;
        }
        m_pending.resize(used + static_cast<size_t>(capacity) * m_channels);
        auto *out = reinterpret_cast<uint8_t *>(m_pending.data() + used);
        const int converted =
            swr_convert(m_swr, &out, capacity, const_cast<const uint8_t **>(frame->extended_data),
                        frame->nb_samples);
        m_pending.resize(used + static_cast<size_t>(std::max(0, converted)) * m_channels);
        if (m_dropFrames > 0) {
            const size_t available = (m_pending.size() - m_pendingOffset) / m_channels;
            const auto drop = static_cast<size_t>(std::min<qint64>(m_dropFrames, available));
            m_pendingOffset += drop * m_channels;
            m_dropFrames -= static_cast<qint64>(drop);
            m_position += static_cast<qint64>(drop);
        }
        if (m_pending.size() > m_pendingOffset)
            return true;
    }
}

qint64 AudioDecoder::read(float *out, qint64 frames) {
    qint64 written = 0;
    while (written < frames) {
        if (m_pending.size() <= m_pendingOffset && !decodeMore())
            break;
        const qint64 available =
            static_cast<qint64>(m_pending.size() - m_pendingOffset) / m_channels;
        const qint64 n = std::min(available, frames - written);
        std::memcpy(out + written * m_channels, m_pending.data() + m_pendingOffset,
                    static_cast<size_t>(n * m_channels) * sizeof(float));
        m_pendingOffset += static_cast<size_t>(n * m_channels);
        written += n;
    }
    m_position += written;
    return written;
}

bool AudioDecoder::seek(qint64 ms) {
    if (!m_input.isOpen())
        return false;
    const qint64 duration = m_input.durationMs();
    if (duration > 0)
        ms = std::min(ms, duration);
    ms = std::max<qint64>(0, ms);
    m_pending.clear();
    m_pendingOffset = 0;
    m_dropFrames = 0;
    m_ended = false;
    // Resampler history belongs to the old position.
    swr_free(&m_swr);
    m_swrFormat = -1;
    m_input.seekBefore(ms);
    m_seekTarget = ms;
    m_position = ms * m_rate / 1000;
    return true;
}
