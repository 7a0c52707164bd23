#include "AudioFixtures.h"

#include "audio/AudioProbe.h"
#include "audio/PeakCache.h"
#include "audio/PeakPyramid.h"
#include "audio/WaveformBuilder.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

// The peak pyramid, its builder thread and the on-disk cache.
class tst_WaveformBuilder : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void pyramidColumnsMatchTheSamples();
    void appendingInPiecesEqualsOneBuild();
    void buildFindsTheLoudPart();
    void cacheHitReturnsIdenticalPeaks();
    void changedFileMisses();
    void copyElsewhereHitsBySha256();
    void cancelStopsPromptly();
    void badFileReportsFailure();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void tst_WaveformBuilder::initTestCase() {
    QVERIFY(m_dir.isValid());
    QString why;
    // Quiet tone for 4 s, then loud for 4 s, then silence for 4 s.
    QVERIFY2(AudioFixtures::generate(QStringLiteral("aevalsrc='if(lt(t\\,4)\\,0.1\\,if(lt(t\\,8)\\,"
                                                    "0.8\\,0))*sin(2*PI*300*t)':s=22050:d=12"),
                                     path(QStringLiteral("steps.wav")), {}, &why),
             qPrintable(why));
    QVERIFY2(AudioFixtures::generate(AudioFixtures::tone(220, 120, 44100),
                                     path(QStringLiteral("long.mp3")),
                                     {QStringLiteral("-c:a"), QStringLiteral("libmp3lame")}, &why),
             qPrintable(why));
}

void tst_WaveformBuilder::pyramidColumnsMatchTheSamples() {
    PeakPyramid pyramid(8000);
    std::vector<PeakPair> bins;
    for (int i = 0; i < 1000; ++i)
        bins.push_back({static_cast<qint16>(-i), static_cast<qint16>(i)});
    pyramid.append(bins.data(), static_cast<qsizetype>(bins.size()));
    std::vector<PeakPair> columns;
    // 15 columns of 64 bins each, read through a coarser level.
    QCOMPARE(pyramid.columns(0, 64.0 * PeakPyramid::BaseFramesPerBin, 15, &columns), 15);
    for (int c = 0; c < 15; ++c) {
        QCOMPARE(columns[static_cast<size_t>(c)].max, qint16(c * 64 + 63));
        QCOMPARE(columns[static_cast<size_t>(c)].min, qint16(-(c * 64 + 63)));
    }
    // The last column is only partly built.
    QCOMPARE(pyramid.columns(0, 64.0 * PeakPyramid::BaseFramesPerBin, 20, &columns), 16);
    // Past the end nothing is covered.
    QCOMPARE(pyramid.columns(2000.0 * PeakPyramid::BaseFramesPerBin, 256, 5, &columns), 0);
}

void tst_WaveformBuilder::appendingInPiecesEqualsOneBuild() {
    std::vector<PeakPair> bins;
    for (int i = 0; i < 5000; ++i)
        bins.push_back(
            {static_cast<qint16>(-(i * 7919 % 3000)), static_cast<qint16>(i * 104729 % 3000)});
    PeakPyramid whole(8000);
    whole.setBaseLevel(bins, 8000);
    PeakPyramid pieces(8000);
    for (size_t at = 0; at < bins.size(); at += 333)
        pieces.append(bins.data() + at,
                      static_cast<qsizetype>(std::min<size_t>(333, bins.size() - at)));
    std::vector<PeakPair> a;
    std::vector<PeakPair> b;
    for (double width : {256.0, 1000.0, 4096.0, 70000.0}) {
        QCOMPARE(whole.columns(0, width, 50, &a), pieces.columns(0, width, 50, &b));
        QVERIFY(a == b);
    }
}

void tst_WaveformBuilder::buildFindsTheLoudPart() {
    PeakPyramid peaks;
    QString error;
    QVERIFY2(WaveformBuilder::build(path(QStringLiteral("steps.wav")), &peaks, &error),
             qPrintable(error));
    QVERIFY(peaks.isComplete());
    QCOMPARE(peaks.sampleRate(), 22050);
    QVERIFY(qAbs(peaks.builtFrames() - 12 * 22050) <= PeakPyramid::BaseFramesPerBin);
    std::vector<PeakPair> columns;
    QCOMPARE(peaks.columns(0, 22050 * 4, 3, &columns), 3);
    QVERIFY(qAbs(columns[0].max - qint16(0.1 * 32767)) < 200);
    QVERIFY(qAbs(columns[1].max - qint16(0.8 * 32767)) < 200);
    QVERIFY(qAbs(columns[1].min + qint16(0.8 * 32767)) < 200);
    QVERIFY(qAbs(columns[2].max) < 50);
}

