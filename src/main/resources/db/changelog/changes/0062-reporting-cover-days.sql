--liquibase formatted sql

--changeset jcpp:0062-1-report-cover-days splitStatements:false
-- The summaries cover the days before today, not only the months before this one: report_refreshed.covers_before is
-- now a day (the first not covered), and the current month has a row of its days so far. A dashboard then sums from
-- the records only what was saved today (and any month marked as changed), whatever the day of the month: before,
-- on the last day of a month it summed the whole month's records at every reading. A refresh runs when the day turns.
-- The marking follows (0029, 0030): a change is marked when a day it counts on is before the coverage, and it marks
-- that day's month. The triggers' functions below are 0029's, passing the day of each row instead of its month; the
-- marking function keeps its name and signature (its argument is now days).
CREATE OR REPLACE FUNCTION report_mark_stale(months DATE[]) RETURNS void
    LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    covered DATE;
BEGIN
    SELECT greatest(covers_before, coalesce(refreshing_before, covers_before)) INTO covered
    FROM report_refreshed FOR SHARE;
    INSERT INTO report_stale (month)
    SELECT DISTINCT date_trunc('month', d)::date FROM unnest(months) AS d WHERE d IS NOT NULL AND d < covered;
END;
$$;

CREATE OR REPLACE FUNCTION report_stale_contact() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM report_mark_stale(ARRAY(SELECT DISTINCT date_trunc('day', occurred_at AT TIME ZONE 'UTC')::date
                                        FROM new_rows));
    ELSE
        PERFORM report_mark_stale(ARRAY(SELECT DISTINCT date_trunc('day', occurred_at AT TIME ZONE 'UTC')::date
                                        FROM old_rows));
    END IF;
    RETURN NULL;
END;
$$;

-- A need counts on its contact's day (raised) and, once resolved, on the day it was closed. A need deleted with its
-- contact: the contact's own trigger marks the day.
CREATE OR REPLACE FUNCTION report_stale_need() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM report_mark_stale(ARRAY(
            SELECT date_trunc('day', c.occurred_at AT TIME ZONE 'UTC')::date
            FROM new_rows n JOIN contact c ON c.id = n.contact_id
            UNION SELECT date_trunc('day', closed_at::timestamp)::date FROM new_rows WHERE status = 'RESOLVED'));
    ELSE
        PERFORM report_mark_stale(ARRAY(
            SELECT date_trunc('day', c.occurred_at AT TIME ZONE 'UTC')::date
            FROM old_rows o JOIN contact c ON c.id = o.contact_id
            UNION SELECT date_trunc('day', closed_at::timestamp)::date FROM old_rows WHERE status = 'RESOLVED'));
    END IF;
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION report_stale_briefing() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM report_mark_stale(ARRAY(SELECT date_trunc('day', briefed_on)::date FROM new_rows));
    ELSE
        PERFORM report_mark_stale(ARRAY(SELECT date_trunc('day', briefed_on)::date FROM old_rows));
    END IF;
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION report_stale_session() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM report_mark_stale(ARRAY(SELECT date_trunc('day', held_on)::date FROM new_rows));
    ELSE
        PERFORM report_mark_stale(ARRAY(SELECT date_trunc('day', held_on)::date FROM old_rows));
    END IF;
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION report_stale_event() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM report_mark_stale(ARRAY(SELECT date_trunc('day', starts_at AT TIME ZONE 'UTC')::date
                                        FROM new_rows WHERE status = 'HELD'));
    ELSE
        PERFORM report_mark_stale(ARRAY(SELECT date_trunc('day', starts_at AT TIME ZONE 'UTC')::date
                                        FROM old_rows WHERE status = 'HELD'));
    END IF;
    RETURN NULL;
END;
$$;

