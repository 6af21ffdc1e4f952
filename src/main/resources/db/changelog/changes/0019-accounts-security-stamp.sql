--liquibase formatted sql

--changeset jcpp:0019-1-user-account-security-stamp
-- Every request compares the stamp its session signed in with against this one (on every app node), so a change
-- of an account's rights ends its sessions everywhere at their next request.
ALTER TABLE user_account ADD COLUMN security_stamp BIGINT NOT NULL DEFAULT 0;
--rollback ALTER TABLE user_account DROP COLUMN security_stamp;

--changeset jcpp:0019-2-user-account-security-stamp-trigger splitStatements:false
-- The stamp moves whenever what a session was granted changes: enabled, role, all cities or the password. In the
-- database, so that no write path (a service, a script, a future import) can change rights and leave it.
CREATE FUNCTION user_account_security_stamp() RETURNS trigger AS $$
BEGIN
    IF NEW.enabled IS DISTINCT FROM OLD.enabled
        OR NEW.role IS DISTINCT FROM OLD.role
        OR NEW.all_cities IS DISTINCT FROM OLD.all_cities
        OR NEW.password_hash IS DISTINCT FROM OLD.password_hash THEN
        NEW.security_stamp := OLD.security_stamp + 1;
    ELSE
        NEW.security_stamp := OLD.security_stamp;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER user_account_security_stamp_trg
    BEFORE UPDATE ON user_account
    FOR EACH ROW EXECUTE FUNCTION user_account_security_stamp();
--rollback DROP TRIGGER user_account_security_stamp_trg ON user_account; DROP FUNCTION user_account_security_stamp();
