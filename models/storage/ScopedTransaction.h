#pragma once

#include <QSqlDatabase>

// RAII guard for one database transaction: it rolls back on scope exit unless commit() was
// called, so an exception or early return can never leave half an edit in the database.
// Transactions do not nest; open one at the outermost unit of work.
class ScopedTransaction {
public:
    explicit ScopedTransaction(QSqlDatabase db);
    ~ScopedTransaction();

    ScopedTransaction(const ScopedTransaction &) = delete;
    ScopedTransaction &operator=(const ScopedTransaction &) = delete;

    // Throws StorageError when the commit fails; the transaction is then rolled back.
    void commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};
