#include "AudioFixtures.h"

#include "audio/AudioDecoder.h"
#include "audio/AudioProbe.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

// Probing every supported format, and a specific message for every kind of bad file.
class tst_AudioProbe : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void formats_data();
    void formats();
    void sha256MatchesKnownValue();
    void missingFile();
    void emptyFile();
    void textRenamedMp3();
    void folder();
    void fifo();
    void permissionDenied();
    void truncatedMp3PlaysToTheBreak();
    void truncatedMp3SaysWhereTheSoundStops();
    void truncatedWavPlaysToTheBreak();
    void truncatedM4aIsDamaged();
    void wholeFilesAreNotCutShort();
    void truncatedWavAndOggAreFlaggedEvenWithoutTheEndCheck_data();
    void truncatedWavAndOggAreFlaggedEvenWithoutTheEndCheck();
    void wavHeaderClaimingTenHoursIsCutShort();
    void fuzzedCopiesNeitherCrashNorHang();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void tst_AudioProbe::initTestCase() {
    QVERIFY(m_dir.isValid());
    QString why;
    QVERIFY2(AudioFixtures::generate(AudioFixtures::tone(440, 12), path(QStringLiteral("t.wav")),
                                     {QStringLiteral("-ac"), QStringLiteral("1")}, &why),
             qPrintable(why));
    const QList<QPair<QString, QStringList>> encodings = {
        {QStringLiteral("t.mp3"),
         {QStringLiteral("-c:a"), QStringLiteral("libmp3lame"), QStringLiteral("-b:a"),
          QStringLiteral("64k")}},
        {QStringLiteral("t.m4a"), {QStringLiteral("-c:a"), QStringLiteral("aac")}},
        {QStringLiteral("t.flac"), {}},
        {QStringLiteral("t.ogg"), {QStringLiteral("-c:a"), QStringLiteral("libvorbis")}},
        {QStringLiteral("t.opus"), {QStringLiteral("-c:a"), QStringLiteral("libopus")}},
        {QStringLiteral("t.wma"), {QStringLiteral("-c:a"), QStringLiteral("wmav2")}},
    };
    for (const auto &[name, args] : encodings) {
        QProcess ffmpeg;
        ffmpeg.start(QStringLiteral("ffmpeg"),
                     QStringList{QStringLiteral("-v"), QStringLiteral("error"),
                                 QStringLiteral("-y"), QStringLiteral("-i"),
                                 path(QStringLiteral("t.wav"))} +
                         args + QStringList{path(name)});
        QVERIFY(ffmpeg.waitForFinished(60000));
        QVERIFY2(ffmpeg.exitCode() == 0, qPrintable(name));
    }
}

void tst_AudioProbe::formats_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("codec");
    QTest::newRow("wav") << "t.wav"
                         << "pcm_s16le";
    QTest::newRow("mp3") << "t.mp3"
                         << "mp3";
    QTest::newRow("m4a") << "t.m4a"
                         << "aac";
    QTest::newRow("flac") << "t.flac"
                          << "flac";
    QTest::newRow("ogg") << "t.ogg"
                         << "vorbis";
    QTest::newRow("opus") << "t.opus"
                          << "opus";
    QTest::newRow("wma") << "t.wma"
                         << "wmav2";
}

void tst_AudioProbe::formats() {
    QFETCH(QString, file);
    QFETCH(QString, codec);
    AudioFileInfo info;
    QString error;
    QVERIFY2(AudioProbe::probe(path(file), &info, &error, AudioProbe::Hash::Compute),
             qPrintable(error));
    QCOMPARE(info.codec, codec);
    QCOMPARE(info.channels, 1);
    QVERIFY(info.sampleRate == 44100 || info.sampleRate == 48000);
    QVERIFY2(qAbs(info.durationMs - 12000) < 150, qPrintable(QString::number(info.durationMs)));
    QCOMPARE(info.sha256.size(), 64);
    QVERIFY(!info.truncated);
}

