#include "Database.h"

#include "PurgeCheckpoint.h"
#include "SchemaMigrator.h"
#include "StorageError.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace {

QString nextConnectionName() {
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("practicecoder-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Runs a pragma and throws when it fails: a database without foreign keys or WAL would break
// the integrity and crash-safety promises, so it must not be opened silently.
void pragma(QSqlDatabase db, const QString &statement) {
    QSqlQuery query(db);
    if (!query.exec(statement))
        throw StorageError::fromQuery(query, QStringLiteral("Could not configure the database"));
}

} // namespace

Database::Database() = default;

Database::~Database() {
    close();
}

void Database::checkFileBeforeOpening(const QString &path) const {
    const QFileInfo info(path);
    if (info.exists()) {
        if (info.isDir())
            throw StorageError(StorageError::Kind::CannotOpen,
                               QStringLiteral("%1 is a folder, not a database file.").arg(path));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw StorageError(
                StorageError::Kind::CannotOpen,
                QStringLiteral("%1 cannot be read: %2").arg(path, file.errorString()));
        const QByteArray header = file.read(16);
        if (!header.isEmpty() && header != QByteArray("SQLite format 3\0", 16))
            throw StorageError(StorageError::Kind::NotADatabase,
                               QStringLiteral("%1 is not a PracticeCoder database.").arg(path));
        // Permission bits do not tell the whole story (root, read-only mounts), so try it:
        // opening for writing without truncating changes nothing in the file.
        QFile writable(path);
        if (!writable.open(QIODevice::ReadWrite | QIODevice::ExistingOnly))
            throw StorageError(StorageError::Kind::ReadOnly,
                               QStringLiteral("%1 is read-only. PracticeCoder saves every change "
                                              "as you make it, so it needs to be able to write "
                                              "to the database.")
                                   .arg(path));
    }
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

void Database::checkExistingDatabase(const QString &path) const {
    if (QFileInfo(path).size() == 0)
        return;
    // Look before touching: a read-only connection cannot change the file, whatever we find.
    const QString probeName = nextConnectionName();
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeName);
        probe.setDatabaseName(path);
        probe.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        auto fail = [&](StorageError::Kind kind, const QString &message) {
            probe.close();
            probe = QSqlDatabase();
            QSqlDatabase::removeDatabase(probeName);
            throw StorageError(kind, message);
        };
        if (!probe.open())
            fail(StorageError::Kind::CannotOpen,
                 QStringLiteral("%1 could not be opened: %2").arg(path, probe.lastError().text()));
        QSqlQuery check(probe);
        if (!check.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
            fail(StorageError::Kind::NotADatabase,
                 QStringLiteral("%1 is not a PracticeCoder database, or it is damaged (%2).")
                     .arg(path, check.lastError().text()));
        QStringList tables;
        while (check.next())
            tables.append(check.value(0).toString());
        check.finish();
        if (!tables.isEmpty() && !tables.contains(QStringLiteral("schema_migrations")))
            fail(
                StorageError::Kind::NotADatabase,
                QStringLiteral("%1 is an SQLite database, but not a PracticeCoder one.").arg(path));
        int version = 0;
        if (!tables.isEmpty()) {
            QSqlQuery versionQuery(probe);
            if (!versionQuery.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) ||
                !versionQuery.next())
                fail(StorageError::Kind::NotADatabase,
                     QStringLiteral("%1 has no readable schema version.").arg(path));
            version = versionQuery.value(0).toInt();
        }
        const int latest = SchemaMigrator::latestVersion();
        if (version > latest)
            fail(StorageError::Kind::NewerSchema,
                 QStringLiteral("%1 was made by a newer version of PracticeCoder (schema %2; this "
                                "version understands up to %3). It has not been changed. Please "
                                "update PracticeCoder to open it.")
                     .arg(path)
                     .arg(version)
                     .arg(latest));
        probe.close();
    }
    QSqlDatabase::removeDatabase(probeName);
}

void Database::configureConnection() {
    QSqlDatabase db = connection();
    pragma(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    pragma(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    pragma(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
    // Deleted rows are overwritten with zeros, not just marked free: when consent is withdrawn,
    // the family's scores and notes must not survive in unused pages of the file.
    pragma(db, QStringLiteral("PRAGMA secure_delete = ON"));
    // SQLite's default page cache is 2 MB; a report reads the same index pages for the period,
    // the trend and reliability, and ten years of data is about 75 MB. 64 MB is kept in memory
    // only as pages are actually read. (Not mmap: the file may sit on a network drive.)
    pragma(db, QStringLiteral("PRAGMA cache_size = -65536"));
}

void Database::open(const QString &path) {
    close();
    if (path.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::CannotOpen, QStringLiteral("No database given."));
    const QString absolute = QFileInfo(path).absoluteFilePath();
    checkFileBeforeOpening(absolute);
    checkExistingDatabase(absolute);

    m_connectionName = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(absolute);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            const QString text = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            m_connectionName.clear();
            throw StorageError(StorageError::Kind::CannotOpen,
                               QStringLiteral("%1 could not be opened: %2").arg(absolute, text));
        }
    }
    m_path = absolute;
    try {
        configureConnection();
        SchemaMigrator::migrate(connection());
        // A purge left unfinished last time (a reader blocked its checkpoint) ends here.
        PurgeCheckpoint::atOpen(connection());
    } catch (...) {
        close();
        throw;
    }
}

void Database::close() {
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_path.clear();
}

bool Database::isOpen() const {
    return !m_connectionName.isEmpty() && connection().isOpen();
}

QSqlDatabase Database::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const {
    return SchemaMigrator::currentVersion(connection());
}

std::unique_ptr<Database> Database::openAnotherConnection() const {
    auto other = std::make_unique<Database>();
    other->open(m_path);
    return other;
}

QSqlQuery Database::prepare(const QString &sql) const {
    QSqlQuery query(connection());
    if (!query.prepare(sql))
        throw StorageError::fromQuery(query, QStringLiteral("Could not prepare a query"));
    return query;
}

void Database::exec(QSqlQuery &query, const QString &context) {
    if (!query.exec())
        throw StorageError::fromQuery(query, context);
}

QString Database::defaultPath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("practicecoder.sqlite"));
}

QString Database::defaultDemoPath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.sqlite"));
}
