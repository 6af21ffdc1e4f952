--liquibase formatted sql

--changeset jcpp:0044-1-outreach-event-interpretation
-- How an event offered its languages: interpreters in person, by telephone or video, bilingual staff (a family member
-- or friend, when that is what happened). With language_ids, the languages offered.
ALTER TABLE outreach_event ADD COLUMN interpretation VARCHAR(20)[] NOT NULL DEFAULT '{}'
    CHECK (interpretation <@ ARRAY['TELEPHONE_LINE', 'VIDEO', 'IN_PERSON', 'BILINGUAL_STAFF', 'FAMILY_OR_FRIEND']::VARCHAR(20)[]);
--rollback ALTER TABLE outreach_event DROP COLUMN interpretation;
