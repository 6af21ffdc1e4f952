--liquibase formatted sql

--changeset jcpp:0035-1-form-draft
-- What a user typed in a form and has not saved yet, kept for that user only (never in the browser), so that it is
-- offered back when the session ended or the user left the form. One row per user and form address; removed when the
-- form is saved or discarded, and after liaison.drafts.keep-days in any case. payload holds the fields' values (JSON).
CREATE TABLE form_draft (
    user_id        BIGINT        NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    form_key       VARCHAR(1000) NOT NULL,
    payload        TEXT          NOT NULL,
    record_version BIGINT,
    saved_at       TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (user_id, form_key)
);
CREATE INDEX form_draft_saved_at_idx ON form_draft (saved_at);
--rollback DROP TABLE form_draft;
