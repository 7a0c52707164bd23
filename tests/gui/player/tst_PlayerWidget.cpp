#include "AudioFixtures.h"

#include "audio/MarkerModel.h"
#include "audio/PlaybackEngine.h"
#include "player/GoToTimeDialog.h"
#include "player/PlayerPreferencesDialog.h"
#include "player/PlayerWidget.h"
#include "player/WaveformView.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <QtTest>

// The player driven from the keyboard as an evaluator would: focus stays in the coding panel
// (here a list and a text field below the player) and the transport keys still work.
class tst_PlayerWidget : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void skipKeysMoveThePosition();
    void speedKeysChangeTheSpeed();
    void spaceTogglesAndPauseRewinds();
    void spaceIsLeftToTextFields();
    void goToTimeJumps();
    void loopKeyCyclesAToBToClear();
    void clickingAMarkerReportsIt();
    void preferencesChangeKeysAndSkips();
    void badFileGivesAPlainMessage();
    void noSoundCardIsSaidPlainly();

private:
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

    QTemporaryDir m_dir;
    QString m_file;
    QWidget *m_window = nullptr;
    PlayerWidget *m_player = nullptr;
    QListWidget *m_codingList = nullptr;
    QLineEdit *m_noteEdit = nullptr;
};

void tst_PlayerWidget::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PracticeCoderTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_PlayerWidget"));
    QVERIFY(m_dir.isValid());
    m_file = m_dir.filePath(QStringLiteral("session.wav"));
    QString why;
    QVERIFY2(AudioFixtures::generate(AudioFixtures::clickTrack(90, 22050), m_file, {}, &why),
             qPrintable(why));
}

void tst_PlayerWidget::init() {
    Settings settings;
    for (const auto &name : {"playPause", "skipBack", "skipForward"})
        settings.setShortcut(QLatin1String(name), QString());
    settings.setSkipShortMs(5000);
    settings.setSkipLongMs(15000);
    settings.setAutoRewindMs(2000);
    settings.sync();

    m_window = new QWidget;
    auto *layout = new QVBoxLayout(m_window);
    m_player = new PlayerWidget(m_window);
    m_codingList = new QListWidget(m_window);
    m_codingList->setObjectName(QStringLiteral("codingList"));
    m_codingList->addItems({QStringLiteral("Evocation"), QStringLiteral("Empathy")});
    m_noteEdit = new QLineEdit(m_window);
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    layout->addWidget(m_player);
    layout->addWidget(m_codingList);
    layout->addWidget(m_noteEdit);
    m_window->resize(1000, 500);
    m_window->show();
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QString error;
    QVERIFY2(m_player->openFile(m_file, &error), qPrintable(error));
    QCOMPARE(m_player->durationMs(), qint64(90000));
    m_codingList->setFocus();
    QTRY_VERIFY(m_codingList->hasFocus());
}

void tst_PlayerWidget::cleanup() {
    delete m_window;
    m_window = nullptr;
}

void tst_PlayerWidget::press(int key, Qt::KeyboardModifiers modifiers) {
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window;
    QTest::keyClick(target, static_cast<Qt::Key>(key), modifiers);
}

