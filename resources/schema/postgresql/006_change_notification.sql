-- PracticeCoder schema, version 6, PostgreSQL: change notification.
--
-- Every insert, update, delete or truncate of a data table sends one notification per
-- statement on the channel practicecoder_changes, with the table's name as its payload.
-- PostgreSQL sends it when the transaction commits (never for one rolled back) and folds
-- repeats within a transaction into one, so a save of many rows costs one message.
-- PostgresChangeNotifier listens on it. Being triggers, they fire for every writer: the
-- application, the command line, and an administrator's psql.
--
-- Each statement below is on one line: the migrator ends a statement at a line ending in ";".

CREATE OR REPLACE FUNCTION practicecoder_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('practicecoder_changes', TG_TABLE_NAME); RETURN NULL; END $$;

-- Every table of the schema at this version gets the trigger, but the migrator's own and the two
-- that hold one coder's place in their own work (an unfinished note, where they were listening),
-- which are saved every second or so while they type and concern nobody else. A table added by a
-- later migration adds its own.
DO $$ DECLARE t text; BEGIN FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename NOT IN ('schema_migrations', 'note_drafts', 'listening_positions') ORDER BY tablename LOOP EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION practicecoder_notify_change()', t || '_notify_change', t); END LOOP; END $$;
