#pragma once

#include <QCoreApplication>
#include <QString>

class StorageError;

// Why a write to the database failed, when the cause is the machine rather than the data: a
// full disk, a write the system refused, or another program holding the database. Such a write
// can succeed later unchanged, so callers keep the change and try again instead of dropping it;
// and the user is told the real cause rather than whatever SQLite said last.
class WriteFailure {
    Q_DECLARE_TR_FUNCTIONS(WriteFailure)

public:
    enum class Cause { None, DiskFull, WriteError, Busy };

    // Read from the error's kind, so StorageError stays the one classifier of driver errors.
    static Cause causeOf(const StorageError &error);
    // True when the same write may succeed later (disk full, write error, busy).
    static bool isTransient(const StorageError &error) { return causeOf(error) != Cause::None; }
    // The cause in words, lower case, to follow "Not saved: " or "Nothing was changed: ".
    static QString describe(Cause cause);
};
