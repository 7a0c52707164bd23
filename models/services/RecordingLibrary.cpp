#include "RecordingLibrary.h"

#include "domain/RecordingPaths.h"
#include "storage/Database.h"

#include <QFileInfo>

RecordingLibrary::RecordingLibrary(Database &database)
    : m_database(database) {}

QList<RecordingListRow> RecordingLibrary::rows() const {
    QList<RecordingListRow> rows = RecordingListQuery(m_database).all();
    markMissingAudio(rows, m_recordingsRoot, m_database.folder());
    return rows;
}

void RecordingLibrary::markMissingAudio(QList<RecordingListRow> &rows,
                                        const QString &recordingsRoot,
                                        const QString &databaseFolder) {
    for (RecordingListRow &row : rows) {
        if (row.audioPath.isEmpty()) {
            row.audioMissing = false;
            continue;
        }
        const QString resolved =
            RecordingPaths::resolve(row.audioPath, recordingsRoot, databaseFolder);
        row.audioMissing = resolved.isEmpty() || !QFileInfo(resolved).isFile();
    }
}
