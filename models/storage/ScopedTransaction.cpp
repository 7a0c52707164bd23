#include "ScopedTransaction.h"

#include "DatabaseFiles.h"
#include "PurgeCheckpoint.h"
#include "SqlDialect.h"
#include "StorageError.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

// The statements run through QSqlQuery rather than QSqlDatabase::transaction()/commit(), whose
// errors lose SQLite's result code (and so could not tell a full disk from a busy database).
bool run(QSqlDatabase &db, const QString &statement, QSqlError *error) {
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    if (error)
        *error = query.lastError();
    return false;
}

} // namespace

ScopedTransaction::ScopedTransaction(QSqlDatabase db)
    : m_db(std::move(db)) {
    const QString path = DatabaseFiles::pathOf(m_db.driver());
    if (DatabaseFiles::isDamaged(path))
        throw StorageError::damaged(path);
    const SqlDialect &dialect = SqlDialect::forDriver(m_db.driver());
    QSqlError error;
    if (!run(m_db, dialect.beginTransaction(), &error))
        throw StorageError::fromSqlError(error, QStringLiteral("Could not start a transaction"),
                                         path, dialect);
    m_active = true;
}

ScopedTransaction::~ScopedTransaction() {
    if (m_active)
        run(m_db, QStringLiteral("ROLLBACK"), nullptr);
}

void ScopedTransaction::commit() {
    if (!m_active)
        return;
    QSqlError error;
    if (!run(m_db, QStringLiteral("COMMIT"), &error)) {
        run(m_db, QStringLiteral("ROLLBACK"), nullptr);
        m_active = false;
        throw StorageError::fromSqlError(error, QStringLiteral("Could not save the changes"),
                                         DatabaseFiles::pathOf(m_db.driver()),
                                         SqlDialect::forDriver(m_db.driver()));
    }
    m_active = false;
    // A purge whose checkpoint a reader blocked is finished by the next write that commits.
    PurgeCheckpoint::afterWrite(m_db);
}
