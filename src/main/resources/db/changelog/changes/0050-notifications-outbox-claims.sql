--liquibase formatted sql

--changeset jcpp:0050-1-mail-message-states
-- SENDING: claimed by one instance's run (never sent twice: a mail whose send was not confirmed stays SENDING for the
-- admins, it is not retried); CANCELLED: not sent because the person no longer wants it (unsubscribed, another
-- address, account disabled) by the time it was due.
ALTER TABLE mail_message DROP CONSTRAINT mail_message_status_check;
ALTER TABLE mail_message ADD CONSTRAINT mail_message_status_check
    CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED', 'HELD', 'CANCELLED'));
--rollback ALTER TABLE mail_message DROP CONSTRAINT mail_message_status_check; ALTER TABLE mail_message ADD CONSTRAINT mail_message_status_check CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'HELD'));

--changeset jcpp:0050-2-mail-key-strong
-- The unsubscribe key from PostgreSQL's strong random source (gen_random_uuid, not random()): 244 random bits.
UPDATE app_secret
SET value = replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', '')
WHERE name = 'mail-unsubscribe';
--rollback SELECT 1;
