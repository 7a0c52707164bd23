#include "DemoLeftovers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

DemoLeftovers::DemoLeftovers(const QString &databasePath, const QString &audioFolder)
    : m_database(QFileInfo(databasePath).absoluteFilePath())
    , m_databaseExisted(QFileInfo::exists(m_database))
    , m_audioFolder(audioFolder) {
    const QStringList before =
        QDir(m_audioFolder).entryList(QDir::Files | QDir::Hidden | QDir::System);
    m_audioBefore = QSet<QString>(before.cbegin(), before.cend());
    noteMissingFolders(QFileInfo(m_database).absolutePath());
    noteMissingFolders(m_audioFolder);
}

void DemoLeftovers::remove() const {
    if (!m_databaseExisted) {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(m_database + QLatin1String(suffix));
    }
    const QDir audio(m_audioFolder);
    for (const QString &name : audio.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        if (!m_audioBefore.contains(name))
            QFile::remove(audio.filePath(name));
    }
    // Deepest first; rmdir refuses a folder that is not empty, so nothing else is lost.
    for (auto folder = m_newFolders.crbegin(); folder != m_newFolders.crend(); ++folder)
        QDir().rmdir(*folder);
}

void DemoLeftovers::noteMissingFolders(const QString &folder) {
    QStringList missing;
    for (QString path = QDir::cleanPath(folder); !QFileInfo::exists(path);
         path = QFileInfo(path).path())
        missing.prepend(path);
    for (const QString &path : std::as_const(missing)) {
        if (!m_newFolders.contains(path))
            m_newFolders.append(path);
    }
}
