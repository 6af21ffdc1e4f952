--liquibase formatted sql

--changeset jcpp:0026-1-user-account-must-change-password
-- Set when an admin chose the password (a new account, a reset): its owner must choose their own at first sign-in
-- before anything else. Not part of the security stamp trigger: the password change that sets it moves the stamp.
ALTER TABLE user_account ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
--rollback ALTER TABLE user_account DROP COLUMN must_change_password;
