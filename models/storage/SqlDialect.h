#pragma once

#include <QString>
#include <QStringList>

class QSqlDriver;

// What differs between the database engines PracticeCoder speaks to, kept in one place so that
// repositories write one statement for all of them: SqliteDialect for a database file,
// PostgresDialect for a service database.
class SqlDialect {
public:
    // What a failed statement means, decided by the driver's native error code alone (never by
    // the wording of its message, which changes between versions and languages).
    enum class Failure {
        Other,      // a mistake in the statement or something unforeseen
        Constraint, // a CHECK, NOT NULL or FOREIGN KEY rule refused the row
        Duplicate,  // a UNIQUE or PRIMARY KEY rule refused the row: it is already there
        Busy,       // another program held the lock for longer than the busy timeout
        DiskFull,
        IoError,    // the disk or network failed to read or write
        CannotOpen, // the database (or a file it needs beside it) could not be opened
        ReadOnly,
        Damaged,
    };

    virtual ~SqlDialect() = default;

    // The Qt SQL driver that speaks to this engine ("QSQLITE", "QPSQL").
    virtual QString driverName() const = 0;
    // The driver's connection options: how long to wait for another writer's lock, and
    // whether the connection may write.
    virtual QString connectOptions(bool readOnly) const = 0;
    // Statements run on every new connection before it is used: integrity rules, journalling,
    // and secure deletion (a withdrawn family's data must not survive in free space). A
    // read-only connection gets only those that write nothing.
    virtual QStringList connectionSetup(bool readOnly) const = 0;
    virtual Failure classify(const QString &nativeErrorCode) const = 0;
    // An INSERT of `columns` (one bound value each) that does nothing when a row with the same
    // `uniqueKey` exists, even one another connection committed a moment ago.
    virtual QString insertOrIgnore(const QString &table, const QStringList &columns,
                                   const QStringList &uniqueKey) const = 0;
    // A condition true when `column` equals the bound value, ignoring the case of ASCII letters.
    virtual QString caseInsensitiveEquals(const QString &column) const = 0;
    // An expression for the current instant, as the UTC ISO-8601 text with milliseconds that
    // every table stores ("2025-02-20T10:00:00.000Z").
    virtual QString currentInstant() const = 0;
    // The statement that starts a transaction which will write: on SQLite it takes the write
    // lock at once, so that it waits for another writer rather than failing half-way.
    virtual QString beginTransaction() const = 0;
    // `expression` made to order text by its bytes (code points), whatever the server's locale:
    // a list of names must come out in the same order on every engine, so that exports match.
    virtual QString bytewiseOrder(const QString &expression) const = 0;
    // A condition true when `column` matches the bound LIKE pattern, ignoring the case of ASCII
    // letters (SQLite's LIKE already does; PostgreSQL's does not).
    virtual QString caseInsensitiveLike(const QString &column) const = 0;

    static const SqlDialect &sqlite();
    static const SqlDialect &postgres();
    // The dialect of the engine a connection's driver speaks to.
    static const SqlDialect &forDriver(const QSqlDriver *driver);

protected:
    // INSERT … ON CONFLICT (uniqueKey) DO NOTHING, which both engines spell alike.
    static QString insertOnConflictDoNothing(const QString &table, const QStringList &columns,
                                             const QStringList &uniqueKey);
};
