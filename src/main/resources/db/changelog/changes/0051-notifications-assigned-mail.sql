--liquibase formatted sql

--changeset jcpp:0051-1-assigned-mail
-- A mail at once when someone else gives the person a need (its category, city, who, and a link; never its words).
ALTER TABLE mail_settings ADD COLUMN assigned_mail BOOLEAN NOT NULL DEFAULT FALSE;
--rollback ALTER TABLE mail_settings DROP COLUMN assigned_mail;
