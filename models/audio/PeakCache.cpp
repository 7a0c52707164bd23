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
constexpr quint32 FormatVersion = 1;

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

bool PeakCache::load(const QString &sha256, PeakPyramid *peaks) const {
    if (!isSha256(sha256))
        return false;
    QFile file(entryPath(sha256));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QDataStream in(&file);
    in.setByteOrder(QDataStream::LittleEndian);
    quint32 magic = 0;
    quint32 version = 0;
    qint32 rate = 0;
    qint32 framesPerBin = 0;
    qint64 count = 0;
    in >> magic >> version >> rate >> framesPerBin >> count;
    if (in.status() != QDataStream::Ok || magic != Magic || version != FormatVersion || rate <= 0 ||
        framesPerBin != PeakPyramid::BaseFramesPerBin || count < 0 ||
        count * qint64(sizeof(PeakPair)) != file.size() - file.pos())
        return false;
    std::vector<PeakPair> bins(static_cast<size_t>(count));
    const qint64 bytes = count * qint64(sizeof(PeakPair));
    if (file.read(reinterpret_cast<char *>(bins.data()), bytes) != bytes)
        return false;
    if (QSysInfo::ByteOrder != QSysInfo::LittleEndian) {
        for (auto &bin : bins) {
            bin.min = qFromLittleEndian(bin.min);
            bin.max = qFromLittleEndian(bin.max);
        }
    }
    peaks->setBaseLevel(std::move(bins), rate);
    return true;
}

bool PeakCache::save(const QString &sha256, const PeakPyramid &peaks) const {
    if (!isSha256(sha256) || !peaks.isComplete() || !OutputFile::makePrivatePath(m_directory))
        return false;
    std::vector<PeakPair> bins = peaks.baseLevel();
    OutputFile file(entryPath(sha256));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QDataStream out(&file);
    out.setByteOrder(QDataStream::LittleEndian);
    out << Magic << FormatVersion << qint32(peaks.sampleRate())
        << qint32(PeakPyramid::BaseFramesPerBin) << qint64(bins.size());
    if (QSysInfo::ByteOrder != QSysInfo::LittleEndian) {
        for (auto &bin : bins) {
            bin.min = qToLittleEndian(bin.min);
            bin.max = qToLittleEndian(bin.max);
        }
    }
    file.write(reinterpret_cast<const char *>(bins.data()), qint64(bins.size() * sizeof(PeakPair)));
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
