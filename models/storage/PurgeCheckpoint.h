#pragma once

#include <QSqlDatabase>

// Finishing a purge on SQLite: after deleting a family's data, the old pages must also leave
// the write-ahead log, which takes a checkpoint that empties it. Another program (or
// connection) still reading the database blocks that until it closes, so a blocked checkpoint
// is owed: it is noted in the database (so it survives a restart) and tried again after the
// next write in this process and when the database is next opened.
class PurgeCheckpoint {
public:
    enum class Outcome {
        Done,      // the log is empty: nothing deleted survives in it
        Blocked,   // a reader kept the log busy; the checkpoint is now owed
        NotSqlite, // other engines have no such log
    };

    // Checkpoints now; records it as owed when blocked, and clears the note when done.
    static Outcome run(const QSqlDatabase &database);
    // After a commit: checkpoints when this process knows one is owed; cheap otherwise.
    static void afterWrite(const QSqlDatabase &database);
    // On opening: checkpoints when the database notes one is owed; false when still blocked.
    static bool atOpen(const QSqlDatabase &database);
    static bool isOwed(const QSqlDatabase &database);

private:
    static bool checkpoint(const QSqlDatabase &database);
    static void setOwed(const QSqlDatabase &database, bool owed);
};
