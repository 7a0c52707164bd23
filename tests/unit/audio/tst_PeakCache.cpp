#include "audio/PeakCache.h"

#include <QDataStream>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

// The waveform cache is about families' recordings (its index names each audio file's full
// path), so everything it creates is readable by the owner only, whatever the umask.
class tst_PeakCache : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void savesAndLoadsPeaks();
    void everythingItCreatesIsTheOwnersOnly();
    void keepsTheSeekIndexBesideThePeaks();
    void anEntryOfTheOldFormatIsRebuiltNotMisread();
    void aDamagedEntryIsNotRead();

private:
    static mode_t modeOf(const QString &path);
    static void fill(PeakPyramid *peaks);

    QTemporaryDir m_dir;
    mode_t m_umask = 0;
    const QString m_sha = QString(64, QLatin1Char('a'));
};

mode_t tst_PeakCache::modeOf(const QString &path) {
    struct stat info {};
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 07777;
}

void tst_PeakCache::fill(PeakPyramid *peaks) {
    peaks->setSampleRate(8000);
    const std::vector<PeakPair> bins(40, PeakPair{-16000, 16000});
    peaks->append(bins.data(), qsizetype(bins.size()));
    peaks->markComplete();
}

void tst_PeakCache::initTestCase() {
    QVERIFY(m_dir.isValid());
    // A permissive umask, as on many desktops: the cache must not rely on it.
    m_umask = ::umask(022);
}

void tst_PeakCache::cleanupTestCase() {
    ::umask(m_umask);
}

void tst_PeakCache::savesAndLoadsPeaks() {
    const PeakCache cache(m_dir.filePath(QStringLiteral("roundtrip")));
    PeakPyramid peaks;
    fill(&peaks);
    QVERIFY(cache.save(m_sha, peaks));
    PeakPyramid loaded;
    QVERIFY(cache.load(m_sha, &loaded));
    QCOMPARE(loaded.baseLevel(), peaks.baseLevel());
}

void tst_PeakCache::everythingItCreatesIsTheOwnersOnly() {
    const QString root = m_dir.filePath(QStringLiteral("home/.cache/PracticeCoder/peaks"));
    const QString audio = m_dir.filePath(QStringLiteral("session.wav"));
    QFile file(audio);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("RIFF");
    file.close();

    const PeakCache cache(root);
    PeakPyramid peaks;
    fill(&peaks);
    QVERIFY(cache.save(m_sha, peaks));
    cache.rememberSha256(audio, m_sha);
    QCOMPARE(cache.knownSha256(audio), m_sha);

    int checked = 0;
    for (const QString &folder : {QStringLiteral("home"), QStringLiteral("home/.cache"),
                                  QStringLiteral("home/.cache/PracticeCoder"),
                                  QStringLiteral("home/.cache/PracticeCoder/peaks")}) {
        QCOMPARE(modeOf(m_dir.filePath(folder)), mode_t(0700));
        ++checked;
    }
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QCOMPARE(modeOf(path), mode_t(it.fileInfo().isDir() ? 0700 : 0600));
        ++checked;
    }
    // The four folders, paths/, its index entry and the peaks entry.
    QCOMPARE(checked, 7);
}

void tst_PeakCache::keepsTheSeekIndexBesideThePeaks() {
    const PeakCache cache(m_dir.filePath(QStringLiteral("seek")));
    PeakPyramid peaks;
    fill(&peaks);
    SeekIndex index;
    index.timeBaseNumerator = 1;
    index.timeBaseDenominator = 14112000;
    index.points = {{0, 417}, {14112000, 8417}, {28224000, 16433}};
    QVERIFY(cache.save(m_sha, peaks, index));
    SeekIndex loaded;
    QVERIFY(cache.loadSeekIndex(m_sha, &loaded));
    QCOMPARE(loaded.timeBaseDenominator, 14112000);
    QCOMPARE(loaded.points.size(), size_t(3));
    QCOMPARE(loaded.points[1].timestamp, qint64(14112000));
    QCOMPARE(loaded.points[2].position, qint64(16433));
    PeakPyramid again;
    SeekIndex withPeaks;
    QVERIFY(cache.load(m_sha, &again, &withPeaks));
    QCOMPARE(again.baseLevel(), peaks.baseLevel());
    QCOMPARE(withPeaks.points.size(), size_t(3));
}

void tst_PeakCache::anEntryOfTheOldFormatIsRebuiltNotMisread() {
    // Format 1 (peaks only), as earlier versions wrote it: magic, version, rate, frames per bin,
    // count, bins.
    const QString folder = m_dir.filePath(QStringLiteral("old"));
    QVERIFY(QDir().mkpath(folder));
    QFile file(folder + QLatin1Char('/') + m_sha + QStringLiteral(".peaks"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QDataStream out(&file);
    out.setByteOrder(QDataStream::LittleEndian);
    out << quint32(0x50435046) << quint32(1) << qint32(8000)
        << qint32(PeakPyramid::BaseFramesPerBin) << qint64(40);
    for (int i = 0; i < 40; ++i)
        out << qint16(-16000) << qint16(16000);
    file.close();
    const PeakCache cache(folder);
    PeakPyramid peaks;
    QVERIFY(!cache.load(m_sha, &peaks));
    SeekIndex index;
    QVERIFY(!cache.loadSeekIndex(m_sha, &index));
    QVERIFY(index.isEmpty());
}

void tst_PeakCache::aDamagedEntryIsNotRead() {
    const QString folder = m_dir.filePath(QStringLiteral("damaged"));
    const PeakCache cache(folder);
    PeakPyramid peaks;
    fill(&peaks);
    SeekIndex index;
    index.timeBaseNumerator = 1;
    index.timeBaseDenominator = 44100;
    index.points = {{0, 100}, {44100, 5000}};
    QVERIFY(cache.save(m_sha, peaks, index));
    // Cut off in the middle of the seek index.
    QFile file(folder + QLatin1Char('/') + m_sha + QStringLiteral(".peaks"));
    QVERIFY(file.resize(file.size() - 8));
    PeakPyramid loaded;
    QVERIFY(!cache.load(m_sha, &loaded));
    SeekIndex none;
    QVERIFY(!cache.loadSeekIndex(m_sha, &none));
}

QTEST_GUILESS_MAIN(tst_PeakCache)
#include "tst_PeakCache.moc"
