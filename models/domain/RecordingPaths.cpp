#include "RecordingPaths.h"

#include <QDir>

namespace {

// File names on Windows and macOS compare without case; on Linux they do not.
constexpr Qt::CaseSensitivity pathCase =
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    Qt::CaseInsensitive;
#else
    Qt::CaseSensitive;
#endif

QString clean(const QString &path) {
    return QDir::cleanPath(QDir::fromNativeSeparators(path));
}

QString withTrailingSlash(const QString &folder) {
    return folder.endsWith(QLatin1Char('/')) ? folder : folder + QLatin1Char('/');
}

} // namespace

bool RecordingPaths::isUnder(const QString &path, const QString &folder) {
    if (path.isEmpty() || folder.isEmpty())
        return false;
    const QString cleanPath = clean(path);
    const QString cleanFolder = clean(folder);
    // Compare with the separator appended, so that /data/rec does not contain /data/recordings.
    return cleanPath.compare(cleanFolder, pathCase) == 0 ||
           cleanPath.startsWith(withTrailingSlash(cleanFolder), pathCase);
}

QString RecordingPaths::toStored(const QString &absolutePath, const QString &recordingsRoot) {
    if (absolutePath.isEmpty())
        return {};
    const QString path = clean(absolutePath);
    if (recordingsRoot.trimmed().isEmpty() || !QDir::isAbsolutePath(path))
        return path;
    const QString root = clean(recordingsRoot);
    if (!path.startsWith(withTrailingSlash(root), pathCase))
        return path;
    return path.mid(withTrailingSlash(root).size());
}

QString RecordingPaths::resolve(const QString &stored, const QString &recordingsRoot,
                                const QString &databaseFolder) {
    if (stored.trimmed().isEmpty())
        return {};
    const QString path = QDir::fromNativeSeparators(stored);
    if (QDir::isAbsolutePath(path))
        return clean(path);
    const QString base =
        clean(recordingsRoot.trimmed().isEmpty() ? databaseFolder : recordingsRoot);
    if (base.isEmpty())
        return {};
    const QString resolved = clean(withTrailingSlash(base) + path);
    if (!resolved.startsWith(withTrailingSlash(base), pathCase))
        return {};
    return resolved;
}
