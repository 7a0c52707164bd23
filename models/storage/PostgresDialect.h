#pragma once

#include "SqlDialect.h"

// PostgreSQL, the engine of a service database shared by many people (through Qt's QPSQL
// driver). Errors are classified by SQLSTATE, which QPSQL reports as the native error code.
class PostgresDialect : public SqlDialect {
public:
    // How long a connection attempt waits for the server before giving up, in seconds.
    static constexpr int connectTimeoutSeconds = 10;
    // How long a statement waits for another person's lock on a row before it gives up as
    // busy, as SQLite waits for another writer.
    static constexpr int lockTimeoutMs = 5000;

    QString driverName() const override;
    QString connectOptions(bool readOnly) const override;
    QStringList connectionSetup(bool readOnly) const override;
    Failure classify(const QString &nativeErrorCode) const override;
    QString insertOrIgnore(const QString &table, const QStringList &columns,
                           const QStringList &uniqueKey) const override;
    QString caseInsensitiveEquals(const QString &column) const override;
    QString currentInstant() const override;
    QString beginTransaction() const override;
    QString bytewiseOrder(const QString &expression) const override;
    QString caseInsensitiveLike(const QString &column) const override;
};
