#include "StorageError.h"

#include <QSqlError>
#include <QSqlQuery>

StorageError::StorageError(Kind kind, QString message)
    : m_kind(kind)
    , m_message(std::move(message))
    , m_utf8(m_message.toUtf8()) {}

StorageError StorageError::fromSqlError(const QSqlError &error, const QString &context) {
    const QString text = error.text().trimmed();
    // SQLite reports CHECK, UNIQUE, NOT NULL and FOREIGN KEY failures as constraint errors;
    // callers show those as "the data was refused" rather than as a broken database.
    const bool constraint = text.contains(QStringLiteral("constraint"), Qt::CaseInsensitive);
    StorageError result(constraint ? Kind::Constraint : Kind::Query,
                        context + QStringLiteral(": ") + text);
    result.m_nativeErrorCode = error.nativeErrorCode();
    return result;
}

StorageError StorageError::fromQuery(const QSqlQuery &query, const QString &context) {
    return fromSqlError(query.lastError(), context);
}