void tst_WaveformBuilder::cacheHitReturnsIdenticalPeaks() {
    const QString cacheDir = path(QStringLiteral("cache-hit"));
    WaveformBuilder builder;
    builder.setCacheDirectory(cacheDir);
    QSignalSpy finished(&builder, &WaveformBuilder::finished);
    builder.start(path(QStringLiteral("long.mp3")));
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.takeFirst().at(0).toBool(), false);
    builder.cancel(); // joins: the cache entry has been written
    const std::vector<PeakPair> built = builder.peaks()->baseLevel();
    QVERIFY(built.size() > 10000);

    builder.start(path(QStringLiteral("long.mp3")));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.takeFirst().at(0).toBool(), true);
    QVERIFY(builder.peaks()->isComplete());
    QVERIFY(builder.peaks()->baseLevel() == built);
    QCOMPARE(builder.peaks()->sampleRate(), 44100);
}

void tst_WaveformBuilder::changedFileMisses() {
    const QString cacheDir = path(QStringLiteral("cache-change"));
    const QString file = path(QStringLiteral("changing.wav"));
    QVERIFY(QFile::copy(path(QStringLiteral("steps.wav")), file));
    WaveformBuilder builder;
    builder.setCacheDirectory(cacheDir);
    QSignalSpy finished(&builder, &WaveformBuilder::finished);
    builder.start(file);
    QVERIFY(finished.wait(30000));
    builder.cancel();
    const std::vector<PeakPair> before = builder.peaks()->baseLevel();

    // Same length, different content: the loud part becomes silence.
    QByteArray bytes = AudioFixtures::readBytes(file);
    const qsizetype from = bytes.size() / 3;
    for (qsizetype i = from; i < 2 * from; ++i)
        bytes[i] = 0;
    QVERIFY(AudioFixtures::writeBytes(file, bytes));
    const PeakCache cache(cacheDir);
    QVERIFY(cache.knownSha256(file).isEmpty() ||
            cache.knownSha256(file) != AudioProbe::sha256(file));

    builder.start(file);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.last().at(0).toBool(), false);
    QVERIFY(builder.peaks()->baseLevel() != before);
}

void tst_WaveformBuilder::copyElsewhereHitsBySha256() {
    const QString cacheDir = path(QStringLiteral("cache-copy"));
    WaveformBuilder builder;
    builder.setCacheDirectory(cacheDir);
    QSignalSpy finished(&builder, &WaveformBuilder::finished);
    builder.start(path(QStringLiteral("steps.wav")));
    QVERIFY(finished.wait(30000));
    builder.cancel();
    QVERIFY(QFile::copy(path(QStringLiteral("steps.wav")), path(QStringLiteral("copy.wav"))));
    builder.start(path(QStringLiteral("copy.wav")));
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.last().at(0).toBool(), true);
}

void tst_WaveformBuilder::cancelStopsPromptly() {
    WaveformBuilder builder;
    builder.setCacheDirectory(path(QStringLiteral("cache-cancel")));
    QSignalSpy finished(&builder, &WaveformBuilder::finished);
    QSignalSpy progress(&builder, &WaveformBuilder::progress);
    builder.start(path(QStringLiteral("long.mp3")), WaveformBuilder::CachePolicy::Bypass);
    builder.cancel();
    QVERIFY(!builder.isRunning());
    QVERIFY(!builder.peaks()->isComplete());
    // Nothing queued by the cancelled build may arrive afterwards.
    QCoreApplication::processEvents();
    QCOMPARE(finished.count(), 0);
    QCOMPARE(progress.count(), 0);
}

void tst_WaveformBuilder::badFileReportsFailure() {
    WaveformBuilder builder;
    builder.setCacheDirectory(path(QStringLiteral("cache-bad")));
    QSignalSpy failed(&builder, &WaveformBuilder::failed);
    builder.start(path(QStringLiteral("missing.wav")), WaveformBuilder::CachePolicy::Bypass);
    QVERIFY(failed.wait(5000));
    QVERIFY(failed.first().at(0).toString().contains(QStringLiteral("does not exist")));
}

QTEST_GUILESS_MAIN(tst_WaveformBuilder)
#include "tst_WaveformBuilder.moc"
