#include "WriteFailure.h"

#include "StorageError.h"

WriteFailure::Cause WriteFailure::causeOf(const StorageError &error) {
    // StorageError has already read the driver's native code; its kind is the one verdict.
    switch (error.kind()) {
    case StorageError::Kind::DiskFull:
        return Cause::DiskFull;
    case StorageError::Kind::IoError:
        return Cause::WriteError;
    case StorageError::Kind::Busy:
        return Cause::Busy;
    default:
        // CannotOpen (SQLITE_CANTOPEN) included: a missing file or a refused permission stays
        // so until someone puts it right, and keeping the change for later would only hide it.
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
