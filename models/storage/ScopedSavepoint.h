#pragma once

#include <QSqlDatabase>
#include <QString>

// RAII guard for one step inside a transaction (a row of an import) that may fail on its own:
// when the step throws, its changes are undone back to where it began and the transaction
// carries on; otherwise they stay, to be committed with the rest. On PostgreSQL a failed
// statement would otherwise spoil the whole transaction, and every later statement would fail
// too ("current transaction is aborted"), hiding what was wrong with the rows after it.
class ScopedSavepoint {
public:
    // Must be made inside a ScopedTransaction.
    explicit ScopedSavepoint(QSqlDatabase db);
    ~ScopedSavepoint();

    ScopedSavepoint(const ScopedSavepoint &) = delete;
    ScopedSavepoint &operator=(const ScopedSavepoint &) = delete;

private:
    QSqlDatabase m_db;
    QString m_name;
    int m_exceptionsAtStart = 0;
};
