--liquibase formatted sql

--changeset jcpp:0034-1-outreach-event-import-batch
-- The batch an outreach event came in with (null: planned or recorded in the app); the same as contacts (0033).
ALTER TABLE outreach_event ADD COLUMN import_batch_id BIGINT REFERENCES import_batch (id);
CREATE INDEX outreach_event_import_batch_idx ON outreach_event (import_batch_id, starts_at DESC, id DESC)
    WHERE import_batch_id IS NOT NULL;
--rollback DROP INDEX outreach_event_import_batch_idx; ALTER TABLE outreach_event DROP COLUMN import_batch_id;