-- The police at an event count on the event's day (an event deleted with them: the event's trigger marks it).
CREATE OR REPLACE FUNCTION report_stale_event_police() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM report_mark_stale(ARRAY(
            SELECT date_trunc('day', e.starts_at AT TIME ZONE 'UTC')::date
            FROM new_rows p JOIN outreach_event e ON e.id = p.event_id WHERE e.status = 'HELD'));
    ELSE
        PERFORM report_mark_stale(ARRAY(
            SELECT date_trunc('day', e.starts_at AT TIME ZONE 'UTC')::date
            FROM old_rows p JOIN outreach_event e ON e.id = p.event_id WHERE e.status = 'HELD'));
    END IF;
    RETURN NULL;
END;
$$;

-- A changed row: the days it counted on before and after (the triggers' WHEN clauses pass only rows whose counted
-- columns changed).
CREATE OR REPLACE FUNCTION report_restale_contact() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM report_mark_stale(ARRAY[date_trunc('day', OLD.occurred_at AT TIME ZONE 'UTC')::date,
                                    date_trunc('day', NEW.occurred_at AT TIME ZONE 'UTC')::date]);
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION report_restale_need() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM report_mark_stale(ARRAY(
        SELECT date_trunc('day', occurred_at AT TIME ZONE 'UTC')::date FROM contact
        WHERE id IN (OLD.contact_id, NEW.contact_id)
          AND (OLD.contact_id, OLD.city_id) IS DISTINCT FROM (NEW.contact_id, NEW.city_id)
        UNION SELECT date_trunc('day', OLD.closed_at::timestamp)::date WHERE OLD.status = 'RESOLVED'
        UNION SELECT date_trunc('day', NEW.closed_at::timestamp)::date WHERE NEW.status = 'RESOLVED'));
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION report_restale_briefing() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM report_mark_stale(ARRAY[date_trunc('day', OLD.briefed_on)::date,
                                    date_trunc('day', NEW.briefed_on)::date]);
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION report_restale_session() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM report_mark_stale(ARRAY[date_trunc('day', OLD.held_on)::date, date_trunc('day', NEW.held_on)::date]);
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION report_restale_event() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM report_mark_stale(ARRAY(
        SELECT date_trunc('day', OLD.starts_at AT TIME ZONE 'UTC')::date WHERE OLD.status = 'HELD'
        UNION SELECT date_trunc('day', NEW.starts_at AT TIME ZONE 'UTC')::date WHERE NEW.status = 'HELD'));
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION report_restale_event_police() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM report_mark_stale(ARRAY(
        SELECT date_trunc('day', starts_at AT TIME ZONE 'UTC')::date FROM outreach_event
        WHERE id IN (OLD.event_id, NEW.event_id) AND status = 'HELD'));
    RETURN NULL;
END;
$$;
--rollback SELECT 1;

--changeset jcpp:0062-2-refresh-to-a-day splitStatements:false
-- 0060's refresh, to a day: `covering` may be any day (today). The month of the old coverage is summed again from its
-- first day up to `covering` (the days that turned), and a marked month up to its end or `covering`, whichever is first.
CREATE OR REPLACE FUNCTION refresh_report_summaries(months DATE[], covering DATE) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    covered DATE;
    turned DATE;
    m DATE;
BEGIN
    SELECT covers_before INTO covered FROM report_refreshed;
    DELETE FROM report_city_month WHERE month >= covering;
    DELETE FROM report_city_month_language WHERE month >= covering;
    DELETE FROM report_city_month_group WHERE month >= covering;
    IF NOT isfinite(covered) THEN
        PERFORM report_summarize('-infinity', covering);
        RETURN;
    END IF;
    turned := date_trunc('month', covered)::date;
    IF covered < covering THEN
        PERFORM report_summarize(turned, covering);
    END IF;
    FOR m IN SELECT DISTINCT x FROM unnest(months) AS x ORDER BY 1 LOOP
        IF m < covering AND NOT (covered < covering AND m >= turned) THEN
            PERFORM report_summarize(m, least((m + interval '1 month')::date, covering));
        END IF;
    END LOOP;
END;
$$;
--rollback SELECT 1;
