--liquibase formatted sql

--changeset jcpp:0014-1-contact-event
-- a contact logged at an outreach event (the needs raised there) names the event by id
ALTER TABLE contact ADD COLUMN event_id BIGINT REFERENCES outreach_event (id) ON DELETE SET NULL;
CREATE INDEX contact_event_idx ON contact (event_id) WHERE event_id IS NOT NULL;
--rollback DROP INDEX contact_event_idx; ALTER TABLE contact DROP COLUMN event_id;
