--liquibase formatted sql

--changeset jcpp:0017-1-shedlock-utc-wall-clock
-- ShedLock with the database's time (usingDbTime) writes and compares timezone('utc', CURRENT_TIMESTAMP): the UTC
-- wall clock, a timestamp without time zone. Stored in TIMESTAMPTZ columns it was read in each session's time zone
-- (the app's, America/Chicago), so a lock was stamped six hours ahead and a node in another time zone saw it held for
-- hours. Plain TIMESTAMP columns (ShedLock's own schema for PostgreSQL) keep the UTC wall clock as written. The rows
-- are locks, not data, and those written the old way are wrong: they are dropped (a job then waits for its next turn).
DELETE FROM shedlock;
ALTER TABLE shedlock
    ALTER COLUMN lock_until TYPE TIMESTAMP,
    ALTER COLUMN locked_at TYPE TIMESTAMP;
COMMENT ON COLUMN shedlock.lock_until IS 'UTC (the database clock, written by ShedLock)';
COMMENT ON COLUMN shedlock.locked_at IS 'UTC (the database clock, written by ShedLock)';
--rollback ALTER TABLE shedlock ALTER COLUMN lock_until TYPE TIMESTAMPTZ, ALTER COLUMN locked_at TYPE TIMESTAMPTZ;
