#pragma once

#include "PeakPyramid.h"
#include "SeekIndex.h"

#include <QDataStream>
#include <QFile>

#include <QString>

// Waveform peaks kept on disk so a reopened recording shows its whole waveform at once. Entries
// are keyed by the file's SHA-256, so a copy on another drive hits too and a changed file
// misses. Beside the peaks each entry keeps the file's SeekIndex. A small index from (path, size,
// modified time) to SHA-256 spares rehashing a file that has not changed since it was last opened.
class PeakCache {
public:
    // Under QStandardPaths::CacheLocation unless told otherwise (tests use a temporary folder).
    explicit PeakCache(const QString &directory = defaultDirectory());
    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    // The SHA-256 remembered for this path, or empty when the file is new or has changed.
    QString knownSha256(const QString &path) const;
    void rememberSha256(const QString &path, const QString &sha256) const;

    // The peaks and, when seekIndex is given, the seek index kept with them.
    bool load(const QString &sha256, PeakPyramid *peaks, SeekIndex *seekIndex = nullptr) const;
    // Only the seek index (the peaks are skipped, not read): for the player, on open. False
    // when there is none.
    bool loadSeekIndex(const QString &sha256, SeekIndex *seekIndex) const;
    // Writes atomically (a half-written entry is never read back). False when the cache
    // folder is not writable; the waveform still works, just not cached.
    bool save(const QString &sha256, const PeakPyramid &peaks,
              const SeekIndex &seekIndex = SeekIndex()) const;
    // Forgets a recording whose consent was withdrawn: its peaks, and the index entry that
    // names its path. True when nothing of it is left in the cache.
    bool remove(const QString &sha256, const QString &path) const;

private:
    struct Header;
    bool openEntry(const QString &sha256, QFile &file, QDataStream &in, Header *header) const;
    static bool readSeekPoints(QDataStream &in, const Header &header, SeekIndex *seekIndex);
    QString entryPath(const QString &sha256) const;
    QString indexPath(const QString &path) const;

    QString m_directory;
};
