#include "AudioFixtures.h"

#include "audio/NullSink.h"
#include "audio/PlaybackEngine.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <numbers>
#include <vector>

// The real engine (decode thread, Rubber Band, ring buffer) played through the null sink.
class tst_PlaybackEngine : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void toneKeepsPitchAndScalesDuration_data();
    void toneKeepsPitchAndScalesDuration();
    void seekLandsOnTheClick_data();
    void seekLandsOnTheClick();
    void positionFollowsWhatWasPulled();
    void speedSnapsToTheGrid();
    void pauseStopsTheClock();
    void volumeScalesSamples();
    void openingABadFileFailsPlainly();

private:
    // Plays from the current position to the end; returns mono samples (first channel).
    static std::vector<float> pullAll(PlaybackEngine &engine);
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

namespace {

// The frequency (in Hz, 0.5 Hz resolution) with the most energy between lo and hi, by a
// Goertzel scan over the middle second of the signal.
double dominantFrequency(const std::vector<float> &samples, int rate, double lo, double hi) {
    const size_t length = static_cast<size_t>(rate);
    const size_t start = samples.size() > 2 * length ? samples.size() / 2 - length / 2 : 0;
    const size_t count = std::min(length, samples.size() - start);
    double best = 0;
    double bestPower = -1;
    for (double f = lo; f <= hi; f += 0.5) {
        const double w = 2.0 * std::numbers::pi * f / rate;
        const double coefficient = 2.0 * std::cos(w);
        double s1 = 0;
        double s2 = 0;
        for (size_t i = 0; i < count; ++i) {
            const double s0 = samples[start + i] + coefficient * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        const double power = s1 * s1 + s2 * s2 - coefficient * s1 * s2;
        if (power > bestPower) {
            bestPower = power;
            best = f;
        }
    }
    return best;
}

} // namespace

void tst_PlaybackEngine::initTestCase() {
    QVERIFY(m_dir.isValid());
    QString why;
    QVERIFY2(AudioFixtures::generate(AudioFixtures::tone(440, 6), path(QStringLiteral("tone.wav")),
                                     {QStringLiteral("-ac"), QStringLiteral("1")}, &why),
             qPrintable(why));
    QVERIFY2(AudioFixtures::generate(AudioFixtures::clickTrack(30),
                                     path(QStringLiteral("clicks.wav")), {}, &why),
             qPrintable(why));
    QVERIFY2(AudioFixtures::generate(AudioFixtures::clickTrack(30),
                                     path(QStringLiteral("clicks.mp3")),
                                     {QStringLiteral("-c:a"), QStringLiteral("libmp3lame"),
                                      QStringLiteral("-b:a"), QStringLiteral("128k")},
                                     &why),
             qPrintable(why));
}

std::vector<float> tst_PlaybackEngine::pullAll(PlaybackEngine &engine) {
    std::vector<float> mono;
    const int channels = engine.outputChannels();
    std::vector<float> block(static_cast<size_t>(2048 * channels));
    for (;;) {
        const qint64 n = engine.nullSink()->pull(block.data(), 2048);
        if (n <= 0)
            break;
        for (qint64 i = 0; i < n; ++i)
            mono.push_back(block[static_cast<size_t>(i * channels)]);
    }
    return mono;
}

void tst_PlaybackEngine::toneKeepsPitchAndScalesDuration_data() {
    QTest::addColumn<double>("speed");
    QTest::newRow("0.5x") << 0.5;
    QTest::newRow("1x") << 1.0;
    QTest::newRow("1.5x") << 1.5;
    QTest::newRow("2x") << 2.0;
}

void tst_PlaybackEngine::toneKeepsPitchAndScalesDuration() {
    QFETCH(double, speed);
    PlaybackEngine engine(PlaybackEngine::Output::Null);
    QString error;
    QVERIFY2(engine.open(path(QStringLiteral("tone.wav")), &error), qPrintable(error));
    QVERIFY(!engine.hasAudioOutput());
    engine.setSpeed(speed);
    QCOMPARE(engine.speed(), speed);
    engine.play();
    const std::vector<float> out = pullAll(engine);
    const double seconds = static_cast<double>(out.size()) / engine.outputRate();
    const double expected = 6.0 / speed;
    QVERIFY2(std::abs(seconds - expected) / expected < 0.02,
             qPrintable(QStringLiteral("%1 s instead of %2 s").arg(seconds).arg(expected)));
    const double frequency = dominantFrequency(out, engine.outputRate(), 300, 900);
    QVERIFY2(std::abs(frequency - 440.0) / 440.0 < 0.02,
             qPrintable(QStringLiteral("dominant %1 Hz").arg(frequency)));
    QVERIFY(engine.atEnd());
}

void tst_PlaybackEngine::seekLandsOnTheClick_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<double>("speed");
    QTest::newRow("wav 1x") << "clicks.wav" << 1.0;
    QTest::newRow("mp3 1x") << "clicks.mp3" << 1.0;
    QTest::newRow("mp3 1.5x") << "clicks.mp3" << 1.5;
    QTest::newRow("wav 0.75x") << "clicks.wav" << 0.75;
}

