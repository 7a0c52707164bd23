#pragma once

#include <QtGlobal>

class Database;

// Keeps recording_list_summary (migration 005) in step with the codings: each recording's
// number of codings and whether its primary, second and consensus codings are final, so the
// recordings list reads one row per recording instead of counting every coding on each load.
// Every write that adds, finalises, unlocks or deletes codings calls it inside its own
// transaction, so the summary is never out of step with what was committed.
class RecordingListSummary {
public:
    explicit RecordingListSummary(const Database &database);

    // Counts the recording's codings again. Throws StorageError.
    void updateRecording(qint64 recordingId) const;
    // The same, for the recording a coding belongs to.
    void updateForCoding(qint64 codingId) const;
    // Counts every recording's codings again (after a bulk write, such as the demo).
    void rebuild() const;

private:
    const Database &m_database;
};
