#pragma once

#include "Database.h"

#include <QString>

class QSqlDriver;

// The SQLite database files of this process: the checks made on a file before the first
// connection to it, and what this process knows about the files it has open. SQLite's POSIX
// locks belong to the process, and closing any descriptor of a file drops all of them, so
// nothing may open a database file outside SQLite once a connection to it exists: the checks
// look at a file only while no connection has it open. A file that SQLite has reported damaged
// is remembered here too, so that nothing in this process writes to it again.
class DatabaseFiles {
public:
    // Refuses, with a clear message, a path that is a folder, a file that is not an SQLite
    // database, or a file or folder PracticeCoder cannot write to (unless inspecting); creates
    // the folder when the mode may create the database. Throws StorageError.
    static void checkBeforeOpening(const QString &path, Database::Mode mode);
    // Looks inside through a read-only connection, before anything could change the file:
    // refuses an SQLite database that is not PracticeCoder's, and one whose schema is newer
    // than this version (unless inspecting). Throws StorageError.
    static void checkIsPracticeCoderDatabase(const QString &path, Database::Mode mode);

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
