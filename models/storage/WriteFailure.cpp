#include "WriteFailure.h"

#include "StorageError.h"

namespace {

// SQLite's primary result codes; the driver reports the extended code, whose low byte is the
// primary one.
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteIoError = 10;
constexpr int SqliteFull = 13;

} // namespace

WriteFailure::Cause WriteFailure::causeOf(const StorageError &error) {
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (!ok) {
        // Qt's SQLite driver drops the code when COMMIT fails, and in WAL mode that is where a
        // full disk shows; SQLite's own message for each code is fixed text, so read that.
        const QString text = error.message();
        if (text.contains(QLatin1String("database or disk is full")))
            return Cause::DiskFull;
        if (text.contains(QLatin1String("disk I/O error")))
            return Cause::WriteError;
        if (text.contains(QLatin1String("database is locked")) ||
            text.contains(QLatin1String("database table is locked")))
            return Cause::Busy;
        return Cause::None;
    }
    switch (code & 0xff) {
    case SqliteFull:
        return Cause::DiskFull;
    case SqliteIoError:
        return Cause::WriteError;
    case SqliteBusy:
    case SqliteLocked:
        return Cause::Busy;
    default:
        return Cause::None;
    }
}

QString WriteFailure::describe(Cause cause) {
    switch (cause) {
    case Cause::DiskFull:
        return tr("the disk is full");
    case Cause::WriteError:
        // A file-size limit or a full disk on some systems shows up as a plain write error.
        return tr("the database file could not be written (the disk may be full)");
    case Cause::Busy:
        return tr("another program is using the database");
    case Cause::None:
        break;
    }
    return {};
}
