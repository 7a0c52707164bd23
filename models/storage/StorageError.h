#pragma once

#include <QString>
#include <exception>

class QSqlQuery;
class QSqlError;
class SqlDialect;

// A failure in the storage layer, typed so that callers can tell a refused database (newer
// schema, not a database, read-only) from a failed query, and show the user a clear message.
class StorageError : public std::exception {
public:
    enum class Kind {
        CannotOpen,
        NotADatabase,
        NewerSchema,
        ReadOnly,
        Migration,
        Query,
        Constraint,
        NotFound,
        Conflict,
        Invalid,
        // The row's version moved on since the edit was based on it: someone else saved first.
        // The whole edit was rolled back; the caller may show both sides and let the user choose.
        StaleEdit,
        // From the driver's native error code (never from its message text); SqlDialect says
        // which codes mean what, e.g. for SQLite:
        Damaged,  // SQLITE_CORRUPT, SQLITE_NOTADB
        DiskFull, // SQLITE_FULL
        Busy,     // SQLITE_BUSY, SQLITE_LOCKED: another program held the lock too long
        IoError,  // SQLITE_IOERR: the disk or network failed to read or write
        // SQLITE_CANTOPEN is CannotOpen: the file, or the write-ahead log beside it, could not
        // be opened. It concerns the database but is not transient (see WriteFailure).
    };

    StorageError(Kind kind, QString message);

    // Builds an error from a failed query, classified by its driver's native error code (the
    // only classifier of driver errors; WriteFailure reads kind()). A damaged database is
    // named by its path and remembered (DatabaseFiles), so that nothing in this process writes
    // to it again.
    static StorageError fromQuery(const QSqlQuery &query, const QString &context);
    // path is the database file, when known, for the message and for remembering damage;
    // dialect is that of the connection the error came from.
    static StorageError fromSqlError(const QSqlError &error, const QString &context,
                                     const QString &path, const SqlDialect &dialect);
    // The refusal of an edit based on an old version of a coded session (recordingCode: "R-…").
    static StorageError staleCoding(const QString &recordingCode);
    // The same for a family's questionnaire (familyCode: the case code).
    static StorageError staleQuestionnaire(const QString &familyCode);
    // A database whose schema is newer than this version understands, named by its path or
    // URL; the same message on every engine.
    static StorageError newerSchema(const QString &name, int version, int latest);
    // The plain message for a damaged database, shared by every place that finds one.
    static StorageError damaged(const QString &path, const QString &detail = QString());

    Kind kind() const { return m_kind; }
    // True when the fault is the database's (damaged, disk full, busy, unreadable, read-only)
    // rather than one row's: an import then stops at once instead of blaming every line.
    bool concernsTheDatabase() const;
    // A Constraint error that refused a row because one with the same unique key exists (a
    // writer elsewhere may just have added it).
    bool isDuplicate() const { return m_duplicate; }
    QString message() const { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }
    // The driver's own code (SQLite's extended result code as text), empty when the error did
    // not come from the driver.
    QString nativeErrorCode() const { return m_nativeErrorCode; }

private:
    Kind m_kind;
    QString m_message;
    QByteArray m_utf8;
    QString m_nativeErrorCode;
    bool m_duplicate = false;
};
