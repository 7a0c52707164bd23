#include "DeviceAudioSink.h"

#include <QAudioSink>
#include <QMediaDevices>

#include <algorithm>
#include <cstring>

// Converts pulled float frames to the device format; pads with silence when the decoder is
// momentarily behind so the device never stalls into its idle state.
class DeviceAudioSink::PullDevice : public QIODevice {
public:
    PullDevice(Pull pull, QAudioFormat format)
        : m_pull(std::move(pull))
        , m_format(format) {}

protected:
    qint64 readData(char *data, qint64 maxSize) override {
        const int channels = m_format.channelCount();
        const int bytesPerFrame = m_format.bytesPerFrame();
        const qint64 frames = maxSize / bytesPerFrame;
        m_scratch.resize(static_cast<size_t>(frames * channels));
        qint64 got = frames > 0 ? m_pull(m_scratch.data(), frames) : 0;
        got = std::max<qint64>(0, got);
        std::fill(m_scratch.begin() + got * channels, m_scratch.end(), 0.0f);
        const qint64 samples = frames * channels;
        switch (m_format.sampleFormat()) {
        case QAudioFormat::Float:
            std::memcpy(data, m_scratch.data(), static_cast<size_t>(samples) * sizeof(float));
            break;
        case QAudioFormat::Int16: {
            auto *out = reinterpret_cast<qint16 *>(data);
            for (qint64 i = 0; i < samples; ++i)
                out[i] = static_cast<qint16>(std::clamp(m_scratch[i], -1.0f, 1.0f) * 32767.0f);
            break;
        }
        case QAudioFormat::Int32: {
            auto *out = reinterpret_cast<qint32 *>(data);
            for (qint64 i = 0; i < samples; ++i)
                out[i] = static_cast<qint32>(std::clamp(m_scratch[i], -1.0f, 1.0f) * 2147483520.0f);
            break;
        }
        case QAudioFormat::UInt8: {
            auto *out = reinterpret_cast<quint8 *>(data);
            for (qint64 i = 0; i < samples; ++i)
                out[i] = static_cast<quint8>(128 + std::clamp(m_scratch[i], -1.0f, 1.0f) * 127.0f);
            break;
        }
        default:
            std::memset(data, 0, static_cast<size_t>(frames * bytesPerFrame));
            break;
        }
        return frames * bytesPerFrame;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    Pull m_pull;
    QAudioFormat m_format;
    std::vector<float> m_scratch;
};

bool DeviceAudioSink::deviceAvailable() {
    return !QMediaDevices::audioOutputs().isEmpty();
}

DeviceAudioSink::DeviceAudioSink(QObject *parent)
    : QObject(parent)
    , m_device(QMediaDevices::defaultAudioOutput()) {}

DeviceAudioSink::~DeviceAudioSink() {
    stop();
}

void DeviceAudioSink::negotiate(int *sampleRate, int *channels) const {
    if (m_device.isNull())
        return;
    QAudioFormat wanted;
    wanted.setSampleRate(*sampleRate);
    wanted.setChannelCount(std::min(*channels, 2));
    wanted.setSampleFormat(QAudioFormat::Float);
    if (m_device.isFormatSupported(wanted)) {
        *channels = wanted.channelCount();
        return;
    }
    const QAudioFormat preferred = m_device.preferredFormat();
    *sampleRate = preferred.sampleRate();
    *channels = std::clamp(*channels, 1, std::max(1, preferred.channelCount()));
    wanted.setSampleRate(*sampleRate);
    wanted.setChannelCount(*channels);
    if (!m_device.isFormatSupported(wanted))
        *channels = preferred.channelCount();
}

bool DeviceAudioSink::start(int sampleRate, int channels, Pull pull, QString *error) {
    stop();
    if (m_device.isNull()) {
        if (error)
            *error = tr("No audio output device was found.");
        return false;
    }
    m_format.setSampleRate(sampleRate);
    m_format.setChannelCount(channels);
    m_format.setSampleFormat(QAudioFormat::Float);
    if (!m_device.isFormatSupported(m_format)) {
        m_format.setSampleFormat(m_device.preferredFormat().sampleFormat());
        if (!m_device.isFormatSupported(m_format))
            m_format.setSampleFormat(QAudioFormat::Int16);
    }
    m_sink = std::make_unique<QAudioSink>(m_device, m_format);
    // About 150 ms: enough to ride out a busy GUI thread, short enough that pausing feels exact.
    m_sink->setBufferSize(m_format.bytesForDuration(150000));
    m_pullDevice = std::make_unique<PullDevice>(std::move(pull), m_format);
    m_pullDevice->open(QIODevice::ReadOnly);
    connect(m_sink.get(), &QAudioSink::stateChanged, this, [this](QAudio::State state) {
        if (state == QAudio::StoppedState && m_sink && m_sink->error() != QAudio::NoError)
            emit deviceError(tr("The audio output stopped (the device may have been "
                                "unplugged)."));
    });
    return true;
}

void DeviceAudioSink::stop() {
    if (m_sink) {
        m_sink->disconnect(this);
        m_sink->stop();
    }
    m_sink.reset();
    m_pullDevice.reset();
}

void DeviceAudioSink::setActive(bool active) {
    if (!m_sink)
        return;
    if (active) {
        // A fresh start drops whatever the device still held from before a pause or seek.
        m_sink->stop();
        m_sink->start(m_pullDevice.get());
        if (m_sink->error() != QAudio::NoError)
            emit deviceError(tr("The audio output could not be started."));
    } else {
        m_sink->stop();
    }
}

qint64 DeviceAudioSink::latencyFrames() const {
    if (!m_sink || m_sink->state() != QAudio::ActiveState)
        return 0;
    const qint64 bytes = m_sink->bufferSize() - m_sink->bytesFree();
    return std::max<qint64>(0, bytes / std::max(1, m_format.bytesPerFrame()));
}
