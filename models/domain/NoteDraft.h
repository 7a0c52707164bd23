#pragma once

#include "EvidenceNote.h"

#include <QDateTime>

// An evidence note the coder was still writing: kept as they type, so that quitting mid-note
// loses nothing. note.id names the note being changed, or is 0 for a new note.
struct NoteDraft {
    EvidenceNote note;
    QDateTime savedAt; // UTC
};

// Where a coder had got to in a recording, and how fast they were listening.
struct ListeningPosition {
    qint64 positionMs = 0;
    double speed = 1.0;
};
