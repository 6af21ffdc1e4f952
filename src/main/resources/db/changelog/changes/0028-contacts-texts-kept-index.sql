--liquibase formatted sql

--changeset jcpp:0028-1-contact-texts-kept
-- Retention counts and removes the texts of contacts older than its cutoff that still have them. Once a run has
-- passed, those are a few days' worth among hundreds of thousands whose texts are gone: an index over only the
-- contacts that keep their text (the placeholder is RemovedTexts.REMOVED) makes the count a short range. Measured
-- by the benchmark at a million contacts.
CREATE INDEX contact_texts_kept_idx ON contact (occurred_at)
    WHERE summary <> '[removed after the retention period]' AND NOT legal_hold;
--rollback DROP INDEX contact_texts_kept_idx;
