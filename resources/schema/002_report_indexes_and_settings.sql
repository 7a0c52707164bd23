-- Schema 2: indexes that let a Practice Report read ten years of data quickly, and a home for
-- settings that must be the same on every machine that opens this database.

-- Reports select recordings by date and need each one's practitioner and team: with those in
-- the index, the date range is read from the index alone.
DROP INDEX recordings_date;
CREATE INDEX recordings_date ON recordings (recorded_on, practitioner_id, team_id);

-- A recording's codings by role and status, without reading the coding rows: reports keep only
-- final primary and consensus codings.
CREATE INDEX codings_recording_role_status ON codings (recording_id, role, status);

-- Every report and trend reads each coding's scores; with the score in the index it never
-- touches the table rows, which also carry the rationale text.
CREATE INDEX skill_scores_coding_score ON skill_scores (coding_id, skill_key, score);

-- Engagement and family change read one questionnaire over one period, with its answers; the
-- follow-ups overdue count reads every first administration (T1) over a year.
CREATE INDEX instrument_administrations_date ON instrument_administrations (instrument_id,
                                                                           administered_on);
CREATE INDEX instrument_administrations_timepoint ON instrument_administrations (timepoint,
                                                                                administered_on);
CREATE INDEX instrument_item_responses_values ON instrument_item_responses (administration_id,
                                                                          item, value);

-- Settings that change what a report shows (the small-number suppression threshold, the
-- reference points) belong to the organisation, not to one machine: a report scheduled on a
-- server must suppress exactly what the manager's desktop suppresses.
CREATE TABLE organisation_settings (
    setting_key TEXT PRIMARY KEY CHECK (length(trim(setting_key)) > 0),
    setting_value TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