void tst_PlayerWidget::skipKeysMoveThePosition() {
    press(Qt::Key_Right);
    QCOMPARE(m_player->positionMs(), qint64(5000));
    press(Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(m_player->positionMs(), qint64(20000));
    press(Qt::Key_Left);
    QCOMPARE(m_player->positionMs(), qint64(15000));
    press(Qt::Key_Left, Qt::ShiftModifier);
    QCOMPARE(m_player->positionMs(), qint64(0));
    press(Qt::Key_Left); // never before the start
    QCOMPARE(m_player->positionMs(), qint64(0));
    QVERIFY(m_codingList->hasFocus());
    auto *time = m_player->findChild<QLabel *>(QStringLiteral("timeLabel"));
    QVERIFY(time);
    m_player->seek(3723000 % 90000);
    QTRY_COMPARE(time->text(), QStringLiteral("0:00:33 / 0:01:30"));
}

void tst_PlayerWidget::speedKeysChangeTheSpeed() {
    auto *box = m_player->findChild<QDoubleSpinBox *>(QStringLiteral("speedBox"));
    QVERIFY(box);
    press(Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(m_player->speed(), 1.1);
    QCOMPARE(box->value(), 1.1);
    press(Qt::Key_Down, Qt::ControlModifier);
    press(Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(m_player->speed(), 0.9);
    for (int i = 0; i < 10; ++i)
        press(Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(m_player->speed(), 0.5);
    press(Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(m_player->speed(), 1.0);
    // The list did not move: Ctrl+Up/Down went to the player, not to the coding panel.
    QVERIFY(m_codingList->hasFocus());
}

void tst_PlayerWidget::spaceTogglesAndPauseRewinds() {
    m_player->seek(30000);
    press(Qt::Key_Space);
    QVERIFY(m_player->isPlaying());
    QTRY_VERIFY(m_player->positionMs() > 30300);
    const qint64 before = m_player->positionMs();
    press(Qt::Key_Space);
    QVERIFY(!m_player->isPlaying());
    const qint64 after = m_player->positionMs();
    QCOMPARE(m_player->autoRewindMs(), 2000);
    QVERIFY2(after >= before - 2000 && after < before,
             qPrintable(QStringLiteral("%1 then %2").arg(before).arg(after)));
}

void tst_PlayerWidget::spaceIsLeftToTextFields() {
    m_noteEdit->setFocus();
    QTRY_VERIFY(m_noteEdit->hasFocus());
    QTest::keyClick(m_noteEdit, Qt::Key_Space);
    QVERIFY(!m_player->isPlaying());
    QCOMPARE(m_noteEdit->text(), QStringLiteral(" "));
    // Ctrl+Space always works.
    QTest::keyClick(m_noteEdit, Qt::Key_Space, Qt::ControlModifier);
    QVERIFY(m_player->isPlaying());
    QTest::keyClick(m_noteEdit, Qt::Key_Space, Qt::ControlModifier);
    QVERIFY(!m_player->isPlaying());
    QCOMPARE(m_noteEdit->text(), QStringLiteral(" "));
}

void tst_PlayerWidget::goToTimeJumps() {
    GoToTimeDialog::setNextAnswer(42000);
    press(Qt::Key_G, Qt::ControlModifier);
    QCOMPARE(m_player->positionMs(), qint64(42000));
    GoToTimeDialog::setNextAnswer(std::nullopt); // cancelled
    press(Qt::Key_G, Qt::ControlModifier);
    QCOMPARE(m_player->positionMs(), qint64(42000));
}

void tst_PlayerWidget::loopKeyCyclesAToBToClear() {
    PlaybackEngine *engine = m_player->engine();
    m_player->seek(10000);
    press(Qt::Key_L, Qt::ControlModifier);
    QVERIFY(m_player->statusText().contains(QStringLiteral("A set at 0:00:10")));
    m_player->seek(20000);
    press(Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(engine->loopStartMs(), qint64(10000));
    QCOMPARE(engine->loopEndMs(), qint64(20000));
    press(Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(engine->loopEndMs(), qint64(-1));
}

void tst_PlayerWidget::clickingAMarkerReportsIt() {
    MarkerModel markers;
    markers.setMarkers({{7, 45000, QStringLiteral("strength"), QStringLiteral("Good reflection")}});
    m_player->setMarkerModel(&markers);
    QSignalSpy activated(m_player, &PlayerWidget::markerActivated);
    WaveformView *view = m_player->waveformView();
    const int x = static_cast<int>(45000.0 / 90000.0 * view->width());
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier, QPoint(x + 3, 30));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().at(0).toLongLong(), qint64(7));
    // A click in the waveform itself seeks instead.
    QTest::mouseClick(view, Qt::LeftButton, Qt::NoModifier,
                      QPoint(view->width() / 4, view->height() - 20));
    QVERIFY(qAbs(m_player->positionMs() - 22500) < 300);
    m_player->setMarkerModel(nullptr);
}

void tst_PlayerWidget::preferencesChangeKeysAndSkips() {
    {
        Settings settings;
        PlayerPreferencesDialog dialog(settings);
        auto *shortSkip = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("skipShortBox"));
        auto *rewind = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("autoRewindBox"));
        auto *back = dialog.findChild<QKeySequenceEdit *>(QStringLiteral("key_skipBack"));
        auto *forward = dialog.findChild<QKeySequenceEdit *>(QStringLiteral("key_skipForward"));
        QVERIFY(shortSkip && rewind && back && forward);
        shortSkip->setValue(3);
        rewind->setValue(0);
        // A foot pedal that sends F7 / F8.
        back->setKeySequence(QKeySequence(Qt::Key_F7));
        forward->setKeySequence(QKeySequence(Qt::Key_F7));
        QVERIFY(!dialog.save()); // the same key twice is refused
        forward->setKeySequence(QKeySequence(Qt::Key_F8));
        QVERIFY(dialog.save());
    }
    m_player->reloadSettings();
    QCOMPARE(m_player->autoRewindMs(), 0);
    m_player->seek(10000);
    press(Qt::Key_F8);
    QCOMPARE(m_player->positionMs(), qint64(13000));
    press(Qt::Key_F7);
    press(Qt::Key_F7);
    QCOMPARE(m_player->positionMs(), qint64(7000));
    press(Qt::Key_Left); // no longer bound
    QCOMPARE(m_player->positionMs(), qint64(7000));
    Settings settings;
    settings.setShortcut(QStringLiteral("skipBack"), QString());
    settings.setShortcut(QStringLiteral("skipForward"), QString());
}

void tst_PlayerWidget::badFileGivesAPlainMessage() {
    const QString text = m_dir.filePath(QStringLiteral("minutes.mp3"));
    QVERIFY(AudioFixtures::writeBytes(text, "Minutes of the team meeting\n"));
    QSignalSpy errors(m_player, &PlayerWidget::fileError);
    QString error;
    QVERIFY(!m_player->openFile(text, &error));
    QVERIFY(error.contains(QStringLiteral("text file")));
    QCOMPARE(errors.count(), 1);
    QVERIFY(!m_player->hasFile());
    press(Qt::Key_Space); // nothing to play, nothing breaks
    QVERIFY(!m_player->isPlaying());
}

void tst_PlayerWidget::noSoundCardIsSaidPlainly() {
    if (m_player->engine()->hasAudioOutput())
        QSKIP("This machine has a sound card; the no-output message is not shown.");
    QVERIFY(m_player->statusText().contains(QStringLiteral("no audio output")));
    // The clock still moves without one.
    press(Qt::Key_Space);
    QTRY_VERIFY(m_player->positionMs() > 200);
    press(Qt::Key_Space);
}

QTEST_MAIN(tst_PlayerWidget)
#include "tst_PlayerWidget.moc"
