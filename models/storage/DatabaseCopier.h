#pragma once

#include "ConnectionSpec.h"

#include <QByteArray>
#include <QList>
#include <QString>

class Database;

// Copies a whole practice database into an empty one, on the same engine or another: SQLite to
// a service database on PostgreSQL, or PostgreSQL to an SQLite file for an offline copy. Every
// table is copied in foreign-key order with its ids, in one transaction on the target, and then
// counted and checksummed on both sides before the transaction commits: the target ends up with
// all of it, proven the same, or with nothing. No row's contents are ever printed or logged.
class DatabaseCopier {
public:
    struct Table {
        QString name;
        qint64 rows = 0;
        QByteArray checksum; // SHA-256 of the table's contents, the same on source and target
    };
    struct Result {
        int schemaVersion = 0;
        QList<Table> tables;
        qint64 totalRows() const;
    };

    // Copies the database `from` names into the one `to` names. The source is only read. A
    // PostgreSQL target must exist (`server create` makes one) and be empty; an SQLite target
    // may be an empty database or a file that does not exist yet, which is then written beside
    // and renamed into place only when the copy is complete. Throws StorageError: Invalid when
    // the copy is refused (the same database twice, a target holding data, a schema version
    // that differs), with one plain sentence saying why.
    static Result copy(const ConnectionSpec &from, const ConnectionSpec &to);
    // Copies between two open databases; the target is left as it was when this throws.
    static Result copy(const Database &source, Database &target);

    // Tables whose rows the schema itself provides (the list of skills): a new database has
    // them already, so they are replaced by the source's rather than counted as data.
    static QStringList schemaProvidedTables();
};
