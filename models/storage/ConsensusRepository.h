#pragma once

#include "domain/UserAccount.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

// Who agreed a consensus coding (schema 4, consensus_agreements): the person who records the
// consensus and the coders who agreed it with them. The rows go with the coding when it is
// deleted.
class ConsensusRepository {
    Q_DECLARE_TR_FUNCTIONS(ConsensusRepository)

public:
    explicit ConsensusRepository(Database &database);

    // The people a consensus may be agreed with: every active user, by user name.
    QList<UserAccount> people() const;
    // Writes who agreed the consensus coding, replacing any earlier list, audited as
    // recordedBy. The caller holds the transaction. Throws StorageError: NotFound when the
    // coding is not a consensus coding.
    void write(qint64 codingId, const QList<qint64> &coderIds, qint64 recordedBy);
    // Who agreed it, by user name; empty when nobody was recorded (older consensus codings).
    QList<UserAccount> agreedBy(qint64 codingId) const;

private:
    Database &m_database;
};
