--liquibase formatted sql

--changeset jcpp:0060-1-report-summaries-as-tables splitStatements:false
-- The monthly summaries (0015) become tables, so that a refresh recomputes only the months that need it: the months a
-- change marked (report_stale) and the months that turned since the last refresh. A materialized view can only be
-- recomputed whole (3-20 s of CPU at a million contacts, for one backdated save). Same names, columns and indexes:
-- the readers do not change. The rows the views held for months the summaries cover are kept; the others (the current
-- month, never read from here) are left out. Only the owner (the role that ran the migrations) writes them, through
-- refresh_report_summaries(DATE[], DATE) below; the app's role reads them (app-role-grants.sql).
CREATE TABLE report_city_month_rows AS
SELECT * FROM report_city_month WHERE month < (SELECT covers_before FROM report_refreshed);
CREATE TABLE report_city_month_language_rows AS
SELECT * FROM report_city_month_language WHERE month < (SELECT covers_before FROM report_refreshed);
CREATE TABLE report_city_month_group_rows AS
SELECT * FROM report_city_month_group WHERE month < (SELECT covers_before FROM report_refreshed);

DROP FUNCTION refresh_report_summaries();
DROP MATERIALIZED VIEW report_city_month;
DROP MATERIALIZED VIEW report_city_month_language;
DROP MATERIALIZED VIEW report_city_month_group;

ALTER TABLE report_city_month_rows RENAME TO report_city_month;
ALTER TABLE report_city_month_language_rows RENAME TO report_city_month_language;
ALTER TABLE report_city_month_group_rows RENAME TO report_city_month_group;
ALTER TABLE report_city_month ALTER COLUMN city_id SET NOT NULL, ALTER COLUMN month SET NOT NULL;
ALTER TABLE report_city_month_language
    ALTER COLUMN city_id SET NOT NULL, ALTER COLUMN month SET NOT NULL, ALTER COLUMN language_id SET NOT NULL;
ALTER TABLE report_city_month_group
    ALTER COLUMN city_id SET NOT NULL, ALTER COLUMN month SET NOT NULL, ALTER COLUMN group_id SET NOT NULL;
CREATE UNIQUE INDEX report_city_month_uk ON report_city_month (city_id, month);
CREATE INDEX report_city_month_month_idx ON report_city_month (month, city_id);
CREATE UNIQUE INDEX report_city_month_language_uk ON report_city_month_language (city_id, month, language_id);
CREATE UNIQUE INDEX report_city_month_group_uk ON report_city_month_group (city_id, month, group_id);

-- The summaries' rows of the months from lo up to hi (excluded; first days of months, in the session's time zone, the
-- app's), as 0015 defined them. Each part reads only that span, on the index its list or the live months use.
CREATE FUNCTION report_summarize(lo DATE, hi DATE) RETURNS void
    LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    -- the span as instants, and as the UTC wall-clock time local date-times are stored in (0015)
    lo_at TIMESTAMPTZ := lo::timestamptz;
    hi_at TIMESTAMPTZ := hi::timestamptz;
    lo_local TIMESTAMP := lo::timestamptz AT TIME ZONE 'UTC';
    hi_local TIMESTAMP := hi::timestamptz AT TIME ZONE 'UTC';
