--liquibase formatted sql

--changeset jcpp:0058-1-user-account-sessions-ended-at
-- "Sign out everywhere" (the owner under My account, or an admin for an account, e.g. after a lost phone): the time it
-- was last asked for. Setting it moves the security stamp like any change of rights (below), so every app node ends
-- that account's sessions: at their next request always, and within a second through the signal of 0057.
ALTER TABLE user_account ADD COLUMN sessions_ended_at TIMESTAMPTZ;
--rollback ALTER TABLE user_account DROP COLUMN sessions_ended_at;

--changeset jcpp:0058-2-user-account-stamp-on-sign-out-everywhere splitStatements:false
CREATE OR REPLACE FUNCTION user_account_security_stamp() RETURNS trigger AS $$
BEGIN
    IF NEW.enabled IS DISTINCT FROM OLD.enabled
        OR NEW.role IS DISTINCT FROM OLD.role
        OR NEW.all_cities IS DISTINCT FROM OLD.all_cities
        OR NEW.password_hash IS DISTINCT FROM OLD.password_hash
        OR NEW.sessions_ended_at IS DISTINCT FROM OLD.sessions_ended_at THEN
        NEW.security_stamp := OLD.security_stamp + 1;
        PERFORM pg_notify('liaison_signals', 'db|account|' || NEW.id);
    ELSE
        NEW.security_stamp := OLD.security_stamp;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--rollback CREATE OR REPLACE FUNCTION user_account_security_stamp() RETURNS trigger AS $$ BEGIN IF NEW.enabled IS DISTINCT FROM OLD.enabled OR NEW.role IS DISTINCT FROM OLD.role OR NEW.all_cities IS DISTINCT FROM OLD.all_cities OR NEW.password_hash IS DISTINCT FROM OLD.password_hash THEN NEW.security_stamp := OLD.security_stamp + 1; PERFORM pg_notify('liaison_signals', 'db|account|' || NEW.id); ELSE NEW.security_stamp := OLD.security_stamp; END IF; RETURN NEW; END; $$ LANGUAGE plpgsql;
