-- PracticeCoder schema, version 1.
-- Portable SQL: SQLite today, PostgreSQL for shared use later. Dates are ISO-8601 text
-- ('YYYY-MM-DD'), instants are UTC ISO-8601 text, positions in audio are milliseconds.
-- Every mutable row carries a `version` for conflict detection.
-- Statements are separated by a semicolon at the end of a line.

CREATE TABLE services (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE teams (
    id INTEGER PRIMARY KEY,
    service_id INTEGER NOT NULL REFERENCES services (id),
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    kind TEXT NOT NULL CHECK (kind IN ('CIN', 'CP', 'CLA', 'Fostering', 'CareLeavers',
                                       'Disability', 'Other')),
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE practitioners (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('social_worker', 'senior_social_worker',
                                       'deputy_team_manager', 'team_manager',
                                       'supervising_social_worker', 'young_persons_adviser',
                                       'other')),
    employment TEXT NOT NULL CHECK (employment IN ('permanent', 'agency')),
    left_on TEXT,
    version INTEGER NOT NULL DEFAULT 1
);

-- Team history: people move teams, and reports must not rewrite history.
CREATE TABLE team_memberships (
    id INTEGER PRIMARY KEY,
    practitioner_id INTEGER NOT NULL REFERENCES practitioners (id) ON DELETE CASCADE,
    team_id INTEGER NOT NULL REFERENCES teams (id),
    from_date TEXT NOT NULL,
    to_date TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (to_date IS NULL OR to_date >= from_date)
);
CREATE INDEX team_memberships_practitioner ON team_memberships (practitioner_id);

-- Training history: programme (MI, MSW, coaching) with cohort and dates.
CREATE TABLE practitioner_training (
    id INTEGER PRIMARY KEY,
    practitioner_id INTEGER NOT NULL REFERENCES practitioners (id) ON DELETE CASCADE,
    programme TEXT NOT NULL CHECK (programme IN ('mi', 'msw', 'coaching')),
    cohort TEXT,
    started_on TEXT NOT NULL,
    completed_on TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (completed_on IS NULL OR completed_on >= started_on)
);
CREATE INDEX practitioner_training_practitioner ON practitioner_training (practitioner_id);

-- Families are known only by a pseudonymous case code.
CREATE TABLE families (
    id INTEGER PRIMARY KEY,
    case_code TEXT NOT NULL UNIQUE CHECK (length(trim(case_code)) > 0),
    case_type TEXT NOT NULL CHECK (case_type IN ('child_in_need', 'child_protection',
                                                 'looked_after', 'care_leaver', 'early_help',
                                                 'other')),
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE CHECK (length(trim(username)) > 0),
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('evaluator', 'coach', 'manager', 'administrator')),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    version INTEGER NOT NULL DEFAULT 1
);

-- Who viewed and changed what. Rows are only ever added.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at_utc TEXT NOT NULL,
    user_id INTEGER REFERENCES users (id),
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER,
    detail TEXT NOT NULL DEFAULT ''
);

-- The skills every coding scheme may score. A new scheme with new skills adds rows here.
CREATE TABLE skills (
    skill_key TEXT PRIMARY KEY CHECK (length(trim(skill_key)) > 0)
);
INSERT INTO skills (skill_key) VALUES ('evocation');
INSERT INTO skills (skill_key) VALUES ('empathy');
INSERT INTO skills (skill_key) VALUES ('collaboration');
INSERT INTO skills (skill_key) VALUES ('autonomy');
INSERT INTO skills (skill_key) VALUES ('purposefulness');
INSERT INTO skills (skill_key) VALUES ('clarity_about_concerns');
INSERT INTO skills (skill_key) VALUES ('child_focus');

CREATE TABLE recordings (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
    -- Relative to the recordings root when the file is under it; NULL for imported history.
    audio_path TEXT,
    audio_sha256 TEXT UNIQUE CHECK (audio_sha256 IS NULL OR length(audio_sha256) = 64),
    duration_ms INTEGER CHECK (duration_ms IS NULL OR duration_ms >= 0),
    recorded_on TEXT NOT NULL,
    practitioner_id INTEGER NOT NULL REFERENCES practitioners (id),
    -- The team at the time of the recording, not the practitioner's current team.
    team_id INTEGER NOT NULL REFERENCES teams (id),
    family_id INTEGER NOT NULL REFERENCES families (id),
    session_type TEXT NOT NULL CHECK (session_type IN ('home_visit', 'office', 'telephone',
                                                       'supervision', 'other')),
    selection_reason TEXT NOT NULL CHECK (selection_reason IN ('routine', 'high_risk',
                                                               'self_selected', 'random')),
    practitioner_consent TEXT NOT NULL DEFAULT 'not_recorded'
        CHECK (practitioner_consent IN ('given', 'refused', 'not_recorded')),
    practitioner_consent_on TEXT,
    family_consent TEXT NOT NULL DEFAULT 'not_recorded'
        CHECK (family_consent IN ('written', 'verbal', 'refused', 'not_recorded')),
    family_consent_on TEXT,
    created_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    CHECK (practitioner_consent <> 'given' OR practitioner_consent_on IS NOT NULL),
    CHECK (family_consent NOT IN ('written', 'verbal') OR family_consent_on IS NOT NULL)
);
CREATE INDEX recordings_practitioner ON recordings (practitioner_id);
CREATE INDEX recordings_team_date ON recordings (team_id, recorded_on);
CREATE INDEX recordings_family ON recordings (family_id);
-- Service-wide reports select recordings by date alone.
CREATE INDEX recordings_date ON recordings (recorded_on);

