#pragma once

#include "SqlDialect.h"

// SQLite, the engine of a database file on this computer (or a shared drive).
class SqliteDialect : public SqlDialect {
public:
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
