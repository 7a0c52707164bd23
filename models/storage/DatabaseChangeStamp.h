#pragma once

#include <QString>

class Database;

// A cheap way for a view to tell whether the database may have changed since it last read it,
// so coming back to a page costs nothing when nobody wrote in between. On SQLite the stamp joins
// `PRAGMA data_version` (bumped by commits of any other connection, another program included)
// with `total_changes()` (rows changed through this connection, which data_version ignores).
// Both read a counter in memory and cost microseconds. Other drivers have no such counters:
// there the stamp is empty, which callers treat as "changed".
class DatabaseChangeStamp {
public:
    // The current stamp, or an empty string when it cannot be known.
    static QString of(const Database &database);
    // True only when the database is known not to have changed since `stamp` was taken; an
    // empty stamp, then or now, counts as changed.
    static bool unchangedSince(const Database &database, const QString &stamp);
};