CREATE TABLE codings (
    id INTEGER PRIMARY KEY,
    recording_id INTEGER NOT NULL REFERENCES recordings (id) ON DELETE CASCADE,
    coder_id INTEGER NOT NULL REFERENCES users (id),
    scheme_id TEXT NOT NULL,
    scheme_version INTEGER NOT NULL CHECK (scheme_version >= 1),
    role TEXT NOT NULL CHECK (role IN ('primary', 'second', 'consensus')),
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),
    window_start_ms INTEGER CHECK (window_start_ms IS NULL OR window_start_ms >= 0),
    window_end_ms INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    finalised_at TEXT,
    active_ms INTEGER NOT NULL DEFAULT 0 CHECK (active_ms >= 0),
    comment TEXT NOT NULL DEFAULT '',
    feedback_given_on TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (recording_id, role),
    CHECK (window_end_ms IS NULL OR window_start_ms IS NULL OR window_end_ms > window_start_ms),
    CHECK (status <> 'final' OR finalised_at IS NOT NULL)
);
CREATE INDEX codings_coder ON codings (coder_id);
CREATE INDEX codings_status ON codings (status, role);

-- One row per skill per coding: a score 1-5, or "not codable" with a reason, never both.
CREATE TABLE skill_scores (
    id INTEGER PRIMARY KEY,
    coding_id INTEGER NOT NULL REFERENCES codings (id) ON DELETE CASCADE,
    skill_key TEXT NOT NULL REFERENCES skills (skill_key),
    score INTEGER CHECK (score IS NULL OR (score >= 1 AND score <= 5)),
    not_codable_reason TEXT,
    rationale TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (coding_id, skill_key),
    CHECK ((score IS NOT NULL AND not_codable_reason IS NULL)
           OR (score IS NULL AND not_codable_reason IS NOT NULL
               AND length(trim(not_codable_reason)) > 0))
);

CREATE TABLE evidence_notes (
    id INTEGER PRIMARY KEY,
    coding_id INTEGER NOT NULL REFERENCES codings (id) ON DELETE CASCADE,
    at_ms INTEGER NOT NULL CHECK (at_ms >= 0),
    kind TEXT NOT NULL CHECK (kind IN ('strength', 'to_develop', 'note')),
    body TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX evidence_notes_coding ON evidence_notes (coding_id, at_ms);

CREATE TABLE evidence_note_skills (
    note_id INTEGER NOT NULL REFERENCES evidence_notes (id) ON DELETE CASCADE,
    skill_key TEXT NOT NULL REFERENCES skills (skill_key),
    PRIMARY KEY (note_id, skill_key)
);

-- Family measures: one administration of a questionnaire to one respondent at one timepoint.
CREATE TABLE instrument_administrations (
    id INTEGER PRIMARY KEY,
    family_id INTEGER NOT NULL REFERENCES families (id),
    respondent TEXT NOT NULL CHECK (respondent IN ('mother', 'father', 'carer', 'young_person',
                                                   'practitioner', 'observer', 'other')),
    instrument_id TEXT NOT NULL,
    instrument_version INTEGER NOT NULL CHECK (instrument_version >= 1),
    timepoint TEXT NOT NULL CHECK (timepoint LIKE 'T%' AND length(timepoint) >= 2),
    administered_on TEXT NOT NULL,
    mode TEXT NOT NULL CHECK (mode IN ('paper', 'face_to_face', 'telephone', 'interpreter')),
    recording_id INTEGER REFERENCES recordings (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (family_id, respondent, instrument_id, timepoint)
);
CREATE INDEX instrument_administrations_instrument ON instrument_administrations (instrument_id,
                                                                                  timepoint);

-- Answered items only: a missing item has no row. Range is checked against the definition.
CREATE TABLE instrument_item_responses (
    administration_id INTEGER NOT NULL REFERENCES instrument_administrations (id)
        ON DELETE CASCADE,
    item INTEGER NOT NULL CHECK (item >= 1),
    value INTEGER NOT NULL,
    PRIMARY KEY (administration_id, item)
);
