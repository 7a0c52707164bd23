#pragma once

#include "storage/RecordingListQuery.h"

#include <QList>
#include <QString>

class Database;

// The recordings library as the list shows it: every recording with its names, codes and coding
// progress, and whether its audio can be found on this computer.
//
// Storage only reads rows; looking for the files happens here, after the read. It is still done
// at once on the calling thread, so the list behaves as it always has; this is the one place to
// make it lazy or move it off the GUI thread.
class RecordingLibrary {
public:
    explicit RecordingLibrary(Database &database);

    // Relative audio paths resolve against the recordings root, or the database's folder when
    // no root is set (RecordingPaths::resolve).
    void setRecordingsRoot(const QString &root) { m_recordingsRoot = root; }

    // Throws StorageError when the database cannot be read.
    QList<RecordingListRow> rows() const;

    // Sets audioMissing on each row with a stored audio path that does not resolve to a file.
    static void markMissingAudio(QList<RecordingListRow> &rows, const QString &recordingsRoot,
                                 const QString &databaseFolder);

private:
    Database &m_database;
    QString m_recordingsRoot;
};
