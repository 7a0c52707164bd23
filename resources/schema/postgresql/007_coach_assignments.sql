-- Schema 7, PostgreSQL: who coaches each practitioner, as resources/schema/007, with the
-- change-notify trigger migration 006 gives every data table.
--
-- Schema 7: who coaches each practitioner. Coaching feedback is private to the practitioner and
-- their coach, so the Feedback due list shows the coach (not only the coder), and the roles
-- work (issue 16) gives a coach the final codings of the practitioners assigned to them. One
-- coach at a time per practitioner; a change is audited. Portable SQL: it runs unchanged on
-- SQLite and PostgreSQL (which adds its change-notify trigger in postgresql/007).
CREATE TABLE coach_assignments (
    practitioner_id INTEGER NOT NULL PRIMARY KEY REFERENCES practitioners (id) ON DELETE CASCADE,
    coach_id INTEGER NOT NULL REFERENCES users (id),
    assigned_on TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX coach_assignments_coach ON coach_assignments (coach_id);

CREATE TRIGGER coach_assignments_notify_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON coach_assignments FOR EACH STATEMENT EXECUTE FUNCTION practicecoder_notify_change();
