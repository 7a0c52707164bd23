#include "PostgresCopyIn.h"

#include "Database.h"
#include "DatabaseTables.h"
#include "StorageError.h"

#include <QLocale>
#include <QSqlDriver>
#include <QSqlError>

#include <libpq-fe.h>

#include <cmath>

namespace {

// Rows are sent in pieces of about this size: large enough that the calls cost nothing, small
// enough that a copy of years of data never holds much of it in memory.
constexpr qsizetype kSendAt = 256 * 1024;

void discardResults(PGconn *connection) {
    while (PGresult *result = PQgetResult(connection))
        PQclear(result);
}

void appendEscaped(QByteArray &out, const QByteArray &text) {
    for (const char c : text) {
        switch (c) {
        case '\\':
            out.append("\\\\");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        default:
            out.append(c);
        }
    }
}

} // namespace

PostgresCopyIn::PostgresCopyIn(const Database &database, const QString &table,
                               const QStringList &columns)
    : m_database(database)
    , m_context(QStringLiteral("The target refused a row of %1").arg(table)) {
    const QVariant handle = database.connection().driver()->handle();
    // Qt names the handle's type after libpq's struct (pg_conn*), or its typedef in older Qts.
    const char *type = handle.typeName();
    if (!handle.isValid() || (qstrcmp(type, "pg_conn*") != 0 && qstrcmp(type, "PGconn*") != 0))
        throw StorageError(StorageError::Kind::Query,
                           QStringLiteral("%1: not a PostgreSQL connection").arg(m_context));
    m_connection = *static_cast<PGconn *const *>(handle.constData());
    if (!m_connection)
        throw StorageError(StorageError::Kind::CannotOpen,
                           QStringLiteral("%1: the connection is closed").arg(m_context));

    QStringList quoted;
    for (const QString &column : columns)
        quoted.append(DatabaseTables::quoted(database, column));
    const QByteArray statement =
        (QStringLiteral("COPY ") + DatabaseTables::quoted(database, table) + u'(' +
         quoted.join(u',') + QStringLiteral(") FROM STDIN"))
            .toUtf8();
    // Qt's driver leaves a forward-only query's last results unread until its next statement;
    // libpq starts nothing while any are waiting.
    discardResults(m_connection);
    PGresult *started = PQexec(m_connection, statement.constData());
    const ExecStatusType status = PQresultStatus(started);
    const QString message = QString::fromUtf8(PQresultErrorMessage(started)).trimmed();
    const QString sqlState = QString::fromLatin1(PQresultErrorField(started, PG_DIAG_SQLSTATE));
    PQclear(started);
    if (status != PGRES_COPY_IN) {
        discardResults(m_connection);
        fail(message, sqlState);
    }
    m_open = true;
    m_buffer.reserve(kSendAt + 4096);
}

PostgresCopyIn::~PostgresCopyIn() {
    if (!m_open)
        return;
    PQputCopyEnd(m_connection, "abandoned by PracticeCoder");
    discardResults(m_connection);
}

QByteArray PostgresCopyIn::encoded(const QVariant &value) {
    if (value.isNull())
        return QByteArrayLiteral("\\N");
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Short:
        return QByteArray::number(value.toLongLong());
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::UShort:
        return QByteArray::number(value.toULongLong());
    case QMetaType::Bool:
        return value.toBool() ? QByteArrayLiteral("1") : QByteArrayLiteral("0");
    case QMetaType::Double:
    case QMetaType::Float: {
        const double number = value.toDouble();
        if (std::isnan(number))
            return QByteArrayLiteral("NaN");
        if (std::isinf(number))
            return number > 0 ? QByteArrayLiteral("Infinity") : QByteArrayLiteral("-Infinity");
        return QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
    }
    case QMetaType::QByteArray: {
        // bytea's hex form, its backslash escaped for COPY.
        return QByteArrayLiteral("\\\\x") + value.toByteArray().toHex();
    }
    default: {
        QByteArray out;
        appendEscaped(out, value.toString().toUtf8());
        return out;
    }
    }
}

void PostgresCopyIn::addRow(const QVariantList &values) {
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            m_buffer.append('\t');
        m_buffer.append(encoded(values.at(i)));
    }
    m_buffer.append('\n');
    if (m_buffer.size() >= kSendAt)
        send();
}

void PostgresCopyIn::send() {
    if (m_buffer.isEmpty())
        return;
    if (PQputCopyData(m_connection, m_buffer.constData(), static_cast<int>(m_buffer.size())) != 1) {
        const QString message = QString::fromUtf8(PQerrorMessage(m_connection)).trimmed();
        m_open = false;
        discardResults(m_connection);
        fail(message, QString());
    }
    m_buffer.clear();
}

void PostgresCopyIn::finish() {
    send();
    m_open = false;
    if (PQputCopyEnd(m_connection, nullptr) != 1) {
        const QString message = QString::fromUtf8(PQerrorMessage(m_connection)).trimmed();
        discardResults(m_connection);
        fail(message, QString());
    }
    QString message;
    QString sqlState;
    bool ok = true;
    while (PGresult *result = PQgetResult(m_connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && ok) {
            ok = false;
            message = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
            sqlState = QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE));
        }
        PQclear(result);
    }
    if (!ok)
        fail(message, sqlState);
}

void PostgresCopyIn::fail(const QString &message, const QString &sqlState) {
    // A connection lost part-way has no SQLSTATE: class 08 is what the dialect reads as that.
    const QString code = sqlState.isEmpty() && PQstatus(m_connection) != CONNECTION_OK
                             ? QStringLiteral("08006")
                             : sqlState;
    throw StorageError::fromSqlError(
        QSqlError(QStringLiteral("COPY"), message, QSqlError::StatementError, code), m_context,
        m_database.path(), m_database.dialect());
}
