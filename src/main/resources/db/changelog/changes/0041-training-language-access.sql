--liquibase formatted sql

--changeset jcpp:0041-1-training-topic-language-access
-- A topic of the catalog about language access (the language line, interpreters): the roll-call briefings that cover
-- one are the rounds the interpreter line's use is compared around. Topics already about the language line or
-- interpreters are marked; a coordinator or liaison marks others in the topic's form.
ALTER TABLE training_topic ADD COLUMN language_access BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE training_topic SET language_access = TRUE
WHERE title ILIKE '%language line%' OR title ILIKE '%interpreter%' OR title ILIKE '%language access%';
--rollback ALTER TABLE training_topic DROP COLUMN language_access;
