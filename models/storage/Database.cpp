#include "Database.h"

#include "DatabaseFiles.h"
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

// How long a statement waits for another program's lock before it gives up as busy.
constexpr int busyTimeoutMs = 5000;

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

void Database::checkFileBeforeOpening(const QString &path, Mode mode) const {
    const QFileInfo info(path);
    if (!info.exists() && mode != Mode::CreateIfMissing)
        throw StorageError(StorageError::Kind::NotFound,
                           QStringLiteral("No database at %1.").arg(path));
    if (info.exists()) {
        if (info.isDir())
            throw StorageError(StorageError::Kind::CannotOpen,
                               QStringLiteral("%1 is a folder, not a database file.").arg(path));
        // Once this process has a connection to the file, SQLite has already read it, and
        // opening it here would drop that connection's locks when closed (see the class
        // comment). SQLite reports anything wrong from then on.
        if (!DatabaseFiles::isOpen(path)) {
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
            if (mode != Mode::Inspect &&
                !writable.open(QIODevice::ReadWrite | QIODevice::ExistingOnly))
                throw StorageError(
                    StorageError::Kind::ReadOnly,
                    QStringLiteral("%1 is read-only. PracticeCoder saves every change as you "
                                   "make it, so it needs to be able to write to the database.")
                        .arg(path));
        }
    }
    if (mode == Mode::Inspect)
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

void Database::checkExistingDatabase(const QString &path, Mode mode) const {
    // A size from stat() opens no descriptor, so it is safe while a connection exists.
    if (QFileInfo(path).size() == 0)
        return;
    // Look before touching: a read-only connection cannot change the file, whatever we find.
    const QString probeName = nextConnectionName();
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeName);
        probe.setDatabaseName(path);
        probe.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
        auto fail = [&](const StorageError &error) {
            probe.close();
            probe = QSqlDatabase();
            QSqlDatabase::removeDatabase(probeName);
            throw error;
        };
        if (!probe.open())
            fail(StorageError::fromSqlError(
                probe.lastError(), QStringLiteral("%1 could not be opened").arg(path), path));
        QSqlQuery check(probe);
        if (!check.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
            // Only SQLite's own verdict makes a file "damaged"; a full disk or a failing drive
            // says so instead.
            const StorageError error = StorageError::fromSqlError(
                check.lastError(), QStringLiteral("%1 could not be read").arg(path), path);
            fail(error.kind() == StorageError::Kind::Query
                     ? StorageError(StorageError::Kind::NotADatabase,
                                    QStringLiteral("%1 is not a PracticeCoder database (%2).")
                                        .arg(path, check.lastError().text()))
                     : error);
        }
        QStringList tables;
        try {
            while (next(check))
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
                    QStringLiteral("%1 has no readable schema version").arg(path), path));
            if (!versionQuery.next())
                fail(StorageError(StorageError::Kind::NotADatabase,
                                  QStringLiteral("%1 has no readable schema version.").arg(path)));
            version = versionQuery.value(0).toInt();
        }
        const int latest = SchemaMigrator::latestVersion();
        if (version > latest && mode != Mode::Inspect)
            fail(StorageError(
                StorageError::Kind::NewerSchema,
                QStringLiteral("%1 was made by a newer version of PracticeCoder (schema %2; this "
                               "version understands up to %3). It has not been changed. Please "
                               "update PracticeCoder to open it.")
                    .arg(path)
                    .arg(version)
                    .arg(latest)));
        probe.close();
    }
    QSqlDatabase::removeDatabase(probeName);
}

void Database::configureConnection(Mode mode) {
    QSqlDatabase db = connection();
    pragma(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    // Inspecting never writes, and setting the journal mode may.
    if (mode != Mode::Inspect)
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

void Database::connect(const QString &path, Mode mode) {
    m_connectionName = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
        if (mode == Mode::Inspect)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
        if (!db.open()) {
            const StorageError error = StorageError::fromSqlError(
                db.lastError(), QStringLiteral("%1 could not be opened").arg(path), path);
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            m_connectionName.clear();
            throw error;
        }
        DatabaseFiles::connectionOpened(path, db.driver());
    }
    m_path = path;
    try {
        configureConnection(mode);
    } catch (...) {
        close();
        throw;
    }
}

void Database::open(const QString &path, Mode mode) {
    close();
    if (path.trimmed().isEmpty())
        throw StorageError(StorageError::Kind::CannotOpen, QStringLiteral("No database given."));
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (DatabaseFiles::isDamaged(absolute))
        throw StorageError::damaged(absolute);
    checkFileBeforeOpening(absolute, mode);
    checkExistingDatabase(absolute, mode);
    connect(absolute, mode);
    if (mode == Mode::Inspect)
        return;
    try {
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
        DatabaseFiles::connectionClosed(db.driver());
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
    if (DatabaseFiles::isDamaged(m_path))
        throw StorageError::damaged(m_path);
    auto other = std::make_unique<Database>();
    other->connect(m_path, Mode::ExistingOnly);
    return other;
}

QSqlQuery Database::prepare(const QString &sql) const {
    // Damage found by any connection stops this one too: nothing more is read or written.
    if (DatabaseFiles::isDamaged(m_path))
        throw StorageError::damaged(m_path);
    QSqlQuery query(connection());
    if (!query.prepare(sql))
        throw StorageError::fromQuery(query, QStringLiteral("Could not prepare a query"));
    return query;
}

void Database::exec(QSqlQuery &query, const QString &context) {
    if (!query.exec())
        throw StorageError::fromQuery(query, context);
}

bool Database::next(QSqlQuery &query) {
    if (query.next())
        return true;
    if (query.lastError().isValid())
        throw StorageError::fromQuery(query, QStringLiteral("Could not read the database"));
    return false;
}

namespace {

// Runs a PRAGMA that lists problems, one text per row, leaving out the single "ok" it gives
// when there are none.
QStringList listedProblems(const Database &database, const QString &statement) {
    QSqlQuery query = database.prepare(statement);
    Database::exec(query, QStringLiteral("Could not check the database"));
    QStringList problems;
    while (Database::next(query)) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    return problems;
}

} // namespace

QStringList Database::integrityProblems() const {
    return listedProblems(*this, QStringLiteral("PRAGMA integrity_check"));
}

QStringList Database::foreignKeyProblems() const {
    QSqlQuery query = prepare(QStringLiteral("PRAGMA foreign_key_check"));
    exec(query, QStringLiteral("Could not check the links between records"));
    QStringList problems;
    while (next(query))
        problems.append(QStringLiteral("row %1 of %2 refers to a missing row of %3")
                            .arg(query.value(1).toString(), query.value(0).toString(),
                                 query.value(2).toString()));
    return problems;
}

void Database::requireIntact() const {
    const QStringList problems = listedProblems(*this, QStringLiteral("PRAGMA quick_check"));
    if (!problems.isEmpty())
        throw StorageError::damaged(m_path, problems.constFirst());
}

void Database::copyTo(const QString &path) const {
    QSqlQuery query = prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(path);
    exec(query, QStringLiteral("Could not copy the database"));
}

QString Database::defaultPath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("practicecoder.sqlite"));
}

QString Database::defaultDemoPath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.sqlite"));
}
