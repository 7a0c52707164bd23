#pragma once

#include "PeakPyramid.h"

#include <QString>

// Waveform peaks kept on disk so a reopened recording shows its whole waveform at once. Entries
// are keyed by the file's SHA-256, so a copy on another drive hits too and a changed file
// misses. A small index from (path, size, modified time) to SHA-256 spares rehashing a file
// that has not changed since it was last opened.
class PeakCache {
public:
    // Under QStandardPaths::CacheLocation unless told otherwise (tests use a temporary folder).
    explicit PeakCache(const QString &directory = defaultDirectory());
    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    // The SHA-256 remembered for this path, or empty when the file is new or has changed.
    QString knownSha256(const QString &path) const;
    void rememberSha256(const QString &path, const QString &sha256) const;

    bool load(const QString &sha256, PeakPyramid *peaks) const;
    // Writes atomically (a half-written entry is never read back). False when the cache
    // folder is not writable; the waveform still works, just not cached.
    bool save(const QString &sha256, const PeakPyramid &peaks) const;
    // Forgets a recording whose consent was withdrawn: its peaks, and the index entry that
    // names its path. True when nothing of it is left in the cache.
    bool remove(const QString &sha256, const QString &path) const;

private:
    QString entryPath(const QString &sha256) const;
    QString indexPath(const QString &path) const;

    QString m_directory;
};
