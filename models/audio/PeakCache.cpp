#include "PeakCache.h"

#include "io/OutputFile.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QtEndian>

namespace {

constexpr quint32 Magic = 0x50435046; // "PCPF"
// 2: a seek index follows the peaks (version 1 entries are rebuilt, not misread).
constexpr quint32 FormatVersion = 2;

bool isSha256(const QString &text) {
    if (text.size() != 64)
        return false;
    for (QChar c : text) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

QString fingerprint(const QString &path) {
    const QFileInfo info(path);
    if (!info.isFile())
        return {};
    return QString::number(info.size()) + QLatin1Char(' ') +
           QString::number(info.lastModified().toMSecsSinceEpoch());
}

} // namespace

PeakCache::PeakCache(const QString &directory)
    : m_directory(directory) {}

QString PeakCache::defaultDirectory() {
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/peaks");
}

QString PeakCache::entryPath(const QString &sha256) const {
    return m_directory + QLatin1Char('/') + sha256 + QStringLiteral(".peaks");
}

QString PeakCache::indexPath(const QString &path) const {
    const QByteArray key = QCryptographicHash::hash(QFileInfo(path).absoluteFilePath().toUtf8(),
                                                    QCryptographicHash::Sha1);
    return m_directory + QStringLiteral("/paths/") + QString::fromLatin1(key.toHex());
}

QString PeakCache::knownSha256(const QString &path) const {
    QFile file(indexPath(path));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() != 3 || lines.at(0) != QFileInfo(path).absoluteFilePath() ||
        lines.at(1) != fingerprint(path) || !isSha256(lines.at(2)))
        return {};
    return lines.at(2);
}

void PeakCache::rememberSha256(const QString &path, const QString &sha256) const {
    const QString print = fingerprint(path);
    // The index names the audio file, so it and its folders are the owner's alone.
    if (print.isEmpty() || !isSha256(sha256) ||
        !OutputFile::makePrivatePath(m_directory + QStringLiteral("/paths")))
        return;
    OutputFile file(indexPath(path));
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write((QFileInfo(path).absoluteFilePath() + QLatin1Char('\n') + print + QLatin1Char('\n') +
                sha256 + QLatin1Char('\n'))
                   .toUtf8());
    file.commit();
}

struct PeakCache::Header {
    quint32 magic = 0;
    quint32 version = 0;
    qint32 rate = 0;
    qint32 framesPerBin = 0;
    qint64 bins = 0;
    qint32 timeBaseNumerator = 0;
    qint32 timeBaseDenominator = 0;
    qint64 seekPoints = 0;
};

namespace {

constexpr qint64 HeaderBytes = 40;
constexpr qint64 SeekPointBytes = 16;

} // namespace

// Opens the entry and reads and checks its header, leaving the stream at the first bin. An entry
// of an older format, or one whose sizes do not add up to the file's, is refused (and rebuilt
// by the caller), never read as if it were this format.
bool PeakCache::openEntry(const QString &sha256, QFile &file, QDataStream &in,
                          Header *header) const {
    if (!isSha256(sha256))
        return false;
    file.setFileName(entryPath(sha256));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    in.setDevice(&file);
    in.setByteOrder(QDataStream::LittleEndian);
    in >> header->magic >> header->version >> header->rate >> header->framesPerBin >>
        header->bins >> header->timeBaseNumerator >> header->timeBaseDenominator >>
        header->seekPoints;
    return in.status() == QDataStream::Ok && header->magic == Magic &&
           header->version == FormatVersion && header->rate > 0 &&
           header->framesPerBin == PeakPyramid::BaseFramesPerBin && header->bins >= 0 &&
           header->seekPoints >= 0 && header->bins < file.size() &&
           header->seekPoints < file.size() &&
           HeaderBytes + header->bins * qint64(sizeof(PeakPair)) +
                   header->seekPoints * SeekPointBytes ==
               file.size();
}

bool PeakCache::load(const QString &sha256, PeakPyramid *peaks, SeekIndex *seekIndex) const {
    QFile file;
    QDataStream in;
    Header header;
    if (!openEntry(sha256, file, in, &header))
        return false;
    std::vector<PeakPair> bins(static_cast<size_t>(header.bins));
    const qint64 bytes = header.bins * qint64(sizeof(PeakPair));
    if (file.read(reinterpret_cast<char *>(bins.data()), bytes) != bytes)
        return false;
    if (QSysInfo::ByteOrder != QSysInfo::LittleEndian) {
        for (auto &bin : bins) {
            bin.min = qFromLittleEndian(bin.min);
            bin.max = qFromLittleEndian(bin.max);
        }
    }
    if (seekIndex && !readSeekPoints(in, header, seekIndex))
        return false;
    peaks->setBaseLevel(std::move(bins), header.rate);
    return true;
}

bool PeakCache::loadSeekIndex(const QString &sha256, SeekIndex *seekIndex) const {
    QFile file;
    QDataStream in;
    Header header;
    return openEntry(sha256, file, in, &header) &&
           file.seek(HeaderBytes + header.bins * qint64(sizeof(PeakPair))) &&
           readSeekPoints(in, header, seekIndex) && !seekIndex->isEmpty();
}

bool PeakCache::readSeekPoints(QDataStream &in, const Header &header, SeekIndex *seekIndex) {
    seekIndex->timeBaseNumerator = header.timeBaseNumerator;
    seekIndex->timeBaseDenominator = header.timeBaseDenominator;
    seekIndex->points.resize(static_cast<size_t>(header.seekPoints));
    for (SeekIndex::Point &point : seekIndex->points)
        in >> point.timestamp >> point.position;
    if (in.status() != QDataStream::Ok) {
        seekIndex->points.clear();
        return false;
    }
    return true;
}

bool PeakCache::save(const QString &sha256, const PeakPyramid &peaks,
                     const SeekIndex &seekIndex) const {
    if (!isSha256(sha256) || !peaks.isComplete() || !OutputFile::makePrivatePath(m_directory))
        return false;
    std::vector<PeakPair> bins = peaks.baseLevel();
    OutputFile file(entryPath(sha256));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QDataStream out(&file);
    out.setByteOrder(QDataStream::LittleEndian);
    out << Magic << FormatVersion << qint32(peaks.sampleRate())
        << qint32(PeakPyramid::BaseFramesPerBin) << qint64(bins.size())
        << qint32(seekIndex.timeBaseNumerator) << qint32(seekIndex.timeBaseDenominator)
        << qint64(seekIndex.points.size());
    if (QSysInfo::ByteOrder != QSysInfo::LittleEndian) {
        for (auto &bin : bins) {
            bin.min = qToLittleEndian(bin.min);
            bin.max = qToLittleEndian(bin.max);
        }
    }
    file.write(reinterpret_cast<const char *>(bins.data()), qint64(bins.size() * sizeof(PeakPair)));
    for (const SeekIndex::Point &point : seekIndex.points)
        out << point.timestamp << point.position;
    return file.commit();
}

bool PeakCache::remove(const QString &sha256, const QString &path) const {
    bool gone = true;
    if (isSha256(sha256) && QFile::exists(entryPath(sha256)))
        gone = QFile::remove(entryPath(sha256));
    if (!path.isEmpty() && QFile::exists(indexPath(path)))
        gone = QFile::remove(indexPath(path)) && gone;
    return gone;
}
