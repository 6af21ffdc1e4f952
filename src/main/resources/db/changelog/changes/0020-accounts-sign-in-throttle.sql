--liquibase formatted sql

--changeset jcpp:0020-1-sign-in-throttle
-- Bucket4j's buckets of failed sign-ins, per source address and per account and address; in the database so that
-- every app node counts the same failures. expires_at (ms since the epoch) lets full buckets be removed.
CREATE TABLE sign_in_throttle (
    id         VARCHAR(300) PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
CREATE INDEX sign_in_throttle_expires_idx ON sign_in_throttle (expires_at);
--rollback DROP TABLE sign_in_throttle;

--changeset jcpp:0020-2-user-account-no-lockout
-- Accounts are no longer locked after wrong passwords (anyone could lock anyone out): the source address is throttled.
ALTER TABLE user_account DROP COLUMN failed_logins, DROP COLUMN first_failed_login_at, DROP COLUMN locked_until;
--rollback ALTER TABLE user_account ADD COLUMN failed_logins INT NOT NULL DEFAULT 0, ADD COLUMN first_failed_login_at TIMESTAMPTZ, ADD COLUMN locked_until TIMESTAMPTZ;
