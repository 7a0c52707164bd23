-- Schema 3: nothing a coder has typed or listened to is lost on quitting, and a note may span
-- from one moment to another.

-- The note a coder was writing and had not yet added, one per coding: it is saved as they
-- type, so a crash or a quit mid-note loses nothing. It is free text about a family, so it
-- lives with the coding (never in a settings file) and goes with it: a withdrawal of consent
-- deletes the coding, and the draft by cascade. note_id names the note being changed, or is
-- NULL for a new note; the skills are the ticked skill keys, comma-separated.
CREATE TABLE note_drafts (
    coding_id INTEGER NOT NULL REFERENCES codings (id) ON DELETE CASCADE,
    note_id INTEGER,
    at_ms INTEGER NOT NULL CHECK (at_ms >= 0),
    end_ms INTEGER CHECK (end_ms IS NULL OR end_ms >= 0),
    kind TEXT NOT NULL CHECK (kind IN ('strength', 'to_develop', 'note')),
    skills TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    saved_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (coding_id)
);

-- Where each coder had got to in each recording, and at what speed, so that reopening it
-- carries on from there. Kept per coder: two coders of one recording listen separately.
CREATE TABLE listening_positions (
    recording_id INTEGER NOT NULL REFERENCES recordings (id) ON DELETE CASCADE,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    position_ms INTEGER NOT NULL CHECK (position_ms >= 0),
    speed DOUBLE PRECISION NOT NULL CHECK (speed > 0),
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (recording_id, user_id)
);

-- A note may cover a stretch of the session ("from 4:10 to 5:02"): its end, or NULL for a
-- note about one moment. Exports keep their columns; the end is shown on the waveform.
ALTER TABLE evidence_notes ADD COLUMN end_ms INTEGER CHECK (end_ms IS NULL OR end_ms >= 0);
