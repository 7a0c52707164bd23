#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>

// The practice database: one SQLite file (PostgreSQL later for shared use). Opening checks the
// file before writing anything, so a file that is not a database, a database from a newer
// version of PracticeCoder, or a read-only location is refused with a clear message and the
// file is left exactly as it was. Every other storage class borrows connection().
class Database {
public:
    Database();
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if absent) and migrates the database at path. Throws StorageError.
    void open(const QString &path);
    void close();
    bool isOpen() const;

    QString path() const { return m_path; }
    QSqlDatabase connection() const;
    int schemaVersion() const;

    // Opens a second connection to the same file for use on another thread. The returned
    // object must be used and destroyed on that thread.
    std::unique_ptr<Database> openAnotherConnection() const;

    // Prepares a statement on this connection; throws StorageError when it does not parse.
    QSqlQuery prepare(const QString &sql) const;
    // Runs a prepared statement; throws StorageError (with context) when it fails.
    static void exec(QSqlQuery &query, const QString &context);

    // Where the user's database lives unless --database says otherwise.
    static QString defaultPath();
    static QString defaultDemoPath();

private:
    void checkFileBeforeOpening(const QString &path) const;
    void checkExistingDatabase(const QString &path) const;
    void configureConnection();

    QString m_connectionName;
    QString m_path;
};
