#pragma once

#include "domain/NoteDraft.h"

#include <optional>

class Database;

// What a coder had not finished when they left a coding: the note they were typing (one per
// coding, deleted with the coding by cascade) and where they were listening in each recording
// (per coder). Each write is one statement, so it needs no transaction of its own.
class CodingDraftRepository {
public:
    explicit CodingDraftRepository(Database &database);

    // Replaces the coding's draft note with this one.
    void saveNoteDraft(qint64 codingId, const NoteDraft &draft);
    std::optional<NoteDraft> noteDraft(qint64 codingId) const;
    void deleteNoteDraft(qint64 codingId);

    void saveListeningPosition(qint64 recordingId, qint64 userId,
                               const ListeningPosition &position);
    std::optional<ListeningPosition> listeningPosition(qint64 recordingId, qint64 userId) const;
    // Withdrawal of consent: nobody listens to that recording again.
    void deleteListeningPositions(qint64 recordingId);

private:
    Database &m_database;
};
