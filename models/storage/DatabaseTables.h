#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class Database;

// The tables of a practice database as data, the same on every engine: which tables there are,
// in an order where each comes after the tables it refers to, and a checksum of each table's
// contents that two engines holding the same rows agree on. copy-database uses it to copy a
// whole database and to prove the copy complete.
class DatabaseTables {
public:
    // The practice data's tables (not the engine's own), each after every table its foreign
    // keys refer to; tables with no order between them come by name. Throws StorageError.
    static QStringList inDependencyOrder(const Database &database);
    // The table's columns by name, and the columns of its primary key.
    static QStringList columns(const Database &database, const QString &table);
    static QStringList primaryKey(const Database &database, const QString &table);
    static qint64 rowCount(const Database &database, const QString &table);
    static bool hasRows(const Database &database, const QString &table);
    // SHA-256 over the table's rows in primary-key order. Each value is written canonically
    // (a number as a number whichever type the driver gave it, text as its UTF-8 bytes, NULL
    // as no value) and columns by name, so SQLite and PostgreSQL give the same checksum for the
    // same rows. Row contents never leave this function.
    static QByteArray checksum(const Database &database, const QString &table);
    // The table's name quoted for a statement on this connection.
    static QString quoted(const Database &database, const QString &name);
};
