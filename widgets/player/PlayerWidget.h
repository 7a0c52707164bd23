#pragma once

#include <QHash>
#include <QList>
#include <QWidget>

#include <memory>

class MarkerModel;
class PlaybackEngine;
class QAction;
class QLabel;
class QScrollBar;
class TransportBar;
class WaveformBuilder;
class WaveformView;

// The player the evaluator listens with: a transport bar above a waveform, on top of the
// playback engine and the waveform builder. Keyboard first: every action has a shortcut (set
// in preferences) with context Qt::WindowShortcut and is added to this widget, so the keys work
// anywhere in the window while the player is visible, including when the coding panel below has
// focus. Space is given up to text fields (they take it through ShortcutOverride, so typing a
// space never starts playback); Ctrl+Space always plays or pauses.
class PlayerWidget : public QWidget {
    Q_OBJECT

public:
    explicit PlayerWidget(QWidget *parent = nullptr);
    ~PlayerWidget() override;

    bool openFile(const QString &path, QString *error); // false + a clear, user-facing message
    void closeFile();                                   // cancels any waveform build cleanly
    bool hasFile() const;
    qint64 positionMs() const;
    qint64 durationMs() const;
    bool isPlaying() const;
    double speed() const;
    void play();
    void pause(); // applies auto-rewind
    void seek(qint64 ms);
    void setCodedWindow(qint64 startMs, qint64 endMs); // -1, -1 clears the shading
    void setMarkerModel(MarkerModel *model);
    int autoRewindMs() const;                  // from Settings
    QList<QAction *> transportActions() const; // each with objectName, text and shortcut

    // Additions to the contract.
    void setSpeed(double speed);
    void togglePlay();
    void skip(qint64 deltaMs);
    // Re-reads keys, skip lengths and auto-rewind from Settings.
    void reloadSettings();
    void showPreferences();
    // Plain status for the user: no sound output, a file cut short, the waveform progress.
    QString statusText() const;
    WaveformView *waveformView() const { return m_waveform; }
    // The wrapped status line would otherwise make the whole player report a height for its
    // width, which a vertical layout treats as fixed: the waveform could never give way on a
    // short screen. The status keeps its own height inside.
    bool hasHeightForWidth() const override { return false; }
    PlaybackEngine *engine() const { return m_engine.get(); }

signals:
    void positionChanged(qint64 ms);
    void durationChanged(qint64 ms);
    void markerActivated(qint64 markerId); // the user clicked a marker on the waveform
    void fileError(const QString &message);
    void playingChanged(bool playing);
    void speedChanged(double speed);

private:
    QAction *makeAction(const QString &name, const QString &text);
    void updatePlayAction();
    void updateStatus();
    void updateScrollBar();
    void cycleLoop();
    void goToTime();
    void onPosition(qint64 ms);

    std::unique_ptr<PlaybackEngine> m_engine;
    std::unique_ptr<WaveformBuilder> m_builder;
    TransportBar *m_transport;
    WaveformView *m_waveform;
    QScrollBar *m_scroll;
    QLabel *m_status;
    QHash<QString, QAction *> m_actions;
    QString m_fileWarning;
    QString m_waveformStatus;
    qint64 m_loopA = -1;
    int m_skipShortMs = 5000;
    int m_skipLongMs = 15000;
    int m_autoRewindMs = 2000;
};
