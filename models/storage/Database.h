#pragma once

#include "ConnectionSpec.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class ChangeNotifier;
class SqlDialect;

// A connection to the practice database, opened from a ConnectionSpec: an SQLite file, or a
// service database on PostgreSQL. Every other storage class borrows connection(), writes
// what differs between engines through dialect(), and views learn of others' writes through
// changes().
//
// Opening an SQLite file checks it before writing anything (DatabaseFiles), so a file that is
// not a database, a database from a newer version of PracticeCoder, or a read-only location
// is refused with a clear message and the file is left exactly as it was. A PostgreSQL database
// must exist already (practicecoder server create makes it); its password comes from the spec
// (a sign-in prompt) or libpq's own sources, and the file checks do not apply.
class Database {
public:
    enum class Mode {
        // Creates the file (and its folder) when it does not exist, and migrates it. A PostgreSQL
        // database is never created here (that needs rights a user should not have: practicecoder
        // server create), only migrated.
        CreateIfMissing,
        // The file must exist ("No database at PATH."); it is migrated.
        ExistingOnly,
        // The file must exist; it is opened read-only and never migrated or changed (check,
        // backup). A database of a newer schema is accepted, since nothing is written.
        Inspect,
    };

    Database();
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Connects to the database the spec names, as the mode says. Throws StorageError.
    void open(const ConnectionSpec &spec, Mode mode = Mode::CreateIfMissing);
    // The same for a database file, or any value ConnectionSpec::parse reads.
    void open(const QString &path, Mode mode = Mode::CreateIfMissing);
    void close();
    bool isOpen() const;

    // The database file (SQLite); empty when closed.
    QString path() const { return m_spec ? m_spec->filePath() : QString(); }
    // The folder of the database file, against which relative audio paths resolve when no
    // recordings root is set; empty for a server database, which has no folder on this computer
    // (its relative paths need the recordings root).
    QString folder() const;
    // What this connection was opened from; empty when closed.
    std::optional<ConnectionSpec> spec() const { return m_spec; }
    QSqlDatabase connection() const;
    const SqlDialect &dialect() const;
    // Whether, and when, the database changed; lives as long as this object, across reopening.
    ChangeNotifier &changes() const { return *m_changes; }
    int schemaVersion() const;

    // Opens a second connection to the same database for use on another thread, from the spec
    // alone: nothing outside the engine touches the file (closing any descriptor of it would
    // drop this process's SQLite locks, and another program could then delete the live
    // write-ahead log), and nothing is migrated. Must be called, used and destroyed on that
    // thread.
    std::unique_ptr<Database> openAnotherConnection() const;

    // Prepares a statement on this connection; throws StorageError when it does not parse.
    QSqlQuery prepare(const QString &sql) const;
    // Runs a prepared statement; throws StorageError (with context) when it fails.
    static void exec(QSqlQuery &query, const QString &context);
    // Steps to the next row: false at the end, and throws StorageError when reading failed (a
    // damaged page, an I/O error), so that a loop can never stop early and pass for complete.
    static bool next(QSqlQuery &query);

    // SQLite's own checks, for `practicecoder check`: each problem as one line, none when the
    // file is whole. Throws StorageError when the check itself cannot run.
    QStringList integrityProblems() const;
    QStringList foreignKeyProblems() const;
    // A quicker structural check (no index contents); throws StorageError (Damaged) on any
    // problem. Run before a bulk write, so nothing is added to a damaged file.
    void requireIntact() const;
    // Writes a consistent copy of the database (a snapshot, even while others write) to an
    // empty or absent file at path. Throws StorageError.
    void copyTo(const QString &path) const;

    // Where the user's database lives unless --database says otherwise.
    static QString defaultPath();
    static QString defaultDemoPath();

private:
    // Adds and opens this object's connection to the spec's database, and sets it up as the
    // dialect says. Looks at nothing but the engine.
    void connect(const ConnectionSpec &spec, Mode mode);
    void configureConnection(Mode mode);
    static const SqlDialect &dialectOf(const std::optional<ConnectionSpec> &spec);
    void checkIsPracticeCoderPostgresDatabase() const;
    // Stops here when a connection of this process has found the database damaged.
    void refuseIfDamaged() const;

    QString m_connectionName;
    std::optional<ConnectionSpec> m_spec;
    std::unique_ptr<ChangeNotifier> m_changes;
};