void tst_PlaybackEngine::seekLandsOnTheClick() {
    QFETCH(QString, file);
    QFETCH(double, speed);
    PlaybackEngine engine(PlaybackEngine::Output::Null);
    QString error;
    QVERIFY2(engine.open(path(file), &error), qPrintable(error));
    engine.setSpeed(speed);
    engine.play();
    const int channels = engine.outputChannels();
    const int rate = engine.outputRate();
    for (const qint64 second : {17, 3, 25, 9}) {
        // Seek 100 ms before a click: the click must be heard 100 ms (of source time) later.
        engine.seek(second * 1000 - 100);
        QCOMPARE(engine.positionMs(), second * 1000 - 100);
        std::vector<float> block(static_cast<size_t>(rate * channels));
        const qint64 n = engine.nullSink()->pull(block.data(), rate / 2);
        QVERIFY(n > 0);
        qint64 onset = -1;
        for (qint64 i = 0; i < n; ++i) {
            if (std::abs(block[static_cast<size_t>(i * channels)]) > 0.3f) {
                onset = i;
                break;
            }
        }
        QVERIFY2(onset >= 0, "no click after the seek");
        const double heardAtMs = (second * 1000 - 100) + onset * speed * 1000.0 / rate;
        QVERIFY2(std::abs(heardAtMs - second * 1000.0) <= 20.0,
                 qPrintable(QStringLiteral("click at %1 ms, expected %2 ms")
                                .arg(heardAtMs)
                                .arg(second * 1000)));
    }
}

void tst_PlaybackEngine::positionFollowsWhatWasPulled() {
    PlaybackEngine engine(PlaybackEngine::Output::Null);
    QString error;
    QVERIFY2(engine.open(path(QStringLiteral("clicks.wav")), &error), qPrintable(error));
    engine.setSpeed(1.5);
    engine.seek(2000);
    engine.play();
    const int rate = engine.outputRate();
    std::vector<float> block(static_cast<size_t>(rate * engine.outputChannels()));
    // One second of output at 1.5x covers 1.5 s of the recording.
    QCOMPARE(engine.nullSink()->pull(block.data(), rate), qint64(rate));
    QVERIFY(qAbs(engine.positionMs() - 3500) <= 1);
}

void tst_PlaybackEngine::speedSnapsToTheGrid() {
    QCOMPARE(PlaybackEngine::snapSpeed(0.3), 0.5);
    QCOMPARE(PlaybackEngine::snapSpeed(3.0), 2.0);
    QCOMPARE(PlaybackEngine::snapSpeed(1.12), 1.1);
    QCOMPARE(PlaybackEngine::snapSpeed(1.13), 1.15);
    QCOMPARE(PlaybackEngine::snapSpeed(0.95 + 0.1), 1.05);
    QCOMPARE(PlaybackEngine::snapSpeed(std::nan("")), 1.0);
}

void tst_PlaybackEngine::pauseStopsTheClock() {
    PlaybackEngine engine(PlaybackEngine::Output::Null);
    QString error;
    QVERIFY2(engine.open(path(QStringLiteral("clicks.wav")), &error), qPrintable(error));
    QSignalSpy playing(&engine, &PlaybackEngine::playingChanged);
    engine.play();
    std::vector<float> block(static_cast<size_t>(44100 * engine.outputChannels()));
    QCOMPARE(engine.nullSink()->pull(block.data(), 22050), qint64(22050));
    engine.pause();
    QCOMPARE(engine.positionMs(), qint64(500));
    // While paused nothing more is handed out, so the clock cannot move.
    QCOMPARE(engine.nullSink()->pull(block.data(), 1000, 50), qint64(0));
    QCOMPARE(engine.positionMs(), qint64(500));
    QCOMPARE(playing.count(), 2);
}

void tst_PlaybackEngine::volumeScalesSamples() {
    PlaybackEngine engine(PlaybackEngine::Output::Null);
    QString error;
    QVERIFY2(engine.open(path(QStringLiteral("tone.wav")), &error), qPrintable(error));
    engine.setVolume(0.5);
    engine.play();
    std::vector<float> block(static_cast<size_t>(4410 * engine.outputChannels()));
    QCOMPARE(engine.nullSink()->pull(block.data(), 4410), qint64(4410));
    float peak = 0;
    for (float s : block)
        peak = std::max(peak, std::abs(s));
    // ffmpeg's sine source has amplitude 1/8; the volume curve is squared.
    QVERIFY2(std::abs(peak - 0.125f * 0.25f) < 0.005f, qPrintable(QString::number(peak)));
    engine.setMuted(true);
    engine.seek(1000);
    QCOMPARE(engine.nullSink()->pull(block.data(), 4410), qint64(4410));
    for (float s : block)
        QCOMPARE(s, 0.0f);
}

void tst_PlaybackEngine::openingABadFileFailsPlainly() {
    PlaybackEngine engine(PlaybackEngine::Output::Null);
    QString error;
    QVERIFY(!engine.open(path(QStringLiteral("missing.mp3")), &error));
    QVERIFY(error.contains(QStringLiteral("does not exist")));
    QVERIFY(!engine.isOpen());
    engine.play(); // harmless without a file
    QVERIFY(!engine.isPlaying());
    QCOMPARE(engine.positionMs(), qint64(0));
}

QTEST_GUILESS_MAIN(tst_PlaybackEngine)
#include "tst_PlaybackEngine.moc"
