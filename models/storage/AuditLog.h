#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

class Database;

// The append-only record of who changed what (DOMAIN.md §5): finalising and unlocking a coding
// (with the reason), creating a consensus coding, relinking audio, changing consent. Rows are
// only ever added; appending inside the caller's transaction keeps the log and the change
// together, so neither can exist without the other.
class AuditLog {
public:
    struct Entry {
        qint64 id = 0;
        QDateTime atUtc;
        qint64 userId = 0; // 0 when not known
        QString action;
        QString entity;
        qint64 entityId = 0;
        QString detail;
    };

    explicit AuditLog(Database &database);

    void append(qint64 userId, const QString &action, const QString &entity, qint64 entityId,
                const QString &detail = QString());
    // Newest first.
    QList<Entry> entriesFor(const QString &entity, qint64 entityId) const;

private:
    Database &m_database;
};
