#include "ConsensusRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "SqlDialect.h"
#include "SqlValues.h"
#include "StorageError.h"

#include <QSqlQuery>
#include <QStringList>

namespace {

QList<UserAccount> readAccounts(QSqlQuery &query) {
    QList<UserAccount> list;
    while (Database::next(query))
        list.append(
            {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
    return list;
}

} // namespace

ConsensusRepository::ConsensusRepository(Database &database)
    : m_database(database) {}

QList<UserAccount> ConsensusRepository::people() const {
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT id, username, display_name FROM users WHERE active = 1 ORDER BY ") +
        m_database.dialect().bytewiseOrder(QStringLiteral("username")));
    Database::exec(query, tr("Could not read the list of people"));
    return readAccounts(query);
}

void ConsensusRepository::write(qint64 codingId, const QList<qint64> &coderIds, qint64 recordedBy) {
    QSqlQuery role = m_database.prepare(QStringLiteral("SELECT role FROM codings WHERE id = ?"));
    role.addBindValue(codingId);
    Database::exec(role, tr("Could not read the coding"));
    if (!Database::next(role) || role.value(0).toString() != QLatin1String("consensus"))
        throw StorageError(StorageError::Kind::NotFound,
                           tr("There is no consensus coding to record the agreement on."));
    QSqlQuery clear =
        m_database.prepare(QStringLiteral("DELETE FROM consensus_agreements WHERE coding_id = ?"));
    clear.addBindValue(codingId);
    Database::exec(clear, tr("Could not record who agreed the consensus"));
    QStringList ids;
    for (const qint64 coderId : coderIds) {
        QSqlQuery insert = m_database.prepare(
            QStringLiteral("INSERT INTO consensus_agreements (coding_id, coder_id, recorded_by, "
                           "recorded_at) VALUES (?, ?, ?, ?)"));
        insert.addBindValue(codingId);
        insert.addBindValue(coderId);
        insert.addBindValue(recordedBy);
        insert.addBindValue(SqlValues::nowUtc());
        Database::exec(insert, tr("Could not record who agreed the consensus"));
        ids.append(QString::number(coderId));
    }
    AuditLog(m_database)
        .append(recordedBy, QStringLiteral("record_consensus_agreement"), QStringLiteral("coding"),
                codingId, QStringLiteral("agreed by users %1").arg(ids.join(QStringLiteral(", "))));
}

QList<UserAccount> ConsensusRepository::agreedBy(qint64 codingId) const {
    QSqlQuery query = m_database.prepare(
        QStringLiteral("SELECT u.id, u.username, u.display_name FROM consensus_agreements a "
                       "JOIN users u ON u.id = a.coder_id WHERE a.coding_id = ? ORDER BY ") +
        m_database.dialect().bytewiseOrder(QStringLiteral("u.username")));
    query.addBindValue(codingId);
    Database::exec(query, tr("Could not read who agreed the consensus"));
    return readAccounts(query);
}
