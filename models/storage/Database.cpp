#include "Database.h"

#include "DatabaseFiles.h"
#include "EngineChangeNotifier.h"
#include "PostgresServer.h"
#include "PurgeCheckpoint.h"
#include "SchemaMigrator.h"
#include "SqlDialect.h"
#include "StorageError.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>

namespace {

QString nextConnectionName() {
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("practicecoder-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

// One notifier for the life of this object, answering with the engine's own: SQLite's change
// counters or PostgreSQL's LISTEN/NOTIFY.
Database::Database()
    : m_changes(std::make_unique<EngineChangeNotifier>(*this)) {}

Database::~Database() {
    close();
}

const SqlDialect &Database::dialect() const {
    return dialectOf(m_spec);
}

const SqlDialect &Database::dialectOf(const std::optional<ConnectionSpec> &spec) {
    return spec && spec->isPostgres() ? SqlDialect::postgres() : SqlDialect::sqlite();
}

void Database::refuseIfDamaged() const {
    if (DatabaseFiles::isDamaged(path()))
        throw StorageError::damaged(path());
}

void Database::configureConnection(Mode mode) {
    QSqlDatabase db = connection();
    // A database without foreign keys or WAL would break the integrity and crash-safety
    // promises (and one not in UTC would write other times), so a statement that fails stops
    // the opening.
    for (const QString &statement : dialect().connectionSetup(mode == Mode::Inspect)) {
        QSqlQuery query(db);
        if (!query.exec(statement))
            throw StorageError::fromQuery(query,
                                          QStringLiteral("Could not configure the database"));
    }
}

void Database::connect(const ConnectionSpec &spec, Mode mode) {
    m_connectionName = nextConnectionName();
    const SqlDialect &engine = dialectOf(spec);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(engine.driverName(), m_connectionName);
        QString options = engine.connectOptions(mode == Mode::Inspect);
        if (spec.isPostgres()) {
            PostgresServer::describe(spec, &db);
            if (!spec.sslMode().isEmpty())
                options += QStringLiteral(";sslmode=") + spec.sslMode();
        } else {
            db.setDatabaseName(spec.filePath());
        }
        db.setConnectOptions(options);
        if (!db.open()) {
            // libpq reports a failed connection without an SQLSTATE, so the server is asked
            // what went wrong instead of reading the words of its message.
            const StorageError error =
                spec.isPostgres()
                    ? StorageError(StorageError::Kind::CannotOpen,
                                   PostgresServer::whyCannotConnect(spec))
                    : StorageError::fromSqlError(
                          db.lastError(),
                          QStringLiteral("%1 could not be opened").arg(spec.displayName()),
                          spec.filePath(), engine);
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            m_connectionName.clear();
            throw error;
        }
        if (!spec.isPostgres())
            DatabaseFiles::connectionOpened(spec.filePath(), db.driver());
    }
    m_spec = spec;
    try {
        configureConnection(mode);
    } catch (...) {
        close();
        throw;
    }
}

void Database::checkIsPracticeCoderPostgresDatabase() const {
    // As DatabaseFiles does for a file, before anything is written: a database holding other
    // tables is someone else's, and one of a newer schema is left as it is.
    const QStringList tables = connection().tables();
    if (!tables.isEmpty() && !tables.contains(QStringLiteral("schema_migrations")))
        throw StorageError(StorageError::Kind::NotADatabase,
                           QStringLiteral("%1 holds tables, but is not a PracticeCoder database. "
                                          "Nothing was changed.")
                               .arg(m_spec->displayName()));
    const int version = SchemaMigrator::currentVersion(connection());
    if (version > SchemaMigrator::latestVersion())
        throw StorageError::newerSchema(m_spec->displayName(), version,
                                        SchemaMigrator::latestVersion());
}

void Database::open(const QString &path, Mode mode) {
    QString problem;
    const std::optional<ConnectionSpec> spec = ConnectionSpec::parse(path, &problem);
    if (!spec) {
        close();
        throw StorageError(StorageError::Kind::CannotOpen, problem);
    }
    open(*spec, mode);
}

void Database::open(const ConnectionSpec &spec, Mode mode) {
    close();
    if (spec.engine() == ConnectionSpec::Engine::Sqlite) {
        const QString file = spec.filePath();
        if (DatabaseFiles::isDamaged(file))
            throw StorageError::damaged(file);
        DatabaseFiles::checkBeforeOpening(file, mode);
        DatabaseFiles::checkIsPracticeCoderDatabase(file, mode);
    }
    connect(spec, mode);
    if (mode == Mode::Inspect)
        return;
    try {
        if (spec.isPostgres())
            checkIsPracticeCoderPostgresDatabase();
        SchemaMigrator::migrate(connection());
        // A purge left unfinished last time (a reader blocked its checkpoint) ends here.
        if (!spec.isPostgres())
            PurgeCheckpoint::atOpen(connection());
    } catch (...) {
        close();
        throw;
    }
    // PostgreSQL tells only connections already listening: start now, so that a view that
    // waits for changed() without reading a stamp first hears of others' work too.
    if (spec.isPostgres())
        m_changes->stamp();
}

void Database::close() {
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (m_spec && !m_spec->isPostgres())
            DatabaseFiles::connectionClosed(db.driver());
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_spec.reset();
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
    if (!m_spec)
        throw StorageError(StorageError::Kind::CannotOpen,
                           QStringLiteral("The database is not open."));
    refuseIfDamaged();
    auto other = std::make_unique<Database>();
    other->connect(*m_spec, Mode::ExistingOnly);
    return other;
}

QSqlQuery Database::prepare(const QString &sql) const {
    // Damage found by any connection stops this one too: nothing more is read or written.
    refuseIfDamaged();
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

// PostgreSQL checks its own pages (and every constraint, on every write) and has no
// counterpart of SQLite's integrity_check that a client can run; a damaged page shows as
// XX001 on the statement that reads it. So there is nothing to list there, and what the server
// keeps whole is the administrator's (pg_amcheck, data checksums).
QStringList Database::integrityProblems() const {
    if (m_spec && m_spec->isPostgres())
        return {};
    return listedProblems(*this, QStringLiteral("PRAGMA integrity_check"));
}

QStringList Database::foreignKeyProblems() const {
    // PostgreSQL enforces foreign keys on every write; SQLite only while foreign_keys is on,
    // so a file written by another program may hold orphans.
    if (m_spec && m_spec->isPostgres())
        return {};
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
    if (m_spec && m_spec->isPostgres())
        return;
    const QStringList problems = listedProblems(*this, QStringLiteral("PRAGMA quick_check"));
    if (!problems.isEmpty())
        throw StorageError::damaged(path(), problems.constFirst());
}

void Database::copyTo(const QString &path) const {
    // A service database is copied between engines by copy-database, and backed up by its
    // administrator with pg_dump; VACUUM INTO is SQLite's alone.
    if (m_spec && m_spec->isPostgres())
        throw StorageError(StorageError::Kind::Invalid,
                           QStringLiteral("%1 is a service database on PostgreSQL: copy it with "
                                          "practicecoder copy-database, or ask its administrator "
                                          "for a pg_dump backup.")
                               .arg(m_spec->displayName()));
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

QString Database::folder() const {
    const QString file = path();
    return file.isEmpty() ? QString() : QFileInfo(file).absolutePath();
}
