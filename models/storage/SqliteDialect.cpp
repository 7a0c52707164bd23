#include "SqliteDialect.h"

namespace {

// SQLite's primary result codes (sqlite3.h). The driver reports extended codes, whose low byte
// is the primary one.
enum SqliteCode {
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoError = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteConstraint = 19,
    SqliteNotADatabase = 26,
};

// Extended codes of SQLITE_CONSTRAINT that mean "already there".
constexpr int SqliteConstraintPrimaryKey = SqliteConstraint | (6 << 8);
constexpr int SqliteConstraintUnique = SqliteConstraint | (8 << 8);

// How long a statement waits for another program's lock before it gives up as busy.
constexpr int busyTimeoutMs = 5000;

} // namespace

QString SqliteDialect::driverName() const {
    return QStringLiteral("QSQLITE");
}

QString SqliteDialect::connectOptions(bool readOnly) const {
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    return options;
}

QStringList SqliteDialect::connectionSetup(bool readOnly) const {
    QStringList statements{QStringLiteral("PRAGMA foreign_keys = ON")};
    // Setting the journal mode may write to the file.
    if (!readOnly)
        statements.append(QStringLiteral("PRAGMA journal_mode = WAL"));
    statements.append(QStringLiteral("PRAGMA synchronous = NORMAL"));
    // Deleted rows are overwritten with zeros, not just marked free: when consent is withdrawn,
    // the family's scores and notes must not survive in unused pages of the file.
    statements.append(QStringLiteral("PRAGMA secure_delete = ON"));
    // SQLite's default page cache is 2 MB; a report reads the same index pages for the period,
    // the trend and reliability, and ten years of data is about 75 MB. 64 MB is kept in memory
    // only as pages are actually read. (Not mmap: the file may sit on a network drive.)
    statements.append(QStringLiteral("PRAGMA cache_size = -65536"));
    return statements;
}

SqlDialect::Failure SqliteDialect::classify(const QString &nativeErrorCode) const {
    bool numeric = false;
    const int extended = nativeErrorCode.toInt(&numeric);
    if (!numeric)
        return Failure::Other;
    switch (extended & 0xff) {
    case SqliteCorrupt:
    case SqliteNotADatabase:
        return Failure::Damaged;
    case SqliteFull:
        return Failure::DiskFull;
    case SqliteBusy:
    case SqliteLocked:
        return Failure::Busy;
    case SqliteReadOnly:
        return Failure::ReadOnly;
    case SqliteIoError:
        return Failure::IoError;
    case SqliteCantOpen:
        // The file, its folder, or the write-ahead log or shared-memory file beside it could not
        // be opened: missing, not permitted, or too many files open. Unlike a failed read or
        // write, trying the same write again cannot help until someone puts that right.
        return Failure::CannotOpen;
    case SqliteConstraint:
        return extended == SqliteConstraintUnique || extended == SqliteConstraintPrimaryKey
                   ? Failure::Duplicate
                   : Failure::Constraint;
    default:
        return Failure::Other;
    }
}

QString SqliteDialect::insertOrIgnore(const QString &table, const QStringList &columns,
                                      const QStringList &uniqueKey) const {
    // SQLite's own "INSERT OR IGNORE" would also swallow CHECK and NOT NULL failures; naming the
    // conflict target ignores only the duplicate.
    return insertOnConflictDoNothing(table, columns, uniqueKey);
}

QString SqliteDialect::caseInsensitiveEquals(const QString &column) const {
    return column + QStringLiteral(" = ? COLLATE NOCASE");
}

QString SqliteDialect::currentInstant() const {
    return QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
}

QString SqliteDialect::beginTransaction() const {
    // IMMEDIATE takes the write lock now, waiting up to the busy timeout for another writer. A
    // deferred transaction would read first and then, in WAL mode, fail at its first write
    // without waiting if someone else had written meanwhile.
    return QStringLiteral("BEGIN IMMEDIATE");
}

QString SqliteDialect::bytewiseOrder(const QString &expression) const {
    // SQLite's default collation (BINARY) already compares the UTF-8 bytes.
    return expression;
}

QString SqliteDialect::caseInsensitiveLike(const QString &column) const {
    // SQLite's LIKE ignores the case of ASCII letters unless case_sensitive_like is set.
    return column + QStringLiteral(" LIKE ?");
}
