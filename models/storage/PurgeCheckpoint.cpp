#include "PurgeCheckpoint.h"

#include "SqlValues.h"

#include <QMutex>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QString OwedKey = QStringLiteral("purge_checkpoint_owed");

// Files known in this process to owe a checkpoint, so that a write only pays for a look at the
// database when one is owed. Connections on other threads share it.
QMutex owedMutex;
QSet<QString> owedFiles;

bool isSqlite(const QSqlDatabase &database) {
    return database.isOpen() && database.driverName() == QLatin1String("QSQLITE");
}

} // namespace

PurgeCheckpoint::Outcome PurgeCheckpoint::run(const QSqlDatabase &database) {
    if (!isSqlite(database))
        return Outcome::NotSqlite;
    if (checkpoint(database)) {
        setOwed(database, false);
        return Outcome::Done;
    }
    setOwed(database, true);
    return Outcome::Blocked;
}

void PurgeCheckpoint::afterWrite(const QSqlDatabase &database) {
    {
        QMutexLocker lock(&owedMutex);
        if (owedFiles.isEmpty() || !owedFiles.contains(database.databaseName()))
            return;
    }
    run(database);
}

bool PurgeCheckpoint::atOpen(const QSqlDatabase &database) {
    if (!isSqlite(database) || !isOwed(database))
        return true;
    return run(database) == Outcome::Done;
}

bool PurgeCheckpoint::isOwed(const QSqlDatabase &database) {
    QSqlQuery query(database);
    query.prepare(
        QStringLiteral("SELECT COUNT(*) FROM organisation_settings WHERE setting_key = ?"));
    query.addBindValue(OwedKey);
    return query.exec() && query.next() && query.value(0).toInt() > 0;
}

bool PurgeCheckpoint::checkpoint(const QSqlDatabase &database) {
    // TRUNCATE copies every committed page into the database file (where secure_delete has
    // zeroed the freed ones) and empties the log. Its row says (busy, log frames, checkpointed
    // frames): anything but busy = 0 with every frame copied leaves old pages in the log.
    // A waiting checkpoint would stall every write while the reader stays, so it does not wait:
    // it is tried again later anyway.
    QSqlQuery timeout(database);
    const int waitMs = timeout.exec(QStringLiteral("PRAGMA busy_timeout")) && timeout.next()
                           ? timeout.value(0).toInt()
                           : 0;
    timeout.exec(QStringLiteral("PRAGMA busy_timeout = 0"));
    QSqlQuery query(database);
    const bool done = query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) &&
                      query.next() && query.value(0).toInt() == 0 &&
                      query.value(1).toInt() == query.value(2).toInt();
    query.finish();
    timeout.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(waitMs));
    return done;
}

void PurgeCheckpoint::setOwed(const QSqlDatabase &database, bool owed) {
    {
        QMutexLocker lock(&owedMutex);
        if (owed)
            owedFiles.insert(database.databaseName());
        else
            owedFiles.remove(database.databaseName());
    }
    // Autocommit statements, not a ScopedTransaction: a commit there settles owed checkpoints,
    // and this is part of settling. A note that cannot be written is only a missed reminder; the
    // next purge or start writes it again.
    QSqlQuery query(database);
    if (owed) {
        query.prepare(QStringLiteral(
            "INSERT INTO organisation_settings (setting_key, setting_value, updated_at) "
            "VALUES (?, '1', ?) ON CONFLICT (setting_key) DO NOTHING"));
        query.addBindValue(OwedKey);
        query.addBindValue(SqlValues::nowUtc());
        query.exec();
        return;
    } else {
        if (!isOwed(database))
            return;
        query.prepare(QStringLiteral("DELETE FROM organisation_settings WHERE setting_key = ?"));
    }
    query.addBindValue(OwedKey);
    query.exec();
}
