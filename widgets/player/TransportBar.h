#pragma once

#include <QWidget>

class QAction;
class QDoubleSpinBox;
class QLabel;
class QSlider;
class QToolButton;

// The row of transport controls above the waveform: skip and play buttons (driven by the same
// actions as the keys), position / duration as h:mm:ss, speed, volume and mute, the A–B loop,
// go-to-time and preferences.
class TransportBar : public QWidget {
    Q_OBJECT

public:
    explicit TransportBar(QWidget *parent = nullptr);

    // Buttons show these actions (and their shortcuts in tooltips).
    void setActions(QAction *skipBackLong, QAction *skipBack, QAction *playPause,
                    QAction *skipForward, QAction *skipForwardLong, QAction *loop,
                    QAction *goToTime, QAction *mute);
    void setTimes(qint64 positionMs, qint64 durationMs);
    void setSpeed(double speed);
    void setVolume(double volume, bool muted);
    QDoubleSpinBox *speedBox() const { return m_speed; }

signals:
    void speedEdited(double speed);
    void volumeEdited(double volume);
    void preferencesRequested();

private:
    QToolButton *button(QAction *action);

    QLabel *m_time;
    QDoubleSpinBox *m_speed;
    QSlider *m_volume;
    QToolButton *m_play = nullptr;
    QList<QToolButton *> m_buttons;
    class QHBoxLayout *m_layout;
};
