--liquibase formatted sql

--changeset jcpp:0042-1-import-batch-language-line
-- A fourth kind of file: an interpreter vendor's usage report (kept as monthly totals by the languageaccess module).
ALTER TABLE import_batch DROP CONSTRAINT import_batch_kind_ck;
ALTER TABLE import_batch ADD CONSTRAINT import_batch_kind_ck
    CHECK (kind IN ('CONTACTS', 'EVENTS', 'BRIEFINGS', 'LANGUAGE_LINE'));
--rollback ALTER TABLE import_batch DROP CONSTRAINT import_batch_kind_ck; ALTER TABLE import_batch ADD CONSTRAINT import_batch_kind_ck CHECK (kind IN ('CONTACTS', 'EVENTS', 'BRIEFINGS'));
