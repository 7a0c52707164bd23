#pragma once

#include <QDate>
#include <QString>

class Database;

// The SQL of a withdrawal of consent (ConsentWithdrawal is the workflow): counting what would
// go, and purging it. Runs inside the caller's transaction; throws StorageError.
class WithdrawalRepository {
public:
    explicit WithdrawalRepository(Database &database);

    struct Counts {
        int codings = 0;
        int finalCodings = 0;
        int evidenceNotes = 0;
    };
    Counts countsFor(qint64 recordingId) const;

    // Blanks the free text of the audit rows about the recording and its codings (keeping who
    // did what and when), deletes its codings (their scores, notes and feedback go by cascade),
    // marks the family's or the practitioner's consent refused as of `refusedOn` and clears the
    // audio path. Then appends the withdrawal's own audit row, `auditDetail`, as `userId`.
    void purge(qint64 recordingId, bool family, const QDate &refusedOn, qint64 userId,
               const QString &auditDetail);

private:
    Database &m_database;
};
