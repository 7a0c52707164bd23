-- Schema 4: who agreed a consensus coding. A consensus is agreed between the coders of a
-- recording, not made by one person alone: the person who records it names the others who were
-- there, and the comparison and the consensus both show them. Portable SQL: it runs unchanged on
-- SQLite and PostgreSQL.
CREATE TABLE consensus_agreements (
    coding_id INTEGER NOT NULL REFERENCES codings (id) ON DELETE CASCADE,
    coder_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    recorded_by INTEGER NOT NULL REFERENCES users (id),
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (coding_id, coder_id)
);

-- Who took part in consensus discussions, for a coder's own history.
CREATE INDEX consensus_agreements_coder ON consensus_agreements (coder_id);
