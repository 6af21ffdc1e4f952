--liquibase formatted sql

--changeset jcpp:0036-1-roll-call-briefing-import-batch
-- The batch a roll-call briefing came in with (null: logged in the app); the same as contacts (0033) and events (0034).
ALTER TABLE roll_call_briefing ADD COLUMN import_batch_id BIGINT REFERENCES import_batch (id);
CREATE INDEX roll_call_briefing_import_batch_idx ON roll_call_briefing (import_batch_id, briefed_on DESC, id DESC)
    WHERE import_batch_id IS NOT NULL;
--rollback DROP INDEX roll_call_briefing_import_batch_idx; ALTER TABLE roll_call_briefing DROP COLUMN import_batch_id;
