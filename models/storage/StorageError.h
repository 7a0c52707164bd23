#pragma once

#include <QString>
#include <exception>

class QSqlQuery;
class QSqlError;

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
    };

    StorageError(Kind kind, QString message);

    // Builds an error from a failed query, keeping the driver's text and the statement.
    static StorageError fromQuery(const QSqlQuery &query, const QString &context);
    static StorageError fromSqlError(const QSqlError &error, const QString &context);

    Kind kind() const { return m_kind; }
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
};