BEGIN
    DELETE FROM report_city_month WHERE month >= lo AND month < hi;
    DELETE FROM report_city_month_language WHERE month >= lo AND month < hi;
    DELETE FROM report_city_month_group WHERE month >= lo AND month < hi;

    INSERT INTO report_city_month
    SELECT city_id, month, sum(contacts)::int, sum(people)::int, sum(language_line)::int, sum(needs_raised)::int,
           sum(needs_resolved)::int, sum(briefings)::int, sum(officers_briefed)::int, sum(sessions)::int,
           sum(training_hours)::numeric(12, 2), sum(officers_trained)::int, sum(events_held)::int,
           sum(attendance)::int, sum(officers_at_events)::int, sum(recruits_at_events)::int,
           sum(volunteer_hours)::numeric(12, 2)
    FROM (
        SELECT city_id, date_trunc('month', occurred_at AT TIME ZONE 'UTC')::date AS month,
               count(*) AS contacts, sum(headcount) AS people,
               count(*) FILTER (WHERE language_line_used) AS language_line,
               -- a need is counted in its contact's city and month: a probe of the need_contact index per contact of
               -- the span (a join reads every need)
               sum((SELECT count(*) FROM need n WHERE n.contact_id = contact.id)) AS needs_raised,
               0::bigint AS needs_resolved, 0::bigint AS briefings, 0::bigint AS officers_briefed, 0::bigint AS sessions,
               0::numeric AS training_hours, 0::bigint AS officers_trained, 0::bigint AS events_held,
               0::bigint AS attendance, 0::bigint AS officers_at_events, 0::bigint AS recruits_at_events,
               0::numeric AS volunteer_hours
        FROM contact WHERE occurred_at >= lo_local AND occurred_at < hi_local GROUP BY 1, 2
        UNION ALL
        SELECT city_id, date_trunc('month', closed_at::timestamp)::date, 0, 0, 0, 0, count(*), 0, 0, 0, 0, 0, 0, 0, 0,
               0, 0
        FROM need WHERE status = 'RESOLVED' AND closed_at >= lo_at AND closed_at < hi_at GROUP BY 1, 2
        UNION ALL
        SELECT city_id, date_trunc('month', briefed_on)::date, 0, 0, 0, 0, 0, count(*), sum(officers), 0, 0, 0, 0, 0,
               0, 0, 0
        FROM roll_call_briefing WHERE briefed_on >= lo AND briefed_on < hi GROUP BY 1, 2
        UNION ALL
        SELECT city_id, date_trunc('month', held_on)::date, 0, 0, 0, 0, 0, 0, 0, count(*), sum(hours), sum(attendees),
               0, 0, 0, 0, 0
        FROM training_session WHERE held_on >= lo AND held_on < hi GROUP BY 1, 2
        UNION ALL
        SELECT city_id, date_trunc('month', starts_at AT TIME ZONE 'UTC')::date, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, count(*),
               sum(attendance), 0, 0, 0
        FROM outreach_event WHERE status = 'HELD' AND starts_at >= lo_local AND starts_at < hi_local GROUP BY 1, 2
        UNION ALL
        SELECT e.city_id, date_trunc('month', e.starts_at AT TIME ZONE 'UTC')::date, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
               sum(p.officers), sum(p.recruits), sum(p.volunteer_hours)
        FROM outreach_event_police p JOIN outreach_event e ON e.id = p.event_id
        WHERE e.status = 'HELD' AND e.starts_at >= lo_local AND e.starts_at < hi_local GROUP BY 1, 2
    ) parts
    GROUP BY city_id, month;

    INSERT INTO report_city_month_language
    SELECT c.city_id, date_trunc('month', c.occurred_at AT TIME ZONE 'UTC')::date, l.language_id, count(*)::int,
           sum(c.headcount)::int
    FROM contact c CROSS JOIN LATERAL unnest(c.language_ids) AS l(language_id)
    WHERE c.occurred_at >= lo_local AND c.occurred_at < hi_local
    GROUP BY 1, 2, 3;

    INSERT INTO report_city_month_group
    SELECT c.city_id, date_trunc('month', c.occurred_at AT TIME ZONE 'UTC')::date, g.group_id, count(*)::int,
           sum(c.headcount)::int
    FROM contact c CROSS JOIN LATERAL unnest(c.group_ids) AS g(group_id)
    WHERE c.occurred_at >= lo_local AND c.occurred_at < hi_local
    GROUP BY 1, 2, 3;
END;
$$;
REVOKE ALL ON FUNCTION report_summarize(DATE, DATE) FROM PUBLIC;

-- Brings the summaries to cover every month before `covering`: the months in `months` (marked as changed) are summed
-- again, as are the months from the old coverage up to `covering` (the months that turned since the last refresh);
-- with nothing covered yet ('-infinity'), every month. Rows of months from `covering` on are removed (they would go
-- stale unmarked). One transaction: a reader sees the summaries before or after, never half of them. Runs as the
-- summaries' owner; the app's role may execute it (app-role-grants.sql) and write nothing else here.
CREATE FUNCTION refresh_report_summaries(months DATE[], covering DATE) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    covered DATE;
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
    IF covered < covering THEN
        PERFORM report_summarize(covered, covering);
    END IF;
    FOR m IN SELECT DISTINCT x FROM unnest(months) AS x WHERE x < least(covered, covering) ORDER BY 1 LOOP
        PERFORM report_summarize(m, (m + interval '1 month')::date);
    END LOOP;
END;
$$;
REVOKE ALL ON FUNCTION refresh_report_summaries(DATE[], DATE) FROM PUBLIC;

-- 0018's function (every summary, every month): kept for a node of the previous version still running during a
-- rolling upgrade. That node sets refreshing_before before it calls this, and covers_before to it afterwards: the
-- summaries are made to cover every month before it.
CREATE FUNCTION refresh_report_summaries() RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM report_summarize('-infinity', (SELECT coalesce(refreshing_before, covers_before) FROM report_refreshed));
END;
$$;
REVOKE ALL ON FUNCTION refresh_report_summaries() FROM PUBLIC;
--rollback SELECT 1;
