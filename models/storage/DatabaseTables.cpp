#include "DatabaseTables.h"

#include "Database.h"
#include "StorageError.h"

#include <QCryptographicHash>
#include <QMap>
#include <QSet>
#include <QSqlDriver>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlRecord>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace {

bool onPostgres(const Database &database) {
    return database.connection().driverName() == QLatin1String("QPSQL");
}

// Each table's foreign-key targets, read from the engine's own catalogue: the one place where
// the two engines are asked differently.
QMap<QString, QSet<QString>> referencedTables(const Database &database, const QStringList &tables) {
    QMap<QString, QSet<QString>> references;
    if (onPostgres(database)) {
        QSqlQuery query = database.prepare(
            QStringLiteral("SELECT referencing.relname, referenced.relname FROM pg_constraint c "
                           "JOIN pg_class referencing ON referencing.oid = c.conrelid "
                           "JOIN pg_class referenced ON referenced.oid = c.confrelid "
                           "WHERE c.contype = 'f' AND referencing.relnamespace = "
                           "(SELECT oid FROM pg_namespace WHERE nspname = current_schema())"));
        Database::exec(query, QStringLiteral("Could not read the links between tables"));
        while (Database::next(query))
            references[query.value(0).toString()].insert(query.value(1).toString());
        return references;
    }
    QSqlQuery query = database.prepare(
        QStringLiteral("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?)"));
    for (const QString &table : tables) {
        query.addBindValue(table);
        Database::exec(query, QStringLiteral("Could not read the links between tables"));
        while (Database::next(query))
            references[table].insert(query.value(0).toString());
    }
    return references;
}

bool isIntegral(const QVariant &value) {
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return true;
    default:
        return false;
    }
}

// A value as text both engines agree on: SQLite hands back a 64-bit integer where PostgreSQL
// hands back a 32-bit one or a boolean, and a whole number stored as a double on one side is
// the same number as the integer on the other.
QByteArray canonical(const QVariant &value) {
    if (value.isNull())
        return QByteArrayLiteral("N");
    if (isIntegral(value))
        return 'I' + QByteArray::number(value.toLongLong());
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float) {
        const double number = value.toDouble();
        if (std::isfinite(number) && number == std::trunc(number) && std::fabs(number) < 9.0e15)
            return 'I' + QByteArray::number(static_cast<qint64>(number));
        return 'R' + QByteArray::number(number, 'g', 17);
    }
    if (value.typeId() == QMetaType::QByteArray)
        return 'B' + value.toByteArray().toHex();
    const QByteArray text = value.toString().toUtf8();
    return 'T' + QByteArray::number(text.size()) + ':' + text;
}

// A primary key as bytes that sort as the key does, numbers by value and text byte by byte,
// whatever collation the engine would use.
QByteArray sortKey(const QSqlQuery &query, const QList<int> &keyColumns) {
    QByteArray key;
    for (const int column : keyColumns) {
        const QVariant value = query.value(column);
        if (isIntegral(value) || value.typeId() == QMetaType::Double) {
            const quint64 flipped = static_cast<quint64>(value.toLongLong()) ^ (quint64(1) << 63);
            char bytes[8];
            qToBigEndian(flipped, bytes);
            key.append('I').append(bytes, 8);
        } else {
            key.append('T').append(value.toString().toUtf8()).append('\0');
        }
    }
    return key;
}

} // namespace

QString DatabaseTables::quoted(const Database &database, const QString &name) {
    return database.connection().driver()->escapeIdentifier(name, QSqlDriver::TableName);
}

QStringList DatabaseTables::inDependencyOrder(const Database &database) {
    QStringList tables;
    for (const QString &table : database.connection().tables(QSql::Tables)) {
        // The engine's own bookkeeping is not practice data.
        if (!table.startsWith(QLatin1String("sqlite_")) && !table.contains(u'.'))
            tables.append(table);
    }
    tables.sort();
    const QMap<QString, QSet<QString>> references = referencedTables(database, tables);
    QStringList ordered;
    QSet<QString> placed;
    while (ordered.size() < tables.size()) {
        bool progress = false;
        for (const QString &table : std::as_const(tables)) {
            if (placed.contains(table))
                continue;
            const QSet<QString> needs = references.value(table);
            const bool ready = std::all_of(needs.cbegin(), needs.cend(), [&](const QString &t) {
                return t == table || placed.contains(t) || !tables.contains(t);
            });
            if (ready) {
                ordered.append(table);
                placed.insert(table);
                progress = true;
            }
        }
        if (!progress)
            throw StorageError(StorageError::Kind::Invalid,
                               QStringLiteral("The tables refer to each other in a loop, so "
                                              "they cannot be copied one after another."));
    }
    return ordered;
}

QStringList DatabaseTables::columns(const Database &database, const QString &table) {
    const QSqlRecord record = database.connection().record(table);
    QStringList names;
    for (int i = 0; i < record.count(); ++i)
        names.append(record.fieldName(i));
    names.sort();
    return names;
}

QStringList DatabaseTables::primaryKey(const Database &database, const QString &table) {
    const QSqlIndex index = database.connection().primaryIndex(table);
    QStringList names;
    for (int i = 0; i < index.count(); ++i)
        names.append(index.fieldName(i));
    return names;
}

qint64 DatabaseTables::rowCount(const Database &database, const QString &table) {
    QSqlQuery query =
        database.prepare(QStringLiteral("SELECT COUNT(*) FROM ") + quoted(database, table));
    Database::exec(query, QStringLiteral("Could not count the rows of %1").arg(table));
    return Database::next(query) ? query.value(0).toLongLong() : 0;
}

bool DatabaseTables::hasRows(const Database &database, const QString &table) {
    QSqlQuery query = database.prepare(QStringLiteral("SELECT 1 FROM ") + quoted(database, table) +
                                       QStringLiteral(" LIMIT 1"));
    Database::exec(query, QStringLiteral("Could not read %1").arg(table));
    return Database::next(query);
}

QByteArray DatabaseTables::checksum(const Database &database, const QString &table) {
    const QStringList names = columns(database, table);
    QStringList key = primaryKey(database, table);
    // A table without a primary key is ordered by all its columns.
    if (key.isEmpty())
        key = names;
    QList<int> keyColumns;
    QStringList selected;
    for (const QString &name : names)
        selected.append(quoted(database, name));
    for (const QString &name : std::as_const(key))
        keyColumns.append(static_cast<int>(names.indexOf(name)));

    QSqlQuery query = database.prepare(QStringLiteral("SELECT ") + selected.join(u',') +
                                       QStringLiteral(" FROM ") + quoted(database, table));
    query.setForwardOnly(true);
    Database::exec(query, QStringLiteral("Could not read %1").arg(table));
    // Each row's digest, sorted here by its key: the engines' orders for text keys differ.
    std::vector<std::pair<QByteArray, QByteArray>> rows;
    while (Database::next(query)) {
        QCryptographicHash row(QCryptographicHash::Sha256);
        for (int i = 0; i < names.size(); ++i) {
            row.addData(canonical(query.value(i)));
            row.addData(QByteArrayView("\x1f", 1));
        }
        rows.emplace_back(sortKey(query, keyColumns), row.result());
    }
    std::sort(rows.begin(), rows.end());
    QCryptographicHash whole(QCryptographicHash::Sha256);
    whole.addData(names.join(u',').toUtf8());
    for (const auto &row : rows)
        whole.addData(row.second);
    return whole.result();
}
