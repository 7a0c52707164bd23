#include "AuditLog.h"

#include "Database.h"
#include "SqlValues.h"

AuditLog::AuditLog(Database &database)
    : m_database(database) {}

void AuditLog::append(qint64 userId, const QString &action, const QString &entity, qint64 entityId,
                      const QString &detail) {
    QSqlQuery query = m_database.prepare(
        QStringLiteral("INSERT INTO audit_log (at_utc, user_id, action, entity, entity_id, detail) "
                       "VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(SqlValues::nowUtc());
    query.addBindValue(SqlValues::optionalId(userId));
    query.addBindValue(action);
    query.addBindValue(entity);
    query.addBindValue(SqlValues::optionalId(entityId));
    query.addBindValue(SqlValues::text(detail));
    Database::exec(query, QStringLiteral("Could not write to the audit log"));
}

QList<AuditLog::Entry> AuditLog::entriesFor(const QString &entity, qint64 entityId) const {
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT id, at_utc, user_id, action, entity, entity_id, detail "
                       "FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id DESC"));
    query.addBindValue(entity);
    query.addBindValue(entityId);
    Database::exec(query, QStringLiteral("Could not read the audit log"));
    QList<Entry> entries;
    while (Database::next(query)) {
        Entry entry;
        entry.id = query.value(0).toLongLong();
        entry.atUtc = SqlValues::toInstant(query.value(1));
        entry.userId = query.value(2).isNull() ? 0 : query.value(2).toLongLong();
        entry.action = query.value(3).toString();
        entry.entity = query.value(4).toString();
        entry.entityId = query.value(5).toLongLong();
        entry.detail = query.value(6).toString();
        entries.append(entry);
    }
    return entries;
}