void tst_AudioProbe::sha256MatchesKnownValue() {
    const QString file = path(QStringLiteral("abc.bin"));
    QVERIFY(AudioFixtures::writeBytes(file, "abc"));
    QCOMPARE(AudioProbe::sha256(file),
             QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

void tst_AudioProbe::missingFile() {
    QString error;
    QVERIFY(!AudioProbe::probe(path(QStringLiteral("nowhere.mp3")), nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
}

void tst_AudioProbe::emptyFile() {
    const QString file = path(QStringLiteral("empty.mp3"));
    QVERIFY(AudioFixtures::writeBytes(file, QByteArray()));
    QString error;
    QVERIFY(!AudioProbe::probe(file, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("empty (0 bytes)")), qPrintable(error));
}

void tst_AudioProbe::textRenamedMp3() {
    const QString file = path(QStringLiteral("notes.mp3"));
    QVERIFY(
        AudioFixtures::writeBytes(file, "Session notes: family visit on Tuesday.\nNext steps.\n"));
    QString error;
    QVERIFY(!AudioProbe::probe(file, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("is a text file, not a recording")), qPrintable(error));
}

void tst_AudioProbe::folder() {
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("folder.mp3")));
    QString error;
    QVERIFY(!AudioProbe::probe(path(QStringLiteral("folder.mp3")), nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("is a folder")), qPrintable(error));
}

void tst_AudioProbe::fifo() {
    // A pipe would block a naive open() forever: it must be refused at once instead.
    const QString file = path(QStringLiteral("pipe.mp3"));
    QCOMPARE(::mkfifo(QFile::encodeName(file).constData(), 0600), 0);
    QElapsedTimer timer;
    timer.start();
    QString error;
    QVERIFY(!AudioProbe::probe(file, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("not an ordinary file")), qPrintable(error));
}

void tst_AudioProbe::permissionDenied() {
    if (::geteuid() == 0)
        QSKIP("Running as root, which can read a file without read permission; the folder and "
              "pipe cases cover unreadable paths here.");
    const QString file = path(QStringLiteral("locked.mp3"));
    QVERIFY(QFile::copy(path(QStringLiteral("t.mp3")), file));
    QVERIFY(QFile::setPermissions(file, QFileDevice::Permissions()));
    QString error;
    QVERIFY(!AudioProbe::probe(file, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("permission")), qPrintable(error));
}

namespace {

qint64 decodedMs(const QString &file) {
    AudioDecoder decoder;
    QString error;
    if (!decoder.open(file, 0, 0, &error))
        return -1;
    std::vector<float> buffer(4096 * 2);
    qint64 frames = 0;
    while (const qint64 n = decoder.read(buffer.data(), 4096 / decoder.outputChannels()))
        frames += n;
    return frames * 1000 / decoder.outputRate();
}

} // namespace

void tst_AudioProbe::truncatedMp3PlaysToTheBreak() {
    const QByteArray whole = AudioFixtures::readBytes(path(QStringLiteral("t.mp3")));
    const QString file = path(QStringLiteral("half.mp3"));
    QVERIFY(AudioFixtures::writeBytes(file, whole.left(whole.size() / 2)));
    AudioFileInfo info;
    QString error;
    QVERIFY2(AudioProbe::probe(file, &info, &error), qPrintable(error));
    QVERIFY(info.truncated);
    QVERIFY2(info.warning.contains(QStringLiteral("cut short")), qPrintable(info.warning));
    const qint64 played = decodedMs(file);
    QVERIFY2(played > 5000 && played < 7000, qPrintable(QString::number(played)));
}

void tst_AudioProbe::truncatedMp3SaysWhereTheSoundStops() {
    // The case from the field: a 3:00 recording copied short, whose header still says 3:00.
    // Only reading to the last packet finds where the sound really stops.
    const QString whole = path(QStringLiteral("three-minutes.mp3"));
    QString why;
    QVERIFY2(AudioFixtures::generate(AudioFixtures::tone(440, 180, 22050), whole,
                                     {QStringLiteral("-c:a"), QStringLiteral("libmp3lame"),
                                      QStringLiteral("-b:a"), QStringLiteral("32k")},
                                     &why),
             qPrintable(why));
    const QString file = path(QStringLiteral("cut-three-minutes.mp3"));
    // 32 kbit/s is 4,000 bytes a second: the first 150,000 bytes hold about 37 seconds.
    QVERIFY(AudioFixtures::writeBytes(file, AudioFixtures::readBytes(whole).left(150000)));
    AudioFileInfo info;
    QString error;
    QVERIFY2(AudioProbe::probe(file, &info, &error, AudioProbe::Hash::Compute), qPrintable(error));
    QVERIFY(info.truncated);
    QVERIFY2(qAbs(info.durationMs - 37500) < 600, qPrintable(QString::number(info.durationMs)));
    QVERIFY2(qAbs(info.declaredMs - 180000) < 600, qPrintable(QString::number(info.declaredMs)));
    QCOMPARE(AudioProbe::soundStops(info),
             QStringLiteral("Sound stops at 0:37 although the file says 3:00."));

    // The whole file is not flagged, and its length is its own.
    QVERIFY2(AudioProbe::probe(whole, &info, &error), qPrintable(error));
    QVERIFY(!info.truncated);
    QVERIFY(AudioProbe::soundStops(info).isEmpty());
    QVERIFY2(qAbs(info.durationMs - 180000) < 600, qPrintable(QString::number(info.durationMs)));
}

void tst_AudioProbe::truncatedWavPlaysToTheBreak() {
    const QByteArray whole = AudioFixtures::readBytes(path(QStringLiteral("t.wav")));
    const QString file = path(QStringLiteral("part.wav"));
    QVERIFY(AudioFixtures::writeBytes(file, whole.left(whole.size() / 3)));
    AudioFileInfo info;
    QString error;
    QVERIFY2(AudioProbe::probe(file, &info, &error), qPrintable(error));
    const qint64 played = decodedMs(file);
    QVERIFY2(qAbs(played - 4000) < 100, qPrintable(QString::number(played)));
}

void tst_AudioProbe::wholeFilesAreNotCutShort() {
    for (const char *name : {"t.wav", "t.ogg", "t.opus", "t.mp3", "t.flac"}) {
        for (const auto check : {AudioProbe::EndCheck::Skip, AudioProbe::EndCheck::Check}) {
            AudioFileInfo info;
            QString error;
            QVERIFY2(AudioProbe::probe(path(QLatin1String(name)), &info, &error,
                                       AudioProbe::Hash::Skip, check),
                     qPrintable(error));
            QVERIFY2(!info.truncated, name);
            QVERIFY(info.warning.isEmpty());
        }
    }
}

void tst_AudioProbe::truncatedWavAndOggAreFlaggedEvenWithoutTheEndCheck_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("keepPercent");
    QTest::newRow("wav, a third") << QStringLiteral("t.wav") << 33;
    QTest::newRow("wav, most") << QStringLiteral("t.wav") << 95;
    QTest::newRow("ogg vorbis, half") << QStringLiteral("t.ogg") << 50;
    QTest::newRow("ogg vorbis, most") << QStringLiteral("t.ogg") << 97;
    QTest::newRow("ogg opus, half") << QStringLiteral("t.opus") << 50;
}

void tst_AudioProbe::truncatedWavAndOggAreFlaggedEvenWithoutTheEndCheck() {
    // FFmpeg measures these by the bytes it finds, so a cut copy looked whole (a 12 s WAV cut
    // to a third was "4,000 ms" and nothing more); the player opens without the end check.
    QFETCH(QString, name);
    QFETCH(int, keepPercent);
    const QByteArray whole = AudioFixtures::readBytes(path(name));
    const QString file = path(QStringLiteral("cut-%1-").arg(keepPercent) + name);
    QVERIFY(AudioFixtures::writeBytes(file, whole.left(whole.size() * keepPercent / 100)));
    for (const auto check : {AudioProbe::EndCheck::Skip, AudioProbe::EndCheck::Check}) {
        AudioFileInfo info;
        QString error;
        QVERIFY2(AudioProbe::probe(file, &info, &error, AudioProbe::Hash::Skip, check),
                 qPrintable(error));
        QVERIFY(info.truncated);
        QVERIFY2(info.warning.contains(QStringLiteral("appears to be cut short")),
                 qPrintable(info.warning));
        if (name.endsWith(QLatin1String(".wav"))) {
            QVERIFY2(qAbs(info.declaredMs - 12000) < 50,
                     qPrintable(QString::number(info.declaredMs)));
            QVERIFY2(info.warning.contains(QStringLiteral("(0:00:12)")), qPrintable(info.warning));
        }
    }
}

void tst_AudioProbe::wavHeaderClaimingTenHoursIsCutShort() {
    // One second of sound behind a header whose data chunk claims ten hours.
    const QByteArray whole = AudioFixtures::readBytes(path(QStringLiteral("t.wav")));
    const qsizetype data = whole.indexOf("data");
    QVERIFY(data > 0);
    const quint32 byteRate = 44100 * 2; // mono, 16-bit
    QByteArray forged = whole.left(data + 8 + byteRate);
    const quint32 claimed = byteRate * 36000;
    for (int i = 0; i < 4; ++i)
        forged[data + 4 + i] = char((claimed >> (8 * i)) & 0xff);
    const QString file = path(QStringLiteral("ten-hours.wav"));
    QVERIFY(AudioFixtures::writeBytes(file, forged));
    AudioFileInfo info;
    QString error;
    QVERIFY2(AudioProbe::probe(file, &info, &error), qPrintable(error));
    QVERIFY(info.truncated);
    QCOMPARE(info.declaredMs, qint64(36000000));
    QVERIFY2(info.warning.contains(QStringLiteral("10:00:00")), qPrintable(info.warning));
    QVERIFY2(info.durationMs < 2000, qPrintable(QString::number(info.durationMs)));
}

void tst_AudioProbe::truncatedM4aIsDamaged() {
    // Phones write the M4A index last, so a copy cut short has no index at all.
    const QByteArray whole = AudioFixtures::readBytes(path(QStringLiteral("t.m4a")));
    const QString file = path(QStringLiteral("half.m4a"));
    QVERIFY(AudioFixtures::writeBytes(file, whole.left(whole.size() / 2)));
    QString error;
    QVERIFY(!AudioProbe::probe(file, nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("damaged or incomplete")), qPrintable(error));
}

void tst_AudioProbe::fuzzedCopiesNeitherCrashNorHang() {
    QRandomGenerator random(20261122);
    const QStringList sources = {QStringLiteral("t.mp3"), QStringLiteral("t.m4a"),
                                 QStringLiteral("t.wav"), QStringLiteral("t.ogg"),
                                 QStringLiteral("t.flac")};
    QElapsedTimer budget;
    budget.start();
    int rounds = 0;
    int opened = 0;
    // Bounded by count and by time, so the suite stays quick on a slow machine.
    while (rounds < 150 && budget.elapsed() < 25000) {
        const QString source = sources.at(rounds % sources.size());
        QByteArray bytes = AudioFixtures::readBytes(path(source));
        if (random.bounded(2) == 0)
            bytes.truncate(random.bounded(bytes.size()));
        const int flips = random.bounded(1, 200);
        for (int i = 0; i < flips && !bytes.isEmpty(); ++i)
            bytes[random.bounded(bytes.size())] = static_cast<char>(random.bounded(256));
        const QString file = path(QStringLiteral("fuzz-%1").arg(source));
        QVERIFY(AudioFixtures::writeBytes(file, bytes));
        AudioFileInfo info;
        QString error;
        if (AudioProbe::probe(file, &info, &error)) {
            ++opened;
            QVERIFY(decodedMs(file) >= 0);
        } else {
            QVERIFY(!error.isEmpty());
        }
        ++rounds;
    }
    QVERIFY(rounds >= 20);
    qInfo("fuzz: %d damaged copies, %d still opened", rounds, opened);
}

QTEST_GUILESS_MAIN(tst_AudioProbe)
#include "tst_AudioProbe.moc"
