#pragma once

#include "AudioSink.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <vector>

// Stands in for a sound card when the machine has none: takes frames at real-time pace and
// discards them, so the position moves as if the recording were heard and the evaluator can
// still navigate and code.
class WallClockSink : public QObject, public AudioSink {
    Q_OBJECT

public:
    explicit WallClockSink(QObject *parent = nullptr);

    bool start(int sampleRate, int channels, Pull pull, QString *error) override;
    void stop() override;
    void setActive(bool active) override;
    bool isAudible() const override { return false; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    Pull m_pull;
    int m_rate = 0;
    int m_channels = 0;
    qint64 m_taken = 0;
    std::vector<float> m_scratch;
};
