--liquibase formatted sql

--changeset jcpp:0007-1-account-lockout
ALTER TABLE user_account ADD COLUMN failed_logins INT NOT NULL DEFAULT 0;
ALTER TABLE user_account ADD COLUMN first_failed_login_at TIMESTAMPTZ;
ALTER TABLE user_account ADD COLUMN locked_until TIMESTAMPTZ;
--rollback ALTER TABLE user_account DROP COLUMN locked_until; ALTER TABLE user_account DROP COLUMN first_failed_login_at; ALTER TABLE user_account DROP COLUMN failed_logins;
