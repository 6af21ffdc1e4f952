--liquibase formatted sql

--changeset jcpp:0052-1-planned-event-end
-- The morning's reminder of planned events that are over and not recorded: the planned events by their end.
CREATE INDEX outreach_event_planned_end_idx ON outreach_event (ends_at) WHERE status = 'PLANNED';
--rollback DROP INDEX outreach_event_planned_end_idx;

--changeset jcpp:0052-2-city-digest
-- A coordinator's weekly mail of their cities: new needs, overdue, events held, briefings, recommendations waiting.
ALTER TABLE mail_settings ADD COLUMN city_digest BOOLEAN NOT NULL DEFAULT FALSE;
--rollback ALTER TABLE mail_settings DROP COLUMN city_digest;
