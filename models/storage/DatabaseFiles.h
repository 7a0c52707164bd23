#pragma once

#include <QString>

class QSqlDriver;

// What this process knows about the database files it has open. SQLite's POSIX locks belong to
// the process, and closing any descriptor of a file drops all of them, so nothing may open a
// database file outside SQLite once a connection to it exists: Database asks here before it
// looks at a file. A file that SQLite has reported damaged is remembered here too, so that
// nothing in this process writes to it again.
class DatabaseFiles {
public:
    // A connection (whose driver is given) to the file at path was opened or is being closed.
    static void connectionOpened(const QString &path, const QSqlDriver *driver);
    static void connectionClosed(const QSqlDriver *driver);
    // True while any connection of this process has the file open.
    static bool isOpen(const QString &path);
    // The file a connection's driver belongs to (its canonical path), or empty when it is not
    // one of ours. Paths are compared canonically, so a symlink is the same file.
    static QString pathOf(const QSqlDriver *driver);

    static void markDamaged(const QString &path);
    static bool isDamaged(const QString &path);
};
