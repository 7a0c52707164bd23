#include "DatabaseChangeStamp.h"

#include "Database.h"

#include <QSqlQuery>

QString DatabaseChangeStamp::of(const Database &database) {
    if (!database.isOpen())
        return {};
    const QSqlDatabase connection = database.connection();
    // These counters are SQLite's own; the rest of the storage code stays portable.
    if (connection.driverName() != QLatin1String("QSQLITE"))
        return {};
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return {};
    const QString dataVersion = query.value(0).toString();
    if (!query.exec(QStringLiteral("SELECT total_changes()")) || !query.next())
        return {};
    return dataVersion + QLatin1Char(':') + query.value(0).toString();
}

bool DatabaseChangeStamp::unchangedSince(const Database &database, const QString &stamp) {
    const QString now = of(database);
    return !now.isEmpty() && now == stamp;
}
