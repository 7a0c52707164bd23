#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

class Database;
struct pg_conn;

// Rows streamed into one PostgreSQL table with COPY … FROM STDIN, on a Database's own connection
// and so inside its open transaction. An INSERT costs the server a parse and a plan, and the
// client a statement built value by value; COPY sends the rows as one stream in PostgreSQL's text
// format, which the server loads about three times as fast (docs/performance.md). Qt's driver has
// no COPY, so this speaks libpq on the driver's handle.
class PostgresCopyIn {
public:
    // Starts the copy; throws StorageError when the server refuses it.
    PostgresCopyIn(const Database &database, const QString &table, const QStringList &columns);
    // An unfinished copy is abandoned: the server rejects the rows and the transaction fails,
    // so the caller's ScopedTransaction rolls it back.
    ~PostgresCopyIn();
    PostgresCopyIn(const PostgresCopyIn &) = delete;
    PostgresCopyIn &operator=(const PostgresCopyIn &) = delete;

    // One row, a value per column in the order given.
    void addRow(const QVariantList &values);
    // Sends what is left and waits for the server's verdict; throws StorageError on a refused
    // row (a broken constraint is classified by its SQLSTATE, as any other write's).
    void finish();

    // A value as COPY's text format writes it: \N for NULL, backslashes, tabs and line ends
    // escaped, numbers exactly (shortest text that reads back as the same double).
    static QByteArray encoded(const QVariant &value);

private:
    void send();
    [[noreturn]] void fail(const QString &message, const QString &sqlState);

    const Database &m_database;
    pg_conn *m_connection = nullptr;
    QString m_context;
    QByteArray m_buffer;
    bool m_open = false;
};
