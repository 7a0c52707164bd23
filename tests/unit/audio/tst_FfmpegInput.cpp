#include "AudioFixtures.h"
#include "audio/AudioDecoder.h"
#include "audio/FfmpegInput.h"
#include "audio/PeakCache.h"
#include "audio/WaveformBuilder.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <vector>

// The seek index: the waveform pass records where each second of an MP3 starts, the cache
// keeps it, and with it a far seek reads a few packets instead of the whole file before the
// target, and still lands on the right sample. An index that does not fit the file is refused,
// and seeking then works as it always did.
class tst_FfmpegInput : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void theWaveformPassRecordsAnIndex();
    void farSeekWithTheIndexJumpsAndLands();
    void anIndexThatDoesNotFitIsRefused_data();
    void anIndexThatDoesNotFitIsRefused();

private:
    struct Landing {
        double errorMs = 1e9; // where the click was heard, against where it is
        qint64 bytesRead = -1;
    };
    // Seeks 100 ms before the click at `second` and listens for it.
    static Landing seekToClick(AudioDecoder &decoder, int second);

    QTemporaryDir m_dir;
    QString m_mp3;
    SeekIndex m_index;
};

namespace {

constexpr int Seconds = 480;
constexpr int Rate = 22050;

} // namespace

void tst_FfmpegInput::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_mp3 = m_dir.filePath(QStringLiteral("eight-minutes.mp3"));
    QString why;
    QVERIFY2(AudioFixtures::generate(AudioFixtures::clickTrack(Seconds, Rate), m_mp3,
                                     {QStringLiteral("-ac"), QStringLiteral("1"),
                                      QStringLiteral("-c:a"), QStringLiteral("libmp3lame"),
                                      QStringLiteral("-b:a"), QStringLiteral("64k")},
                                     &why),
             qPrintable(why));
    // The waveform pass, as the player runs it on first open, leaves the index in the cache.
    const QString cacheDir = m_dir.filePath(QStringLiteral("cache"));
    WaveformBuilder builder;
    builder.setCacheDirectory(cacheDir);
    QSignalSpy finished(&builder, &WaveformBuilder::finished);
    builder.start(m_mp3);
    QVERIFY(finished.wait(120000));
    const PeakCache cache(cacheDir);
    const QString sha = cache.knownSha256(m_mp3);
    QVERIFY(!sha.isEmpty());
    QVERIFY(cache.loadSeekIndex(sha, &m_index));
}

tst_FfmpegInput::Landing tst_FfmpegInput::seekToClick(AudioDecoder &decoder, int second) {
    Landing landing;
    const qint64 before = decoder.input().bytesRead();
    const qint64 target = second * 1000LL - 100;
    if (!decoder.seek(target))
        return landing;
    std::vector<float> block(static_cast<size_t>(Rate / 2));
    const qint64 n = decoder.read(block.data(), qint64(block.size()));
    landing.bytesRead = decoder.input().bytesRead() - before;
    for (qint64 i = 0; i < n; ++i) {
        if (std::abs(block[static_cast<size_t>(i)]) > 0.3f) {
            landing.errorMs = target + i * 1000.0 / Rate - second * 1000.0;
            break;
        }
    }
    return landing;
}

void tst_FfmpegInput::theWaveformPassRecordsAnIndex() {
    // About one point a second (a second or a packet more apart), in order.
    QVERIFY2(m_index.points.size() >= Seconds * 9 / 10 && m_index.points.size() <= Seconds + 1,
             qPrintable(QString::number(m_index.points.size())));
    QVERIFY(m_index.isConsistent(QFileInfo(m_mp3).size()));
}

void tst_FfmpegInput::farSeekWithTheIndexJumpsAndLands() {
    AudioDecoder decoder;
    QString error;
    QVERIFY2(decoder.open(m_mp3, Rate, 1, &error), qPrintable(error));
    QVERIFY(decoder.input().useSeekIndex(m_index));
    const qint64 fileSize = QFileInfo(m_mp3).size();
    for (const int second : {450, 30, 301, 477}) {
        const Landing landing = seekToClick(decoder, second);
        QVERIFY2(
            std::abs(landing.errorMs) <= 20.0,
            qPrintable(
                QStringLiteral("%1 s: the click was %2 ms off").arg(second).arg(landing.errorMs)));
        // A jump reads the second before the target and a little more, never the file up to it.
        QVERIFY2(landing.bytesRead < fileSize / 20,
                 qPrintable(QStringLiteral("%1 s: read %2 of %3 bytes")
                                .arg(second)
                                .arg(landing.bytesRead)
                                .arg(fileSize)));
    }
}

void tst_FfmpegInput::anIndexThatDoesNotFitIsRefused_data() {
    QTest::addColumn<int>("damage");
    QTest::newRow("another time base") << 0;
    QTest::newRow("offsets out of order") << 1;
    QTest::newRow("an offset past the end of the file") << 2;
    QTest::newRow("timestamps out of order") << 3;
}

void tst_FfmpegInput::anIndexThatDoesNotFitIsRefused() {
    QFETCH(int, damage);
    SeekIndex index = m_index;
    QVERIFY(index.points.size() > 10);
    switch (damage) {
    case 0:
        index.timeBaseDenominator += 1;
        break;
    case 1:
        std::swap(index.points[5].position, index.points[6].position);
        break;
    case 2:
        index.points.back().position = QFileInfo(m_mp3).size() + 1000;
        break;
    default:
        std::swap(index.points[5].timestamp, index.points[6].timestamp);
        break;
    }
    AudioDecoder decoder;
    QString error;
    QVERIFY2(decoder.open(m_mp3, Rate, 1, &error), qPrintable(error));
    QVERIFY(!decoder.input().useSeekIndex(index));
    // Without it, seeking is as before: slower, but on the click.
    const Landing landing = seekToClick(decoder, 301);
    QVERIFY2(std::abs(landing.errorMs) <= 20.0, qPrintable(QString::number(landing.errorMs)));
}

QTEST_GUILESS_MAIN(tst_FfmpegInput)
#include "tst_FfmpegInput.moc"
