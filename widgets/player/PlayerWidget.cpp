#include "PlayerWidget.h"

#include "GoToTimeDialog.h"
#include "PlayerPreferencesDialog.h"
#include "PlayerShortcuts.h"
#include "TransportBar.h"
#include "WaveformView.h"
#include "common/Theme.h"

#include "audio/MarkerModel.h"
#include "audio/PlaybackEngine.h"
#include "audio/TimeText.h"
#include "audio/WaveformBuilder.h"
#include "settings/Settings.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStyle>
#include <QTextEdit>
#include <QVBoxLayout>

namespace {

// Space types a space in these, so the player must not take it.
bool isTextInput(const QWidget *widget) {
    if (!widget)
        return false;
    if (qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget))
        return true;
    if (const auto *edit = qobject_cast<const QTextEdit *>(widget))
        return !edit->isReadOnly();
    if (const auto *edit = qobject_cast<const QPlainTextEdit *>(widget))
        return !edit->isReadOnly();
    if (const auto *combo = qobject_cast<const QComboBox *>(widget))
        return combo->isEditable();
    return false;
}

} // namespace

PlayerWidget::PlayerWidget(QWidget *parent)
    : QWidget(parent)
    , m_engine(std::make_unique<PlaybackEngine>())
    , m_builder(std::make_unique<WaveformBuilder>())
    , m_transport(new TransportBar(this))
    , m_waveform(new WaveformView(this))
    , m_scroll(new QScrollBar(Qt::Horizontal, this))
    , m_status(new QLabel(this)) {
    setObjectName(QStringLiteral("playerWidget"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_transport);
    layout->addWidget(m_waveform, 1);
    m_scroll->setObjectName(QStringLiteral("waveformScrollBar"));
    m_scroll->hide();
    layout->addWidget(m_scroll);
    m_status->setObjectName(QStringLiteral("playerStatus"));
    m_status->setWordWrap(true);
    Theme::setRole(m_status, Theme::Role::Warning);
    layout->addWidget(m_status);

    QStyle *s = style();
    QAction *playPause = makeAction(QStringLiteral("playPause"), tr("Play"));
    playPause->setIcon(s->standardIcon(QStyle::SP_MediaPlay));
    connect(playPause, &QAction::triggered, this, [this] {
        // A text field that did not claim the key (read-only, custom) still must not lose it.
        if (isTextInput(QApplication::focusWidget()) &&
            m_actions.value(QStringLiteral("playPause"))->shortcut() == QKeySequence(Qt::Key_Space))
            return;
        togglePlay();
    });
    connect(makeAction(QStringLiteral("playPauseAnywhere"), tr("Play or pause")),
            &QAction::triggered, this, &PlayerWidget::togglePlay);
    QAction *back = makeAction(QStringLiteral("skipBack"), tr("Skip back"));
    back->setIcon(s->standardIcon(QStyle::SP_MediaSeekBackward));
    connect(back, &QAction::triggered, this, [this] { skip(-m_skipShortMs); });
    QAction *forward = makeAction(QStringLiteral("skipForward"), tr("Skip forward"));
    forward->setIcon(s->standardIcon(QStyle::SP_MediaSeekForward));
    connect(forward, &QAction::triggered, this, [this] { skip(m_skipShortMs); });
    QAction *backLong = makeAction(QStringLiteral("skipBackLong"), tr("Skip back further"));
    backLong->setIcon(s->standardIcon(QStyle::SP_MediaSkipBackward));
    connect(backLong, &QAction::triggered, this, [this] { skip(-m_skipLongMs); });
    QAction *forwardLong =
        makeAction(QStringLiteral("skipForwardLong"), tr("Skip forward further"));
    forwardLong->setIcon(s->standardIcon(QStyle::SP_MediaSkipForward));
    connect(forwardLong, &QAction::triggered, this, [this] { skip(m_skipLongMs); });
    connect(makeAction(QStringLiteral("faster"), tr("Faster")), &QAction::triggered, this,
            [this] { setSpeed(speed() + 0.1); });
    connect(makeAction(QStringLiteral("slower"), tr("Slower")), &QAction::triggered, this,
            [this] { setSpeed(speed() - 0.1); });
    connect(makeAction(QStringLiteral("normalSpeed"), tr("Normal speed")), &QAction::triggered,
            this, [this] { setSpeed(1.0); });
    connect(makeAction(QStringLiteral("goToTime"), tr("Go to…")), &QAction::triggered, this,
            &PlayerWidget::goToTime);
    connect(makeAction(QStringLiteral("zoomIn"), tr("Zoom in")), &QAction::triggered, m_waveform,
            &WaveformView::zoomIn);
    connect(makeAction(QStringLiteral("zoomOut"), tr("Zoom out")), &QAction::triggered, m_waveform,
            &WaveformView::zoomOut);
    connect(makeAction(QStringLiteral("loop"), tr("Loop A–B")), &QAction::triggered, this,
            &PlayerWidget::cycleLoop);
    QAction *mute = makeAction(QStringLiteral("mute"), tr("Mute"));
    mute->setCheckable(true);
    mute->setIcon(s->standardIcon(QStyle::SP_MediaVolume));
    connect(mute, &QAction::toggled, this, [this, mute](bool on) {
        m_engine->setMuted(on);
        mute->setIcon(
            style()->standardIcon(on ? QStyle::SP_MediaVolumeMuted : QStyle::SP_MediaVolume));
    });
    m_transport->setActions(backLong, back, playPause, forward, forwardLong,
                            m_actions.value(QStringLiteral("loop")),
                            m_actions.value(QStringLiteral("goToTime")), mute);
    reloadSettings();

    connect(m_transport, &TransportBar::speedEdited, this, &PlayerWidget::setSpeed);
    connect(m_transport, &TransportBar::volumeEdited, this, [this](double volume) {
        m_engine->setVolume(volume);
        Settings().setVolume(volume);
    });
    connect(m_transport, &TransportBar::preferencesRequested, this, &PlayerWidget::showPreferences);
    connect(m_engine.get(), &PlaybackEngine::positionChanged, this, &PlayerWidget::onPosition);
    connect(m_engine.get(), &PlaybackEngine::playingChanged, this, [this](bool playing) {
        updatePlayAction();
        emit playingChanged(playing);
    });
    connect(m_engine.get(), &PlaybackEngine::speedChanged, this, [this](double value) {
        m_transport->setSpeed(value);
        emit speedChanged(value);
    });
    connect(m_engine.get(), &PlaybackEngine::volumeChanged, m_transport, &TransportBar::setVolume);
    connect(m_engine.get(), &PlaybackEngine::loopChanged, m_waveform, &WaveformView::setLoop);
    connect(m_engine.get(), &PlaybackEngine::outputMessageChanged, this,
            &PlayerWidget::updateStatus);
    connect(m_waveform, &WaveformView::seekRequested, this, &PlayerWidget::seek);
    connect(m_waveform, &WaveformView::markerActivated, this, &PlayerWidget::markerActivated);
    connect(m_waveform, &WaveformView::viewChanged, this, &PlayerWidget::updateScrollBar);
    connect(m_scroll, &QScrollBar::valueChanged, this,
            [this](int value) { m_waveform->setViewStart(static_cast<qint64>(value) * 100); });
    connect(m_builder.get(), &WaveformBuilder::progress, this, [this](qint64 frames) {
        const int rate = m_builder->peaks()->sampleRate();
        if (rate > 0 && durationMs() > 0)
            m_waveformStatus =
                tr("Drawing the waveform: %1%")
                    .arg(std::min<qint64>(99, frames * 100000 / rate / durationMs()));
        m_waveform->update();
        updateStatus();
    });
    connect(m_builder.get(), &WaveformBuilder::finished, this, [this] {
        m_waveformStatus.clear();
        // The build has read the whole file: a copy cut short ends well before its header says.
        const auto peaks = m_builder->peaks();
        const qint64 readMs =
            peaks->sampleRate() > 0 ? peaks->builtFrames() * 1000 / peaks->sampleRate() : 0;
        if (m_fileWarning.isEmpty() && durationMs() > 0 && readMs + 2000 < durationMs())
            m_fileWarning = tr("This recording appears to be cut short: its sound ends at %1 "
                               "although it should last %2. It plays up to where it breaks.")
                                .arg(TimeText::format(readMs), TimeText::format(durationMs()));
        m_waveform->setBuilding(false);
        updateStatus();
    });
    connect(m_builder.get(), &WaveformBuilder::failed, this, [this](const QString &message) {
        m_waveformStatus = tr("The waveform could not be drawn: %1").arg(message);
        m_waveform->setBuilding(false);
        updateStatus();
    });

    m_engine->setVolume(Settings().volume());
    updatePlayAction();
    updateStatus();
}

PlayerWidget::~PlayerWidget() {
    m_builder->cancel();
    m_engine->close();
}

QAction *PlayerWidget::makeAction(const QString &name, const QString &text) {
    auto *action = new QAction(text, this);
    action->setObjectName(name + QStringLiteral("Action"));
    action->setShortcutContext(Qt::WindowShortcut);
    // Held-down arrows skip repeatedly, as in every transcription player.
    action->setAutoRepeat(name.startsWith(QLatin1String("skip")) ||
                          name == QLatin1String("faster") || name == QLatin1String("slower"));
    addAction(action);
    m_actions.insert(name, action);
    return action;
}

void PlayerWidget::reloadSettings() {
    const Settings settings;
    m_skipShortMs = settings.skipShortMs();
    m_skipLongMs = settings.skipLongMs();
    m_autoRewindMs = settings.autoRewindMs();
    for (const auto &entry : PlayerShortcuts::entries()) {
        if (QAction *action = m_actions.value(entry.name))
            action->setShortcut(PlayerShortcuts::key(settings, entry.name));
    }
    // Only the zoom actions are not on buttons; the rest show their keys in tooltips.
    for (QAction *action : std::as_const(m_actions)) {
        const QString key = action->shortcut().toString(QKeySequence::NativeText);
        action->setToolTip(key.isEmpty()
                               ? action->text()
                               : action->text() + QStringLiteral(" (") + key + QLatin1Char(')'));
    }
}

void PlayerWidget::showPreferences() {
    Settings settings;
    PlayerPreferencesDialog dialog(settings, this);
    if (dialog.exec() == QDialog::Accepted)
        reloadSettings();
}

bool PlayerWidget::openFile(const QString &path, QString *error) {
    closeFile();
    QString message;
    if (!m_engine->open(path, &message)) {
        if (error)
            *error = message;
        emit fileError(message);
        updateStatus();
        return false;
    }
    m_fileWarning = m_engine->info().warning;
    m_waveform->setDuration(m_engine->durationMs());
    m_waveform->setPosition(0);
    m_builder->start(path);
    m_waveform->setPeaks(m_builder->peaks());
    m_waveform->setBuilding(true);
    m_waveformStatus = tr("Drawing the waveform…");
    m_transport->setTimes(0, m_engine->durationMs());
    updateStatus();
    emit durationChanged(m_engine->durationMs());
    emit positionChanged(0);
    return true;
}

void PlayerWidget::closeFile() {
    const bool had = hasFile();
    m_builder->cancel();
    m_engine->close();
    m_loopA = -1;
    m_fileWarning.clear();
    m_waveformStatus.clear();
    m_waveform->setPeaks(nullptr);
    m_waveform->setBuilding(false);
    m_waveform->setLoop(-1, -1);
    m_waveform->setDuration(0);
    m_transport->setTimes(0, 0);
    updatePlayAction();
    updateStatus();
    if (had)
        emit durationChanged(0);
}

bool PlayerWidget::hasFile() const {
    return m_engine->isOpen();
}

qint64 PlayerWidget::positionMs() const {
    return m_engine->positionMs();
}

qint64 PlayerWidget::durationMs() const {
    return m_engine->isOpen() ? m_engine->durationMs() : 0;
}

bool PlayerWidget::isPlaying() const {
    return m_engine->isPlaying();
}

double PlayerWidget::speed() const {
    return m_engine->speed();
}

void PlayerWidget::play() {
    m_engine->play();
}

void PlayerWidget::pause() {
    if (!m_engine->isPlaying())
        return;
    m_engine->pause();
    // Going back a little means the evaluator hears the last words again on resuming.
    if (m_autoRewindMs > 0)
        seek(std::max<qint64>(0, m_engine->positionMs() - m_autoRewindMs));
}

void PlayerWidget::togglePlay() {
    if (m_engine->isPlaying())
        pause();
    else
        play();
}

void PlayerWidget::seek(qint64 ms) {
    if (!hasFile())
        return;
    m_engine->seek(std::clamp<qint64>(ms, 0, durationMs()));
}

void PlayerWidget::skip(qint64 deltaMs) {
    seek(positionMs() + deltaMs);
}

void PlayerWidget::setSpeed(double value) {
    m_engine->setSpeed(value);
}

void PlayerWidget::setCodedWindow(qint64 startMs, qint64 endMs) {
    m_waveform->setCodedWindow(startMs, endMs);
}

void PlayerWidget::setMarkerModel(MarkerModel *model) {
    m_waveform->setMarkerModel(model);
}

int PlayerWidget::autoRewindMs() const {
    return m_autoRewindMs;
}

QList<QAction *> PlayerWidget::transportActions() const {
    QList<QAction *> list;
    for (const auto &entry : PlayerShortcuts::entries())
        list.append(m_actions.value(entry.name));
    return list;
}

void PlayerWidget::onPosition(qint64 ms) {
    m_waveform->setPosition(ms);
    m_transport->setTimes(ms, durationMs());
    emit positionChanged(ms);
}

void PlayerWidget::updatePlayAction() {
    QAction *action = m_actions.value(QStringLiteral("playPause"));
    const bool playing = m_engine->isPlaying();
    action->setText(playing ? tr("Pause") : tr("Play"));
    action->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    const QString key = action->shortcut().toString(QKeySequence::NativeText);
    action->setToolTip(key.isEmpty()
                           ? action->text()
                           : action->text() + QStringLiteral(" (") + key + QLatin1Char(')'));
}

QString PlayerWidget::statusText() const {
    return m_status->text();
}

void PlayerWidget::updateStatus() {
    QStringList parts;
    if (!m_engine->outputMessage().isEmpty())
        parts << m_engine->outputMessage();
    if (!m_fileWarning.isEmpty())
        parts << m_fileWarning;
    if (!m_waveformStatus.isEmpty())
        parts << m_waveformStatus;
    if (m_loopA >= 0)
        parts << tr("Loop: A set at %1; press %2 again to set B.")
                     .arg(TimeText::format(m_loopA), m_actions.value(QStringLiteral("loop"))
                                                         ->shortcut()
                                                         .toString(QKeySequence::NativeText));
    m_status->setText(parts.join(QStringLiteral("  ·  ")));
    m_status->setVisible(!parts.isEmpty());
}

void PlayerWidget::updateScrollBar() {
    const qint64 span = m_waveform->viewSpanMs();
    const bool zoomed = span > 0 && span < durationMs();
    m_scroll->setVisible(zoomed);
    if (!zoomed)
        return;
    const QSignalBlocker block(m_scroll);
    // The scroll bar counts in tenths of a second, so a 2-hour file fits an int easily.
    m_scroll->setRange(0, static_cast<int>((durationMs() - span) / 100));
    m_scroll->setPageStep(static_cast<int>(span / 100));
    m_scroll->setSingleStep(std::max(1, static_cast<int>(span / 1000)));
    m_scroll->setValue(static_cast<int>(m_waveform->viewStartMs() / 100));
}

void PlayerWidget::cycleLoop() {
    if (!hasFile())
        return;
    if (m_engine->loopEndMs() > 0) {
        m_engine->setLoop(-1, -1);
        m_loopA = -1;
    } else if (m_loopA < 0) {
        m_loopA = positionMs();
    } else {
        const qint64 b = positionMs();
        if (b > m_loopA) {
            m_engine->setLoop(m_loopA, b);
        } else if (b < m_loopA) {
            m_engine->setLoop(b, m_loopA);
        }
        m_loopA = -1;
    }
    updateStatus();
}

void PlayerWidget::goToTime() {
    if (!hasFile())
        return;
    const auto chosen = GoToTimeDialog::ask(this, positionMs(), durationMs());
    if (chosen)
        seek(*chosen);
}
