#include "TransportBar.h"

#include "audio/PlaybackEngine.h"
#include "audio/TimeText.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

TransportBar::TransportBar(QWidget *parent)
    : QWidget(parent)
    , m_time(new QLabel(this))
    , m_speed(new QDoubleSpinBox(this))
    , m_volume(new QSlider(Qt::Horizontal, this))
    , m_layout(new QHBoxLayout(this)) {
    setObjectName(QStringLiteral("transportBar"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(4);

    m_time->setObjectName(QStringLiteral("timeLabel"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.25);
    m_time->setFont(mono);
    m_time->setMinimumWidth(
        m_time->fontMetrics().horizontalAdvance(QStringLiteral("0:00:00 / 0:00:00")) + 16);
    m_time->setAlignment(Qt::AlignCenter);
    setTimes(0, 0);

    m_speed->setObjectName(QStringLiteral("speedBox"));
    m_speed->setRange(PlaybackEngine::MinSpeed, PlaybackEngine::MaxSpeed);
    m_speed->setSingleStep(PlaybackEngine::SpeedStep);
    m_speed->setDecimals(2);
    m_speed->setSuffix(QStringLiteral("×"));
    m_speed->setValue(1.0);
    m_speed->setToolTip(tr("Playback speed; the voice keeps its pitch"));
    m_speed->setFocusPolicy(Qt::ClickFocus);
    connect(m_speed, &QDoubleSpinBox::valueChanged, this, &TransportBar::speedEdited);

    m_volume->setObjectName(QStringLiteral("volumeSlider"));
    m_volume->setRange(0, 100);
    m_volume->setFixedWidth(110);
    m_volume->setToolTip(tr("Volume"));
    m_volume->setFocusPolicy(Qt::ClickFocus);
    connect(m_volume, &QSlider::valueChanged, this,
            [this](int value) { emit volumeEdited(value / 100.0); });
}

QToolButton *TransportBar::button(QAction *action) {
    auto *b = new QToolButton(this);
    b->setDefaultAction(action);
    b->setObjectName(action->objectName() + QStringLiteral("Button"));
    b->setAutoRaise(true);
    b->setIconSize(QSize(22, 22));
    b->setFocusPolicy(Qt::NoFocus);
    if (!action->shortcut().isEmpty())
        b->setToolTip(action->text() + QStringLiteral(" (") +
                      action->shortcut().toString(QKeySequence::NativeText) + QLatin1Char(')'));
    m_buttons.append(b);
    return b;
}

void TransportBar::setActions(QAction *skipBackLong, QAction *skipBack, QAction *playPause,
                              QAction *skipForward, QAction *skipForwardLong, QAction *loop,
                              QAction *goToTime, QAction *mute) {
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_layout->addWidget(button(skipBackLong));
    m_layout->addWidget(button(skipBack));
    m_play = button(playPause);
    m_play->setIconSize(QSize(28, 28));
    m_layout->addWidget(m_play);
    m_layout->addWidget(button(skipForward));
    m_layout->addWidget(button(skipForwardLong));
    m_layout->addSpacing(8);
    m_layout->addWidget(m_time);
    m_layout->addSpacing(8);
    auto *speedLabel = new QLabel(tr("Speed"), this);
    speedLabel->setBuddy(m_speed);
    m_layout->addWidget(speedLabel);
    m_layout->addWidget(m_speed);
    m_layout->addSpacing(8);
    m_layout->addWidget(button(mute));
    m_layout->addWidget(m_volume);
    m_layout->addSpacing(8);
    QToolButton *loopButton = button(loop);
    loopButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_layout->addWidget(loopButton);
    QToolButton *goButton = button(goToTime);
    goButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_layout->addWidget(goButton);
    m_layout->addStretch(1);
    auto *preferences = new QToolButton(this);
    preferences->setObjectName(QStringLiteral("playerPreferencesButton"));
    preferences->setText(tr("Keys and skips…"));
    preferences->setToolTip(tr("Choose the player's keys, skip lengths and rewind on pause"));
    preferences->setAutoRaise(true);
    preferences->setFocusPolicy(Qt::NoFocus);
    connect(preferences, &QToolButton::clicked, this, &TransportBar::preferencesRequested);
    m_buttons.append(preferences);
    m_layout->addWidget(preferences);
}

void TransportBar::setTimes(qint64 positionMs, qint64 durationMs) {
    m_time->setText(TimeText::format(positionMs) + QStringLiteral(" / ") +
                    TimeText::format(durationMs));
}

void TransportBar::setSpeed(double speed) {
    const QSignalBlocker block(m_speed);
    m_speed->setValue(speed);
}

void TransportBar::setVolume(double volume, bool muted) {
    const QSignalBlocker block(m_volume);
    m_volume->setValue(static_cast<int>(volume * 100 + 0.5));
    m_volume->setEnabled(!muted);
}
