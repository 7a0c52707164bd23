#pragma once

#include "AudioSink.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QIODevice>
#include <QObject>

#include <memory>
#include <vector>

class QAudioSink;

// The sound card, through Qt Multimedia's QAudioSink in pull mode: the device asks for bytes,
// which are pulled from the engine and converted to the device's sample format.
class DeviceAudioSink : public QObject, public AudioSink {
    Q_OBJECT

public:
    // True when the machine has at least one audio output.
    static bool deviceAvailable();

    explicit DeviceAudioSink(QObject *parent = nullptr);
    ~DeviceAudioSink() override;

    void negotiate(int *sampleRate, int *channels) const override;
    bool start(int sampleRate, int channels, Pull pull, QString *error) override;
    void stop() override;
    void setActive(bool active) override;
    qint64 latencyFrames() const override;
    bool isAudible() const override { return true; }

signals:
    // The device stopped with an error (unplugged headphones, server gone).
    void deviceError(const QString &message);

private:
    class PullDevice;

    QAudioDevice m_device;
    QAudioFormat m_format;
    std::unique_ptr<QAudioSink> m_sink;
    std::unique_ptr<PullDevice> m_pullDevice;
};
