--liquibase formatted sql

--changeset jcpp:0066-1-id-sequences-by-fifty
-- The records' ids (AbstractEntity) are drawn fifty at a time from each table's identity sequence, so that a save of
-- many records batches its inserts: an import of 100,000 contacts sent 100,000 INSERT statements, each its own round
-- trip and its own run of the reporting summaries' statement trigger. A node takes the next fifty with one nextval;
-- a row inserted by SQL (its column default) takes one value of the same sequence, fifty apart from the last, so the
-- two never collide. Ids stay unique; they stop being consecutive.
ALTER TABLE advisory_committee ALTER COLUMN id SET INCREMENT BY 50;
ALTER TABLE committee_meeting ALTER COLUMN id SET INCREMENT BY 50;
ALTER TABLE committee_member ALTER COLUMN id SET INCREMENT BY 50;
ALTER TABLE committee_recommendation ALTER COLUMN id SET INCREMENT BY 50;
ALTER TABLE community_group ALTER COLUMN id SET INCREMENT BY 50;
ALTER TABLE contact ALTER COLUMN id SET INCREMENT BY 50;
ALTER TABLE department_shift ALTER COLUMN id SET INCREMENT BY 50;
ALTER TABLE import_batch ALTER COLUMN id SET INCREMENT BY 50;
ALTER TABLE interpreter_account ALTER COLUMN id SET INCREMENT BY 50;
ALTER TABLE language ALTER COLUMN id SET INCREMENT BY 50;
ALTER TABLE mail_settings ALTER COLUMN id SET INCREMENT BY 50;
ALTER TABLE member_city ALTER COLUMN id SET INCREMENT BY 50;
ALTER TABLE named_person ALTER COLUMN id SET INCREMENT BY 50;
ALTER TABLE need ALTER COLUMN id SET INCREMENT BY 50;
ALTER TABLE notice_text ALTER COLUMN id SET INCREMENT BY 50;
ALTER TABLE notice_version ALTER COLUMN id SET INCREMENT BY 50;
ALTER TABLE outreach_event ALTER COLUMN id SET INCREMENT BY 50;
ALTER TABLE outreach_series ALTER COLUMN id SET INCREMENT BY 50;
ALTER TABLE partner_organisation ALTER COLUMN id SET INCREMENT BY 50;
ALTER TABLE police_department ALTER COLUMN id SET INCREMENT BY 50;
ALTER TABLE public_page ALTER COLUMN id SET INCREMENT BY 50;
ALTER TABLE roll_call_briefing ALTER COLUMN id SET INCREMENT BY 50;
ALTER TABLE sign_on_group ALTER COLUMN id SET INCREMENT BY 50;
ALTER TABLE survey ALTER COLUMN id SET INCREMENT BY 50;
ALTER TABLE topic ALTER COLUMN id SET INCREMENT BY 50;
ALTER TABLE training_session ALTER COLUMN id SET INCREMENT BY 50;
ALTER TABLE training_topic ALTER COLUMN id SET INCREMENT BY 50;
ALTER TABLE translation_review ALTER COLUMN id SET INCREMENT BY 50;
ALTER TABLE user_account ALTER COLUMN id SET INCREMENT BY 50;

--rollback ALTER TABLE advisory_committee ALTER COLUMN id SET INCREMENT BY 1;
--rollback ALTER TABLE committee_meeting ALTER COLUMN id SET INCREMENT BY 1;
--rollback ALTER TABLE committee_member ALTER COLUMN id SET INCREMENT BY 1;
--rollback ALTER TABLE committee_recommendation ALTER COLUMN id SET INCREMENT BY 1;
--rollback ALTER TABLE community_group ALTER COLUMN id SET INCREMENT BY 1;
--rollback ALTER TABLE contact ALTER COLUMN id SET INCREMENT BY 1;
--rollback ALTER TABLE department_shift ALTER COLUMN id SET INCREMENT BY 1;
--rollback ALTER TABLE import_batch ALTER COLUMN id SET INCREMENT BY 1;
--rollback ALTER TABLE interpreter_account ALTER COLUMN id SET INCREMENT BY 1;
--rollback ALTER TABLE language ALTER COLUMN id SET INCREMENT BY 1;
--rollback ALTER TABLE mail_settings ALTER COLUMN id SET INCREMENT BY 1;
--rollback ALTER TABLE member_city ALTER COLUMN id SET INCREMENT BY 1;
--rollback ALTER TABLE named_person ALTER COLUMN id SET INCREMENT BY 1;
--rollback ALTER TABLE need ALTER COLUMN id SET INCREMENT BY 1;
--rollback ALTER TABLE notice_text ALTER COLUMN id SET INCREMENT BY 1;
--rollback ALTER TABLE notice_version ALTER COLUMN id SET INCREMENT BY 1;
--rollback ALTER TABLE outreach_event ALTER COLUMN id SET INCREMENT BY 1;
--rollback ALTER TABLE outreach_series ALTER COLUMN id SET INCREMENT BY 1;
--rollback ALTER TABLE partner_organisation ALTER COLUMN id SET INCREMENT BY 1;
--rollback ALTER TABLE police_department ALTER COLUMN id SET INCREMENT BY 1;
--rollback ALTER TABLE public_page ALTER COLUMN id SET INCREMENT BY 1;
--rollback ALTER TABLE roll_call_briefing ALTER COLUMN id SET INCREMENT BY 1;
--rollback ALTER TABLE sign_on_group ALTER COLUMN id SET INCREMENT BY 1;
--rollback ALTER TABLE survey ALTER COLUMN id SET INCREMENT BY 1;
--rollback ALTER TABLE topic ALTER COLUMN id SET INCREMENT BY 1;
--rollback ALTER TABLE training_session ALTER COLUMN id SET INCREMENT BY 1;
--rollback ALTER TABLE training_topic ALTER COLUMN id SET INCREMENT BY 1;
--rollback ALTER TABLE translation_review ALTER COLUMN id SET INCREMENT BY 1;
--rollback ALTER TABLE user_account ALTER COLUMN id SET INCREMENT BY 1;
