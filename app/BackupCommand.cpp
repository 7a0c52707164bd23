#include "BackupCommand.h"

#include "storage/StorageError.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace {

// Flushes a file or folder to the disk, so that a power cut after the rename cannot leave the
// new name pointing at data still in memory.
bool syncToDisk(const QString &path) {
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

// The database, its write-ahead log and its shared-memory file are all off limits.
bool isPartOfDatabase(const QString &out, const QString &database) {
    const QFileInfo target(out);
    if (target.exists() && target.canonicalFilePath() == QFileInfo(database).canonicalFilePath())
        return true;
    const QString absolute = target.absoluteFilePath();
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        if (absolute == database + suffix)
            return true;
    return false;
}

} // namespace

QString BackupCommand::summary() const {
    return QStringLiteral("Copy a database safely, even while it is in use.");
}

int BackupCommand::run(const QStringList &arguments) {
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOption(QCommandLineOption(
        QStringLiteral("out"), QStringLiteral("Write the copy to FILE."), QStringLiteral("FILE")));
    const QString usage = QStringLiteral("practicecoder backup --database PATH --out FILE");
    int exitCode = 0;
    if (!parseArguments(parser, arguments, usage, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        err() << "practicecoder backup: unexpected argument '"
              << parser.positionalArguments().constFirst() << "'. Usage: " << usage << Qt::endl;
        return UsageError;
    }
    const QString outPath = parser.value(QStringLiteral("out")).trimmed();
    if (outPath.isEmpty()) {
        err() << "practicecoder backup: --out FILE is required. Usage: " << usage << Qt::endl;
        return UsageError;
    }
    auto database = openDatabase(parser, Database::Mode::Inspect);
    if (!database)
        return Failure;
    const QFileInfo target(outPath);
    if (isPartOfDatabase(outPath, database->path()))
        return fail(QStringLiteral("%1 is the database itself; choose another file for the copy.")
                        .arg(target.absoluteFilePath()));
    if (target.isDir())
        return fail(QStringLiteral("%1 is a folder; name the file for the copy.")
                        .arg(target.absoluteFilePath()));
    const QDir folder = target.absoluteDir();
    if (!folder.exists())
        return fail(QStringLiteral("The folder %1 does not exist.").arg(folder.absolutePath()));

    // Created exclusively, readable by the owner only, under a name nobody can predict.
    QTemporaryFile partial(
        folder.filePath(QStringLiteral(".%1.XXXXXX.partial").arg(target.fileName())));
    if (!partial.open())
        return fail(QStringLiteral("cannot write in %1: %2")
                        .arg(folder.absolutePath(), partial.errorString()));
    const QString partialPath = partial.fileName();
    partial.close();
    try {
        // A copy of a damaged database must not push a good older copy out of the rotation.
        database->requireIntact();
        database->copyTo(partialPath);
        // The copy is checked before it replaces anything.
        Database copy;
        copy.open(partialPath, Database::Mode::Inspect);
        const QStringList problems = copy.integrityProblems();
        copy.close();
        if (!problems.isEmpty())
            return fail(QStringLiteral("the copy did not pass the integrity check (%1); %2 was not "
                                       "changed.")
                            .arg(problems.constFirst(), target.absoluteFilePath()));
    } catch (const StorageError &error) {
        return fail(error.message() + QStringLiteral(" %1 was not changed.").arg(outPath));
    }
    if (!syncToDisk(partialPath))
        return fail(QStringLiteral("the copy could not be written to the disk: %1. %2 was not "
                                   "changed.")
                        .arg(QString::fromLocal8Bit(std::strerror(errno)), outPath));
    // rename() replaces an older copy in one step: FILE is never half written.
    if (std::rename(QFile::encodeName(partialPath).constData(),
                    QFile::encodeName(target.absoluteFilePath()).constData()) != 0)
        return fail(
            QStringLiteral("cannot replace %1: %2")
                .arg(target.absoluteFilePath(), QString::fromLocal8Bit(std::strerror(errno))));
    partial.setAutoRemove(false);
    syncToDisk(folder.absolutePath());
    out() << "Backed up " << database->path() << " to " << target.absoluteFilePath() << Qt::endl;
    return 0;
}
