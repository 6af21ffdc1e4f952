--liquibase formatted sql

--changeset jcpp:0066-1-id-sequences-by-fifty
-- The records' ids (AbstractEntity) are drawn fifty at a time from each table's identity sequence, so that a save of
-- many records batches its inserts: an import of 100,000 contacts sent 100,000 INSERT statements, each its own round
-- trip and its own run of the reporting summaries' statement trigger. A node takes the next fifty with one nextval;
-- a row inserted by SQL (its column default) takes one value of the same sequence, fifty apart from the last, so the
-- two never collide. Ids stay unique; they stop being consecutive. ALTER SEQUENCE locks the sequences only (ALTER TABLE
-- would wait for every running read of the 29 tables, and hold up every later one meanwhile).
ALTER SEQUENCE advisory_committee_id_seq INCREMENT BY 50;
ALTER SEQUENCE committee_meeting_id_seq INCREMENT BY 50;
ALTER SEQUENCE committee_member_id_seq INCREMENT BY 50;
ALTER SEQUENCE committee_recommendation_id_seq INCREMENT BY 50;
ALTER SEQUENCE community_group_id_seq INCREMENT BY 50;
ALTER SEQUENCE contact_id_seq INCREMENT BY 50;
ALTER SEQUENCE department_shift_id_seq INCREMENT BY 50;
ALTER SEQUENCE import_batch_id_seq INCREMENT BY 50;
ALTER SEQUENCE interpreter_account_id_seq INCREMENT BY 50;
ALTER SEQUENCE language_id_seq INCREMENT BY 50;
ALTER SEQUENCE mail_settings_id_seq INCREMENT BY 50;
ALTER SEQUENCE member_city_id_seq INCREMENT BY 50;
ALTER SEQUENCE named_person_id_seq INCREMENT BY 50;
ALTER SEQUENCE need_id_seq INCREMENT BY 50;
ALTER SEQUENCE notice_text_id_seq INCREMENT BY 50;
ALTER SEQUENCE notice_version_id_seq INCREMENT BY 50;
ALTER SEQUENCE outreach_event_id_seq INCREMENT BY 50;
ALTER SEQUENCE outreach_series_id_seq INCREMENT BY 50;
ALTER SEQUENCE partner_organisation_id_seq INCREMENT BY 50;
ALTER SEQUENCE police_department_id_seq INCREMENT BY 50;
ALTER SEQUENCE public_page_id_seq INCREMENT BY 50;
ALTER SEQUENCE roll_call_briefing_id_seq INCREMENT BY 50;
ALTER SEQUENCE sign_on_group_id_seq INCREMENT BY 50;
ALTER SEQUENCE survey_id_seq INCREMENT BY 50;
ALTER SEQUENCE topic_id_seq INCREMENT BY 50;
ALTER SEQUENCE training_session_id_seq INCREMENT BY 50;
ALTER SEQUENCE training_topic_id_seq INCREMENT BY 50;
ALTER SEQUENCE translation_review_id_seq INCREMENT BY 50;
ALTER SEQUENCE user_account_id_seq INCREMENT BY 50;

--rollback ALTER SEQUENCE advisory_committee_id_seq INCREMENT BY 1;
--rollback ALTER SEQUENCE committee_meeting_id_seq INCREMENT BY 1;
--rollback ALTER SEQUENCE committee_member_id_seq INCREMENT BY 1;
--rollback ALTER SEQUENCE committee_recommendation_id_seq INCREMENT BY 1;
--rollback ALTER SEQUENCE community_group_id_seq INCREMENT BY 1;
--rollback ALTER SEQUENCE contact_id_seq INCREMENT BY 1;
--rollback ALTER SEQUENCE department_shift_id_seq INCREMENT BY 1;
--rollback ALTER SEQUENCE import_batch_id_seq INCREMENT BY 1;
--rollback ALTER SEQUENCE interpreter_account_id_seq INCREMENT BY 1;
--rollback ALTER SEQUENCE language_id_seq INCREMENT BY 1;
--rollback ALTER SEQUENCE mail_settings_id_seq INCREMENT BY 1;
--rollback ALTER SEQUENCE member_city_id_seq INCREMENT BY 1;
--rollback ALTER SEQUENCE named_person_id_seq INCREMENT BY 1;
--rollback ALTER SEQUENCE need_id_seq INCREMENT BY 1;
--rollback ALTER SEQUENCE notice_text_id_seq INCREMENT BY 1;
--rollback ALTER SEQUENCE notice_version_id_seq INCREMENT BY 1;
--rollback ALTER SEQUENCE outreach_event_id_seq INCREMENT BY 1;
--rollback ALTER SEQUENCE outreach_series_id_seq INCREMENT BY 1;
--rollback ALTER SEQUENCE partner_organisation_id_seq INCREMENT BY 1;
--rollback ALTER SEQUENCE police_department_id_seq INCREMENT BY 1;
--rollback ALTER SEQUENCE public_page_id_seq INCREMENT BY 1;
--rollback ALTER SEQUENCE roll_call_briefing_id_seq INCREMENT BY 1;
--rollback ALTER SEQUENCE sign_on_group_id_seq INCREMENT BY 1;
--rollback ALTER SEQUENCE survey_id_seq INCREMENT BY 1;
--rollback ALTER SEQUENCE topic_id_seq INCREMENT BY 1;
--rollback ALTER SEQUENCE training_session_id_seq INCREMENT BY 1;
--rollback ALTER SEQUENCE training_topic_id_seq INCREMENT BY 1;
--rollback ALTER SEQUENCE translation_review_id_seq INCREMENT BY 1;
--rollback ALTER SEQUENCE user_account_id_seq INCREMENT BY 1;
