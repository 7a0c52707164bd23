#include "ScopedSavepoint.h"

#include "StorageError.h"

#include <QAtomicInteger>
#include <QSqlQuery>

#include <exception>

ScopedSavepoint::ScopedSavepoint(QSqlDatabase db)
    : m_db(std::move(db))
    , m_exceptionsAtStart(std::uncaught_exceptions()) {
    static QAtomicInteger<quint64> counter;
    m_name = QStringLiteral("pc_step_%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SAVEPOINT ") + m_name))
        throw StorageError::fromQuery(query, QStringLiteral("Could not start a step"));
}

ScopedSavepoint::~ScopedSavepoint() {
    // A step left by an exception is undone; one that ended normally (or by `continue`) keeps
    // its changes. Nothing here may throw: a failure shows at the next statement or the commit.
    QSqlQuery query(m_db);
    if (std::uncaught_exceptions() > m_exceptionsAtStart)
        query.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + m_name);
    query.exec(QStringLiteral("RELEASE SAVEPOINT ") + m_name);
}
