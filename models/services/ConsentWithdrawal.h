#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

class Database;

// Withdrawing the practitioner's or the family's consent on a recording (DOMAIN.md §5: "Consent
// can be withdrawn, which must purge the audio and the scores").
//
// In one transaction: the consent becomes `refused` with the withdrawal date, every coding of
// the recording is deleted (its scores, evidence notes and feedback date go with it by
// cascade), the audio path is cleared and an audit row says what was purged (counts only, never
// the content). Earlier audit rows about those codings and the recording keep their action,
// time and user but lose their free text, which coders may have written about the family. The
// recording row stays, with its code, date, practitioner and team, so coverage figures stay honest;
// its SHA-256 stays too, so the same audio cannot be added again unnoticed. Family questionnaires
// are the family's own measures, not the recording: they stay, and keep their link to the recording
// row (which still exists and holds no content).
//
// After the commit the audio file and its waveform peaks are deleted from disk and, on SQLite,
// the write-ahead log is checkpointed so the old pages do not linger in it (or, when a reader
// blocks that, the checkpoint is owed and finished later: PurgeCheckpoint). On PostgreSQL the
// deleted rows linger in the server's files until its VACUUM, which the summary says. A file that
// cannot be deleted is reported with its path (the user must delete it by hand), never thrown: the
// database is already purged by then.
//
// This is the workflow; its SQL is WithdrawalRepository's.
class ConsentWithdrawal {
    Q_DECLARE_TR_FUNCTIONS(ConsentWithdrawal)

public:
    enum class Party { Practitioner, Family };

    // What a withdrawal removes from the database: for the confirmation, and afterwards.
    struct Impact {
        int codings = 0;
        int finalCodings = 0;
        int evidenceNotes = 0;
        QString storedAudioPath; // as stored on the recording; empty when there is none
        QString audioPath;       // resolved to an absolute path; empty when there is none
    };

    enum class AudioOutcome {
        NoAudio,       // the recording had no audio path
        Deleted,       // the file was deleted
        NotFound,      // nothing at the path (moved or already deleted)
        NotDeleted,    // the file is there but could not be deleted: delete it by hand
        DifferentFile, // the file at the path is not this recording's audio: left alone
    };

    struct Result {
        // False when the consent was already withdrawn and nothing was left to purge.
        bool changed = false;
        Impact removed;
        AudioOutcome audio = AudioOutcome::NoAudio;
        QString audioProblem; // the system's reason when the file could not be deleted
        bool peaksDeleted = true;
        bool walCheckpointed = false;
        // Another program reading the database kept the deleted pages in its journal; they are
        // cleared after the next write or at the next start (PurgeCheckpoint).
        bool checkpointOwed = false;
        // On a PostgreSQL service database deleted rows stay in the server's files until its
        // VACUUM reuses the space, which is the administrator's retention routine, not ours.
        bool clearedByServerVacuum = false;

        // What happened, in words for the user; names the path to delete by hand if any.
        QString summary() const;
    };

    explicit ConsentWithdrawal(Database &database);

    // Relative audio paths resolve against this root, or the database's folder when empty.
    void setRecordingsRoot(const QString &root) { m_recordingsRoot = root; }
    // The waveform peak cache; PeakCache::defaultDirectory() unless told otherwise.
    void setPeakCacheDirectory(const QString &directory) { m_peakCacheDirectory = directory; }

    // What withdraw() would delete now. Throws StorageError (NotFound) for an unknown recording.
    Impact preview(qint64 recordingId) const;

    // Withdraws `party`'s consent as of `on` (recorded by `userId`). A consent already refused
    // keeps its date; a second withdrawal purges whatever is left and is otherwise harmless.
    // Throws StorageError (NotFound, Invalid for a missing or future date, Query) before
    // anything is changed; file problems after the commit are reported in the Result.
    Result withdraw(qint64 recordingId, Party party, const QDate &on, qint64 userId);

    // The audit row's detail, e.g. "consent withdrawn by the family; 2 codings, 14 evidence
    // notes and the audio purged".
    static QString auditDetail(Party party, bool wasRecordedAsGiven, const Impact &removed);

private:
    void deleteAudioFile(const QString &sha256, Result *result) const;

    Database &m_database;
    QString m_recordingsRoot;
    QString m_peakCacheDirectory;
};
