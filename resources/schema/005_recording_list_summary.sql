-- PracticeCoder schema, version 5: the recordings list's coding summary, stored.
-- The list showed each recording's coding progress by counting every coding of every recording
-- on each load, which grows with years of history. One row per recording that has codings is
-- kept instead, written by the storage code that changes codings, in the same transaction
-- (RecordingListSummary). Recordings without codings have no row. Portable SQL: no triggers,
-- which SQLite and PostgreSQL write differently.

CREATE TABLE recording_list_summary (
    recording_id INTEGER NOT NULL REFERENCES recordings (id) ON DELETE CASCADE,
    codings INTEGER NOT NULL CHECK (codings >= 0),
    primary_final INTEGER NOT NULL CHECK (primary_final >= 0),
    second_final INTEGER NOT NULL CHECK (second_final >= 0),
    consensus_final INTEGER NOT NULL CHECK (consensus_final >= 0),
    PRIMARY KEY (recording_id)
);

INSERT INTO recording_list_summary (recording_id, codings, primary_final, second_final,
                                    consensus_final)
SELECT recording_id, COUNT(*),
       SUM(CASE WHEN role = 'primary' AND status = 'final' THEN 1 ELSE 0 END),
       SUM(CASE WHEN role = 'second' AND status = 'final' THEN 1 ELSE 0 END),
       SUM(CASE WHEN role = 'consensus' AND status = 'final' THEN 1 ELSE 0 END)
FROM codings GROUP BY recording_id;

-- The list is read newest first, then by code: this index gives that order without a sort.
CREATE INDEX recordings_list_order ON recordings (recorded_on DESC, code);
