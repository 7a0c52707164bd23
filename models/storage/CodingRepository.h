#pragma once

#include "domain/Coding.h"
#include "domain/CodingScheme.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Database;
class StorageError;

// Codings with their skill scores and evidence notes. Every edit runs in its own transaction,
// bumps the coding's version and updated_at, and refuses to touch a final coding, so a crash
// loses at most the edit in flight and a locked coding cannot drift.
//
// Blindness lives here as well: loadForViewer() and visibleCodings() never hand a coder another
// coder's scores or notes until both codings of the recording are final.
class CodingRepository {
    Q_DECLARE_TR_FUNCTIONS(CodingRepository)

public:
    explicit CodingRepository(Database &database);

    // Starts a draft coding. Throws StorageError: Invalid when the recording lacks consent or
    // a second coding would be by the primary coder, Conflict when the role is taken.
    qint64 create(qint64 recordingId, qint64 coderId, const QString &role,
                  const CodingScheme &scheme, qint64 windowStartMs, qint64 windowEndMs);
    // Inserts a whole coding as given (status, times, scores, notes); the caller holds the
    // transaction. Used by imports and by consensus creation.
    qint64 insertComplete(const Coding &coding);

    // The whole coding, with no blindness: for exports, imports and the coder's own coding.
    std::optional<Coding> find(qint64 codingId) const;
    // The recording's codings without scores or notes (who, role, status), by role.
    QList<Coding> codingsOf(qint64 recordingId) const;

    // Blindness. A coding's content is visible to its own coder; to anyone else only when it
    // is final and the viewer has no draft coding of the same recording (a draft consensus,
    // made once both codings are final, does not count).
    bool isVisibleTo(const Coding &coding, qint64 viewerId) const;
    std::optional<Coding> loadForViewer(qint64 codingId, qint64 viewerId) const;
    QList<Coding> visibleCodings(qint64 recordingId, qint64 viewerId) const;
    // True when the recording's primary and second codings are both final, so they may be
    // compared; *reason says why not otherwise.
    bool canCompare(qint64 recordingId, QString *reason) const;
    // The recordings on which `coderId` has a draft coding: while it is a draft, isVisibleTo()
    // hides every other coding of those recordings from them.
    QList<qint64> recordingsWithDraftBy(qint64 coderId) const;

    // Edits: each in its own transaction, based on the coding's version the editor saw
    // (`version`), and each returns the coding's new version. Throw Conflict when the coding is
    // final, StaleEdit (changing nothing) when someone else saved the coding since `version`.
    // Stores one skill's whole state; a skill with neither score nor reason is removed.
    int saveSkill(qint64 codingId, int version, const SkillScore &score);
    int setWindow(qint64 codingId, int version, qint64 startMs,
                  qint64 endMs); // -1, -1: whole recording
    // Adds the note and returns its id; a note with an id is put back with that id (undoing a
    // deletion), so later edits that name it still find it. *newVersion: the coding's.
    qint64 addNote(const EvidenceNote &note, int version, int *newVersion);
    // note.version is the note's own version, checked as well as the coding's.
    int updateNote(const EvidenceNote &note, int version);
    int deleteNote(qint64 codingId, int version, qint64 noteId);
    int setComment(qint64 codingId, int version, const QString &comment);
    // Adds to the active coding time; allowed on a final coding too (time spent reviewing).
    void addActiveTime(qint64 codingId, qint64 ms);

    // The scheme's skills that are neither scored nor marked not codable.
    static QStringList missingSkills(const Coding &coding, const CodingScheme &scheme);
    // Locks the coding. Throws Invalid (naming the missing skills) when it is incomplete.
    int finalise(qint64 codingId, int version, const CodingScheme &scheme, qint64 userId);
    // Unlocks a final coding; the reason is required and goes to the audit log.
    int unlock(qint64 codingId, int version, qint64 userId, const QString &reason);
    // A draft consensus coding from the final primary and second codings: the skills on which
    // they agree are filled in, the rest are left for the consensus discussion.
    // agreedBy (schema 4) is written in the same transaction, so a consensus never exists
    // without the people who agreed it when they were named.
    qint64 createConsensus(qint64 recordingId, qint64 coderId, const CodingScheme &scheme,
                           const QList<qint64> &agreedBy = {});

private:
    // Bumps version and updated_at of a draft coding still at `version`, or throws (NotFound,
    // Conflict, StaleEdit). Returns the new version.
    int touchDraft(qint64 codingId, int version);
    // Why an update of the coding at `version` touched no row: NotFound, StaleEdit, or
    // `otherwise` when the row is there at that version (its status was wrong).
    [[noreturn]] void refuse(qint64 codingId, int version, const StorageError &otherwise) const;
    QList<SkillScore> scoresOf(qint64 codingId) const;
    QList<EvidenceNote> notesOf(qint64 codingId) const;
    void insertNote(const EvidenceNote &note, qint64 *newId);
    void writeNoteSkills(qint64 noteId, const QStringList &skills);
    void writeNoteEnd(qint64 noteId, qint64 endMs); // -1: a note about one moment

    Database &m_database;
};
