--liquibase formatted sql

--changeset jcpp:0054-1-survey-paper-answers
-- How many of a survey's answers a liaison typed in from paper (issue 21): the audit trail records each typing-in as a
-- change of this count, by whom and when; the answers themselves carry nothing of who typed them.
ALTER TABLE survey ADD COLUMN paper_answers integer NOT NULL DEFAULT 0 CHECK (paper_answers >= 0);
--rollback ALTER TABLE survey DROP COLUMN paper_answers;
