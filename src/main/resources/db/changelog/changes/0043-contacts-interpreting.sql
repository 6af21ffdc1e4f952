--liquibase formatted sql

--changeset jcpp:0043-1-contact-interpreting
-- An interpreter on a contact: not needed, offered, used or declined, and how it was provided (telephone line, video,
-- in person, bilingual staff, a family member or friend). The two flags before it stay, kept by the app from these
-- (the reporting summaries count the language line from language_line_used). A contact that had the language line
-- was provided by telephone; one that only had "an interpreter" keeps its way of providing as not recorded.
ALTER TABLE contact
    ADD COLUMN interpreter_use VARCHAR(20) NOT NULL DEFAULT 'NOT_NEEDED'
        CHECK (interpreter_use IN ('NOT_NEEDED', 'OFFERED', 'USED', 'DECLINED')),
    ADD COLUMN interpreter_mode VARCHAR(20)
        CHECK (interpreter_mode IN ('TELEPHONE_LINE', 'VIDEO', 'IN_PERSON', 'BILINGUAL_STAFF', 'FAMILY_OR_FRIEND')),
    ADD CONSTRAINT contact_interpreter_mode_ck CHECK (interpreter_use <> 'NOT_NEEDED' OR interpreter_mode IS NULL);
UPDATE contact
SET interpreter_use = 'USED',
    interpreter_mode = CASE WHEN language_line_used THEN 'TELEPHONE_LINE' END,
    interpreter_used = TRUE
WHERE interpreter_used OR language_line_used;
--rollback ALTER TABLE contact DROP COLUMN interpreter_mode, DROP COLUMN interpreter_use;
