#include "PostgresDialect.h"

QString PostgresDialect::driverName() const {
    return QStringLiteral("QPSQL");
}

QString PostgresDialect::connectOptions(bool) const {
    // A read-only connection is set up by a statement (connectionSetup), not here. The sslmode
    // belongs to the ConnectionSpec, so Database adds it.
    return QStringLiteral("connect_timeout=%1;application_name=PracticeCoder")
        .arg(connectTimeoutSeconds);
}

QStringList PostgresDialect::connectionSetup(bool readOnly) const {
    // No statement_timeout: a decade's report may rightly take a while. Foreign keys are always
    // enforced on PostgreSQL, and it has no equivalent of SQLite's secure_delete (deleted rows
    // stay until VACUUM: docs/privacy.md says what the administrator must do).
    QStringList statements{
        // Times are stored as UTC text, and anything the server formats must be UTC too.
        QStringLiteral("SET TIME ZONE 'UTC'"),
        QStringLiteral("SET lock_timeout = %1").arg(lockTimeoutMs),
    };
    if (readOnly)
        statements.append(QStringLiteral("SET default_transaction_read_only = on"));
    return statements;
}

SqlDialect::Failure PostgresDialect::classify(const QString &nativeErrorCode) const {
    const QString code = nativeErrorCode.trimmed().toUpper();
    if (code.size() != 5)
        return Failure::Other;
    if (code == QLatin1String("23505"))
        return Failure::Duplicate;
    // Class 23: not null, foreign key, check, exclusion and other integrity rules.
    if (code.startsWith(QLatin1String("23")))
        return Failure::Constraint;
    if (code == QLatin1String("53100"))
        return Failure::DiskFull;
    if (code == QLatin1String("40001") || code == QLatin1String("40P01") ||
        code == QLatin1String("55P03"))
        return Failure::Busy;
    if (code == QLatin1String("25006"))
        return Failure::ReadOnly;
    if (code == QLatin1String("XX001") || code == QLatin1String("XX002"))
        return Failure::Damaged;
    // Class 08: the connection. Not being able to make one cannot be helped by trying the same
    // write again; a connection lost part-way may be, like a failed read or write of a file.
    if (code == QLatin1String("08001") || code == QLatin1String("08004"))
        return Failure::CannotOpen;
    if (code.startsWith(QLatin1String("08")) || code == QLatin1String("58030") ||
        code == QLatin1String("57P01") || code == QLatin1String("57P02"))
        return Failure::IoError;
    return Failure::Other;
}

QString PostgresDialect::insertOrIgnore(const QString &table, const QStringList &columns,
                                        const QStringList &uniqueKey) const {
    return insertOnConflictDoNothing(table, columns, uniqueKey);
}

QString PostgresDialect::caseInsensitiveEquals(const QString &column) const {
    return QStringLiteral("lower(%1) = lower(?)").arg(column);
}

QString PostgresDialect::currentInstant() const {
    // clock_timestamp(), not now(): now() is fixed at the start of the transaction, while
    // SQLite's 'now' is the moment of the statement.
    return QStringLiteral("to_char(clock_timestamp() AT TIME ZONE 'UTC', "
                          "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')");
}

QString PostgresDialect::beginTransaction() const {
    // Row locks are taken as rows are written, and a writer waits for another up to
    // lock_timeout, so a plain BEGIN behaves as SQLite's BEGIN IMMEDIATE does.
    return QStringLiteral("BEGIN");
}

QString PostgresDialect::bytewiseOrder(const QString &expression) const {
    // The "C" collation compares bytes; the database's default follows the server's locale,
    // which would sort "de Souza" and "Dean" differently from SQLite.
    return expression + QStringLiteral(" COLLATE \"C\"");
}

QString PostgresDialect::caseInsensitiveLike(const QString &column) const {
    return column + QStringLiteral(" ILIKE ?");
}
