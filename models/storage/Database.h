#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <memory>

// The practice database: one SQLite file (PostgreSQL later for shared use). Opening checks the
// file before writing anything, so a file that is not a database, a database from a newer
// version of PracticeCoder, or a read-only location is refused with a clear message and the
// file is left exactly as it was. Every other storage class borrows connection().
//
// The file itself is looked at (header, write probe) only before this process's first
// connection to it: closing any descriptor of a file drops every POSIX lock the process holds
// on it, SQLite's included, and another program would then delete the live write-ahead log.
class Database {
public:
    enum class Mode {
        // Creates the file (and its folder) when it does not exist, and migrates it.
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

    // Opens the database at path as the mode says. Throws StorageError.
    void open(const QString &path, Mode mode = Mode::CreateIfMissing);
    void close();
    bool isOpen() const;

    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    int schemaVersion() const;

    // Opens a second connection to the same file for use on another thread, without looking
    // at the file (see the class comment) and without migrating. The returned object must be
    // used and destroyed on that thread.
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
    void checkFileBeforeOpening(const QString &path, Mode mode) const;
    void checkExistingDatabase(const QString &path, Mode mode) const;
    // Adds and opens this object's SQLite connection to path, with the usual pragmas.
    void connect(const QString &path, Mode mode);
    void configureConnection(Mode mode);

    QString m_connectionName;
    QString m_path;
};
