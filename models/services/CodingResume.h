#pragma once

#include "domain/NoteDraft.h"

#include <optional>

class CodingSession;
class Database;

// Picking up where the coder left off: the note they were still typing when they quit or
// moved away (kept in the database with the coding, so a withdrawal of consent purges it), and
// where and how fast they were listening to the recording, per coder. Only the coding's own
// coder keeps a draft, and only while the coding takes edits; a database that cannot be
// written loses the draft quietly, never the coder's other work.
class CodingResume {
public:
    CodingResume(Database &database, CodingSession &session);

    // Keeps `note` (its id is 0 for a new note) as the open coding's unfinished note; false
    // when the coding is not the coder's own draft or the database refused.
    bool keepNoteDraft(const EvidenceNote &note);
    // The open coding's unfinished note, if the coder left one.
    std::optional<NoteDraft> noteDraft() const;
    void discardNoteDraft();

    // Where the coder is in the open coding's recording, and the speed.
    bool rememberListening(const ListeningPosition &position);
    std::optional<ListeningPosition> rememberedListening() const;

private:
    bool ownsOpenCoding() const;

    Database &m_database;
    CodingSession &m_session;
};
