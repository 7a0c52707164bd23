#pragma once

#include "domain/UserAccount.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

// Agreeing a consensus coding. A consensus is reached between the coders of a recording, not
// by one person alone: whoever records it names who agreed it with them (by default the two
// coders of the pair), and that is stored with the consensus coding in the same transaction.
// The comparison and the consensus coding both show it. Blind coding still applies: a consensus
// can only be made once both codings are final.
class ConsensusAgreement {
    Q_DECLARE_TR_FUNCTIONS(ConsensusAgreement)

public:
    explicit ConsensusAgreement(Database &database);

    // Everyone a consensus may be agreed with. Throws StorageError.
    QList<UserAccount> people() const;
    // The coders of the recording's primary and second codings: who agreed it unless the user
    // says otherwise. Throws StorageError.
    QList<qint64> pairOf(qint64 recordingId) const;

    // Creates the recording's consensus coding as actingUserId, agreed by them and agreedWith.
    // Returns the new coding's id. Throws StorageError: Invalid when nobody else agreed it or
    // the codings may not be compared yet, Conflict when the recording has a consensus already.
    qint64 create(qint64 recordingId, const QList<qint64> &agreedWith, qint64 actingUserId);

    // The recording's consensus coding, or 0. Throws StorageError.
    qint64 consensusOf(qint64 recordingId) const;
    // Who agreed the recording's consensus, by user name; empty when there is no consensus or
    // it was made before agreements were recorded. Throws StorageError.
    QStringList agreedBy(qint64 recordingId) const;
    // "Agreed by alice and bob." or, for an older consensus, that nobody was recorded; empty
    // when the recording has no consensus. Throws StorageError.
    QString agreementText(qint64 recordingId) const;

private:
    Database &m_database;
};
