#include "SqlDialect.h"

#include "PostgresDialect.h"
#include "SqliteDialect.h"

#include <QSqlDriver>

const SqlDialect &SqlDialect::sqlite() {
    static const SqliteDialect dialect;
    return dialect;
}

const SqlDialect &SqlDialect::postgres() {
    static const PostgresDialect dialect;
    return dialect;
}

const SqlDialect &SqlDialect::forDriver(const QSqlDriver *driver) {
    if (driver && driver->dbmsType() == QSqlDriver::PostgreSQL)
        return postgres();
    return sqlite();
}

QString SqlDialect::insertOnConflictDoNothing(const QString &table, const QStringList &columns,
                                              const QStringList &uniqueKey) {
    const QStringList placeholders(columns.size(), QStringLiteral("?"));
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO NOTHING")
        .arg(table, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")),
             uniqueKey.join(QStringLiteral(", ")));
}
