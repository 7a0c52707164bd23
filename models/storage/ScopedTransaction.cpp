#include "ScopedTransaction.h"

#include "PurgeCheckpoint.h"
#include "StorageError.h"

#include <QSqlError>

ScopedTransaction::ScopedTransaction(QSqlDatabase db)
    : m_db(std::move(db)) {
    if (!m_db.transaction())
        throw StorageError::fromSqlError(m_db.lastError(),
                                         QStringLiteral("Could not start a transaction"));
    m_active = true;
}

ScopedTransaction::~ScopedTransaction() {
    if (m_active)
        m_db.rollback();
}

void ScopedTransaction::commit() {
    if (!m_active)
        return;
    if (!m_db.commit()) {
        const QSqlError error = m_db.lastError();
        m_db.rollback();
        m_active = false;
        throw StorageError::fromSqlError(error, QStringLiteral("Could not save the changes"));
    }
    m_active = false;
    // A purge whose checkpoint a reader blocked is finished by the next write that commits.
    PurgeCheckpoint::afterWrite(m_db);
}
