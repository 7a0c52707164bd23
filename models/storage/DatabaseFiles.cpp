#include "DatabaseFiles.h"

#include "SchemaMigrator.h"
#include "SqlDialect.h"
#include "StorageError.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

namespace {

struct State {
    QMutex mutex;
    QHash<const QSqlDriver *, QString> connections;
    QSet<QString> damaged;
};

State &state() {
    static State instance;
    return instance;
}

// One file may be named in several ways (a symlink, "a/../b"); realpath() opens nothing.
QString keyOf(const QString &path) {
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return canonical.isEmpty() ? path : canonical;
}

} // namespace

void DatabaseFiles::connectionOpened(const QString &path, const QSqlDriver *driver) {
    const QString key = keyOf(path);
    State &s = state();
    const QMutexLocker lock(&s.mutex);
    s.connections.insert(driver, key);
}

void DatabaseFiles::connectionClosed(const QSqlDriver *driver) {
    State &s = state();
    const QMutexLocker lock(&s.mutex);
    s.connections.remove(driver);
}

bool DatabaseFiles::isOpen(const QString &path) {
    const QString key = keyOf(path);
    State &s = state();
    const QMutexLocker lock(&s.mutex);
    for (const QString &open : std::as_const(s.connections)) {
        if (open == key)
            return true;
    }
    return false;
}

QString DatabaseFiles::pathOf(const QSqlDriver *driver) {
    State &s = state();
    const QMutexLocker lock(&s.mutex);
    return s.connections.value(driver);
}

void DatabaseFiles::markDamaged(const QString &path) {
    if (path.isEmpty())
        return;
    const QString key = keyOf(path);
    State &s = state();
    const QMutexLocker lock(&s.mutex);
    s.damaged.insert(key);
}

bool DatabaseFiles::isDamaged(const QString &path) {
    if (path.isEmpty())
        return false;
    const QString key = keyOf(path);
    State &s = state();
    const QMutexLocker lock(&s.mutex);
    return s.damaged.contains(key);
}

void DatabaseFiles::checkBeforeOpening(const QString &path, Database::Mode mode) {
    const QFileInfo info(path);
    if (!info.exists() && mode != Database::Mode::CreateIfMissing)
        throw StorageError(StorageError::Kind::NotFound,
                           QStringLiteral("No database at %1.").arg(path));
    if (info.exists()) {
        if (info.isDir())
            throw StorageError(StorageError::Kind::CannotOpen,
                               QStringLiteral("%1 is a folder, not a database file.").arg(path));
        // Once this process has a connection to the file, SQLite has already read it, and
        // opening it here would drop that connection's locks when closed (see the class
        // comment). SQLite reports anything wrong from then on.
        if (!isOpen(path)) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                throw StorageError(
                    StorageError::Kind::CannotOpen,
                    QStringLiteral("%1 cannot be read: %2").arg(path, file.errorString()));
            const QByteArray header = file.read(16);
            if (!header.isEmpty() && header != QByteArray("SQLite format 3\0", 16))
                throw StorageError(StorageError::Kind::NotADatabase,
                                   QStringLiteral("%1 is not a PracticeCoder database.").arg(path));
            file.close();
            // Permission bits do not tell the whole story (root, read-only mounts), so try
            // it: opening for writing without truncating changes nothing in the file.
            QFile writable(path);
            if (mode != Database::Mode::Inspect &&
                !writable.open(QIODevice::ReadWrite | QIODevice::ExistingOnly))
                throw StorageError(
                    StorageError::Kind::ReadOnly,
                    QStringLiteral("%1 is read-only. PracticeCoder saves every change as you "
                                   "make it, so it needs to be able to write to the database.")
                        .arg(path));
        }
    }
    if (mode == Database::Mode::Inspect)
        return;
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists() && !QDir().mkpath(folder.absoluteFilePath()))
        throw StorageError(
            StorageError::Kind::CannotOpen,
            QStringLiteral("The folder %1 could not be created.").arg(folder.absoluteFilePath()));
    // SQLite's write-ahead log lives beside the database, so the folder must be writable too.
    // Creating a scratch file is the only reliable test (root, read-only mounts, ACLs).
    QTemporaryFile probe(
        QDir(folder.absoluteFilePath()).filePath(QStringLiteral(".pc-probe-XXXXXX")));
    if (!probe.open())
        throw StorageError(StorageError::Kind::ReadOnly,
                           QStringLiteral("The folder %1 is read-only. PracticeCoder needs to "
                                          "write there to keep the database safe.")
                               .arg(folder.absoluteFilePath()));
}

void DatabaseFiles::checkIsPracticeCoderDatabase(const QString &path, Database::Mode mode) {
    // A size from stat() opens no descriptor, so it is safe while a connection exists.
    if (QFileInfo(path).size() == 0)
        return;
    // Look before touching: a read-only connection cannot change the file, whatever we find.
    static QAtomicInteger<quint64> probes;
    const QString probeName =
        QStringLiteral("practicecoder-probe-%1").arg(probes.fetchAndAddRelaxed(1));
    {
        const SqlDialect &sqlite = SqlDialect::sqlite();
        QSqlDatabase probe = QSqlDatabase::addDatabase(sqlite.driverName(), probeName);
        probe.setDatabaseName(path);
        probe.setConnectOptions(sqlite.connectOptions(true));
        auto fail = [&](const StorageError &error) {
            probe.close();
            probe = QSqlDatabase();
            QSqlDatabase::removeDatabase(probeName);
            throw error;
        };
        if (!probe.open())
            fail(StorageError::fromSqlError(probe.lastError(),
                                            QStringLiteral("%1 could not be opened").arg(path),
                                            path, sqlite));
        QSqlQuery check(probe);
        if (!check.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
            // Only SQLite's own verdict makes a file "damaged"; a full disk or a failing drive
            // says so instead.
            const StorageError error = StorageError::fromSqlError(
                check.lastError(), QStringLiteral("%1 could not be read").arg(path), path, sqlite);
            fail(error.kind() == StorageError::Kind::Query
                     ? StorageError(StorageError::Kind::NotADatabase,
                                    QStringLiteral("%1 is not a PracticeCoder database (%2).")
                                        .arg(path, check.lastError().text()))
                     : error);
        }
        QStringList tables;
        try {
            while (Database::next(check))
                tables.append(check.value(0).toString());
        } catch (const StorageError &error) {
            // The probe is not registered, so name the file here.
            fail(error.kind() == StorageError::Kind::Damaged ? StorageError::damaged(path) : error);
        }
        check.finish();
        if (!tables.isEmpty() && !tables.contains(QStringLiteral("schema_migrations")))
            fail(StorageError(
                StorageError::Kind::NotADatabase,
                QStringLiteral("%1 is an SQLite database, but not a PracticeCoder one.")
                    .arg(path)));
        int version = 0;
        if (!tables.isEmpty()) {
            QSqlQuery versionQuery(probe);
            if (!versionQuery.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")))
                fail(StorageError::fromSqlError(
                    versionQuery.lastError(),
                    QStringLiteral("%1 has no readable schema version").arg(path), path, sqlite));
            if (!versionQuery.next())
                fail(StorageError(StorageError::Kind::NotADatabase,
                                  QStringLiteral("%1 has no readable schema version.").arg(path)));
            version = versionQuery.value(0).toInt();
        }
        const int latest = SchemaMigrator::latestVersion();
        if (version > latest && mode != Database::Mode::Inspect)
            fail(StorageError::newerSchema(path, version, latest));
        probe.close();
    }
    QSqlDatabase::removeDatabase(probeName);
}
