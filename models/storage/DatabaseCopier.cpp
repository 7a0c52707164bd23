#include "DatabaseCopier.h"

#include "Database.h"
#include "DatabaseTables.h"
#include "PostgresCopyIn.h"
#include "ScopedTransaction.h"
#include "StorageError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QTemporaryFile>

#include <algorithm>

namespace {

// The migrations' own record: the target has its own, written when it was migrated.
const QString kSchemaTable = QStringLiteral("schema_migrations");

bool onPostgres(const Database &database) {
    return database.connection().driverName() == QLatin1String("QPSQL");
}

StorageError refused(const QString &reason) {
    return StorageError(StorageError::Kind::Invalid, reason);
}

// Reads the whole source from one snapshot, so that a writer elsewhere cannot make the copy a
// mix of before and after. Rolled back at the end: nothing is written to the source.
class ReadSnapshot {
public:
    explicit ReadSnapshot(const Database &source)
        : m_db(source.connection()) {
        if (!m_db.transaction())
            throw StorageError::fromSqlError(m_db.lastError(),
                                             QStringLiteral("Could not read the source"),
                                             source.path(), source.dialect());
        // Run as it is: PostgreSQL does not prepare SET, and this must be the transaction's
        // first statement.
        QSqlQuery isolation(m_db);
        if (onPostgres(source) && !isolation.exec(QStringLiteral(
                                      "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")))
            throw StorageError::fromQuery(isolation, QStringLiteral("Could not read the source"));
    }
    ~ReadSnapshot() { m_db.rollback(); }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    QSqlDatabase m_db;
};

// Many rows to one INSERT (into SQLite; PostgreSQL takes COPY): a round trip per row would be
// slow. SQLite allows 999 bound values in a statement in its oldest builds.
constexpr int kMaxBoundValues = 900;

QString insertStatement(const Database &target, const QString &table, const QStringList &columns,
                        int rows) {
    QStringList quotedColumns;
    for (const QString &column : columns)
        quotedColumns.append(DatabaseTables::quoted(target, column));
    const QString oneRow =
        u'(' + QStringList(columns.size(), QStringLiteral("?")).join(u',') + u')';
    return QStringLiteral("INSERT INTO ") + DatabaseTables::quoted(target, table) + u'(' +
           quotedColumns.join(u',') + QStringLiteral(") VALUES ") +
           QStringList(rows, oneRow).join(u',');
}

void copyTable(const Database &source, Database &target, const QString &table,
               const QStringList &columns) {
    QStringList selected;
    for (const QString &column : columns)
        selected.append(DatabaseTables::quoted(source, column));
    QSqlQuery read =
        source.prepare(QStringLiteral("SELECT ") + selected.join(u',') + QStringLiteral(" FROM ") +
                       DatabaseTables::quoted(source, table));
    read.setForwardOnly(true);
    Database::exec(read, QStringLiteral("Could not read %1 from the source").arg(table));

    // PostgreSQL loads a stream of rows several times faster than the same rows as INSERTs.
    if (onPostgres(target)) {
        PostgresCopyIn copyIn(target, table, columns);
        QVariantList row(columns.size());
        while (Database::next(read)) {
            for (int i = 0; i < columns.size(); ++i)
                row[i] = read.value(i);
            copyIn.addRow(row);
        }
        copyIn.finish();
        return;
    }

    const int perBatch = std::max(1, kMaxBoundValues / static_cast<int>(columns.size()));
    const QString context = QStringLiteral("The target refused a row of %1").arg(table);
    QSqlQuery batch = target.prepare(insertStatement(target, table, columns, perBatch));
    QList<QVariant> pending;
    const auto flush = [&](QSqlQuery &insert) {
        for (const QVariant &value : std::as_const(pending))
            insert.addBindValue(value);
        Database::exec(insert, context);
        pending.clear();
    };
    int rowsPending = 0;
    while (Database::next(read)) {
        for (int i = 0; i < columns.size(); ++i)
            pending.append(read.value(i));
        if (++rowsPending == perBatch) {
            flush(batch);
            rowsPending = 0;
        }
    }
    if (rowsPending > 0) {
        QSqlQuery last = target.prepare(insertStatement(target, table, columns, rowsPending));
        flush(last);
    }
}

// PostgreSQL hands out ids from a sequence that knows nothing of the ids copied in: each is
// moved past the highest id, so the next new row does not collide with a copied one.
void resetSequences(Database &target, const QStringList &tables) {
    if (!onPostgres(target))
        return;
    for (const QString &table : tables) {
        const QStringList key = DatabaseTables::primaryKey(target, table);
        if (key.size() != 1)
            continue;
        QSqlQuery sequence = target.prepare(
            QStringLiteral("SELECT pg_get_serial_sequence(CAST(? AS TEXT), CAST(? AS TEXT))"));
        sequence.addBindValue(table);
        sequence.addBindValue(key.constFirst());
        Database::exec(sequence, QStringLiteral("Could not find the id sequence of %1").arg(table));
        if (!Database::next(sequence) || sequence.value(0).isNull())
            continue;
        QSqlQuery move = target.prepare(
            QStringLiteral("SELECT setval(CAST(? AS regclass), CAST(MAX(%1) AS BIGINT)) FROM %2 "
                           "HAVING MAX(%1) IS NOT NULL")
                .arg(DatabaseTables::quoted(target, key.constFirst()),
                     DatabaseTables::quoted(target, table)));
        move.addBindValue(sequence.value(0).toString());
        Database::exec(move, QStringLiteral("Could not move the id sequence of %1").arg(table));
    }
}

void removeSqliteFiles(const QString &path) {
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace

qint64 DatabaseCopier::Result::totalRows() const {
    qint64 total = 0;
    for (const Table &table : tables)
        total += table.rows;
    return total;
}

QStringList DatabaseCopier::schemaProvidedTables() {
    return {QStringLiteral("skills")};
}

DatabaseCopier::Result DatabaseCopier::copy(const Database &source, Database &target) {
    Result result;
    result.schemaVersion = source.schemaVersion();
    const int targetVersion = target.schemaVersion();
    if (result.schemaVersion != targetVersion)
        throw refused(
            result.schemaVersion < targetVersion
                ? QStringLiteral("The source is at schema version %1 and the target at %2: "
                                 "upgrade the source first, by opening it once with this "
                                 "version of PracticeCoder.")
                      .arg(result.schemaVersion)
                      .arg(targetVersion)
                : QStringLiteral("The source is at schema version %1 and the target at %2: "
                                 "upgrade PracticeCoder (and so the target) first.")
                      .arg(result.schemaVersion)
                      .arg(targetVersion));

    const ReadSnapshot snapshot(source);
    QStringList tables = DatabaseTables::inDependencyOrder(source);
    tables.removeAll(kSchemaTable);
    const QStringList targetTables = DatabaseTables::inDependencyOrder(target);
    for (const QString &table : std::as_const(tables)) {
        if (!targetTables.contains(table))
            throw refused(QStringLiteral("The target has no table %1, although both are at "
                                         "schema version %2.")
                              .arg(table)
                              .arg(result.schemaVersion));
        if (DatabaseTables::columns(source, table) != DatabaseTables::columns(target, table))
            throw refused(QStringLiteral("The table %1 has different columns in the source "
                                         "and the target.")
                              .arg(table));
    }
    for (const QString &table : std::as_const(targetTables)) {
        if (table != kSchemaTable && !schemaProvidedTables().contains(table) &&
            DatabaseTables::hasRows(target, table))
            throw refused(QStringLiteral("The target is not empty: its table %1 has rows. "
                                         "Copy into a new, empty database.")
                              .arg(table));
    }

    ScopedTransaction transaction(target.connection());
    for (const QString &table : schemaProvidedTables()) {
        if (!tables.contains(table))
            continue;
        QSqlQuery clear =
            target.prepare(QStringLiteral("DELETE FROM ") + DatabaseTables::quoted(target, table));
        Database::exec(clear, QStringLiteral("Could not clear %1 in the target").arg(table));
    }
    for (const QString &table : std::as_const(tables))
        copyTable(source, target, table, DatabaseTables::columns(source, table));
    resetSequences(target, tables);

    // Checked inside the transaction, so a copy that does not match is never committed.
    for (const QString &table : std::as_const(tables)) {
        Table copied{table, DatabaseTables::rowCount(source, table),
                     DatabaseTables::checksum(source, table)};
        if (DatabaseTables::rowCount(target, table) != copied.rows)
            throw StorageError(StorageError::Kind::Query,
                               QStringLiteral("The copy of %1 has a different number of rows "
                                              "from the source; nothing was copied.")
                                   .arg(table));
        if (DatabaseTables::checksum(target, table) != copied.checksum)
            throw StorageError(StorageError::Kind::Query,
                               QStringLiteral("The copy of %1 does not match the source's "
                                              "checksum; nothing was copied.")
                                   .arg(table));
        result.tables.append(copied);
    }
    transaction.commit();
    return result;
}

DatabaseCopier::Result DatabaseCopier::copy(const ConnectionSpec &from, const ConnectionSpec &to) {
    if (from == to)
        throw refused(QStringLiteral("The source and the target are the same database."));
    Database source;
    source.open(from, Database::Mode::Inspect);

    const bool newFile =
        to.engine() == ConnectionSpec::Engine::Sqlite && !QFileInfo::exists(to.filePath());
    if (!newFile) {
        Database target;
        target.open(to, Database::Mode::CreateIfMissing);
        return copy(source, target);
    }

    // A new file is written beside its final name and renamed into place only when whole, so
    // a failure part-way never leaves a file that looks like a copy.
    const QFileInfo destination(to.filePath());
    const QDir folder = destination.absoluteDir();
    if (!folder.exists())
        throw refused(QStringLiteral("The folder %1 does not exist.").arg(folder.absolutePath()));
    QTemporaryFile partial(
        folder.filePath(QStringLiteral(".%1.XXXXXX.partial").arg(destination.fileName())));
    if (!partial.open())
        throw StorageError(StorageError::Kind::CannotOpen,
                           QStringLiteral("Cannot write in %1: %2")
                               .arg(folder.absolutePath(), partial.errorString()));
    const QString partialPath = partial.fileName();
    partial.close();
    Result result;
    try {
        Database target;
        target.open(ConnectionSpec::sqliteFile(partialPath), Database::Mode::CreateIfMissing);
        result = copy(source, target);
        target.close();
    } catch (...) {
        removeSqliteFiles(partialPath);
        throw;
    }
    // QFile::rename never replaces a file: one made meanwhile under the name is left alone.
    if (!QFile::rename(partialPath, destination.absoluteFilePath())) {
        removeSqliteFiles(partialPath);
        throw StorageError(StorageError::Kind::CannotOpen,
                           QStringLiteral("The copy could not be given the name %1; nothing "
                                          "was written there.")
                               .arg(destination.absoluteFilePath()));
    }
    partial.setAutoRemove(false);
    return result;
}
