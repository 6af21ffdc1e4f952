--liquibase formatted sql

--changeset jcpp:0057-1-user-account-signal-rights-changed splitStatements:false
-- When an account's security stamp moves (its rights changed: 0019), every app node is told through NOTIFY (delivered
-- when the change commits), so each ends that account's sessions it holds within a second (AccountSessions). The
-- signal reads 'db|account|<id>' (DatabaseSignals: origin, topic, detail).
CREATE OR REPLACE FUNCTION user_account_security_stamp() RETURNS trigger AS $$
BEGIN
    IF NEW.enabled IS DISTINCT FROM OLD.enabled
        OR NEW.role IS DISTINCT FROM OLD.role
        OR NEW.all_cities IS DISTINCT FROM OLD.all_cities
        OR NEW.password_hash IS DISTINCT FROM OLD.password_hash THEN
        NEW.security_stamp := OLD.security_stamp + 1;
        PERFORM pg_notify('liaison_signals', 'db|account|' || NEW.id);
    ELSE
        NEW.security_stamp := OLD.security_stamp;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--rollback CREATE OR REPLACE FUNCTION user_account_security_stamp() RETURNS trigger AS $$ BEGIN IF NEW.enabled IS DISTINCT FROM OLD.enabled OR NEW.role IS DISTINCT FROM OLD.role OR NEW.all_cities IS DISTINCT FROM OLD.all_cities OR NEW.password_hash IS DISTINCT FROM OLD.password_hash THEN NEW.security_stamp := OLD.security_stamp + 1; ELSE NEW.security_stamp := OLD.security_stamp; END IF; RETURN NEW; END; $$ LANGUAGE plpgsql;
