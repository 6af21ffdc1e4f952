--liquibase formatted sql

--changeset jcpp:0015-1-report-city-month
-- What each member city did each month, summed once per refresh (see ReportingRefresh): dashboards and reports read
-- these rows, never the raw tables. Local date-times (contact.occurred_at, outreach_event.starts_at) are stored as UTC
-- wall-clock time (hibernate.jdbc.time_zone=UTC): "AT TIME ZONE 'UTC'" reads them as instants, so every month below
-- is taken in the refreshing session's time zone, the app's (the program's), as the lists take it.
CREATE MATERIALIZED VIEW report_city_month AS
SELECT city_id,
       month,
       sum(contacts)::int                   AS contacts,
       sum(people)::int                     AS people,
       sum(language_line)::int              AS language_line,
       sum(needs_raised)::int               AS needs_raised,
       sum(needs_resolved)::int             AS needs_resolved,
       sum(briefings)::int                  AS briefings,
       sum(officers_briefed)::int           AS officers_briefed,
       sum(sessions)::int                   AS sessions,
       sum(training_hours)::numeric(12, 2)  AS training_hours,
       sum(officers_trained)::int           AS officers_trained,
       sum(events_held)::int                AS events_held,
       sum(attendance)::int                 AS attendance,
       sum(officers_at_events)::int         AS officers_at_events,
       sum(recruits_at_events)::int         AS recruits_at_events,
       sum(volunteer_hours)::numeric(12, 2) AS volunteer_hours
FROM (
    SELECT city_id, date_trunc('month', occurred_at AT TIME ZONE 'UTC')::date AS month,
           count(*) AS contacts, sum(headcount) AS people, count(*) FILTER (WHERE language_line_used) AS language_line,
           0::bigint AS needs_raised, 0::bigint AS needs_resolved, 0::bigint AS briefings, 0::bigint AS officers_briefed,
           0::bigint AS sessions, 0::numeric AS training_hours, 0::bigint AS officers_trained, 0::bigint AS events_held,
           0::bigint AS attendance, 0::bigint AS officers_at_events, 0::bigint AS recruits_at_events,
           0::numeric AS volunteer_hours
    FROM contact GROUP BY 1, 2
    UNION ALL
    SELECT n.city_id, date_trunc('month', c.occurred_at AT TIME ZONE 'UTC')::date, 0, 0, 0, count(*), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
    FROM need n JOIN contact c ON c.id = n.contact_id GROUP BY 1, 2
    UNION ALL
    SELECT city_id, date_trunc('month', closed_at::timestamp)::date, 0, 0, 0, 0, count(*), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
    FROM need WHERE status = 'RESOLVED' AND closed_at IS NOT NULL GROUP BY 1, 2
    UNION ALL
    SELECT city_id, date_trunc('month', briefed_on)::date, 0, 0, 0, 0, 0, count(*), sum(officers), 0, 0, 0, 0, 0, 0, 0, 0
    FROM roll_call_briefing GROUP BY 1, 2
    UNION ALL
    SELECT city_id, date_trunc('month', held_on)::date, 0, 0, 0, 0, 0, 0, 0, count(*), sum(hours), sum(attendees),
           0, 0, 0, 0, 0
    FROM training_session GROUP BY 1, 2
    UNION ALL
    SELECT city_id, date_trunc('month', starts_at AT TIME ZONE 'UTC')::date, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, count(*), sum(attendance),
           0, 0, 0
    FROM outreach_event WHERE status = 'HELD' GROUP BY 1, 2
    UNION ALL
    SELECT e.city_id, date_trunc('month', e.starts_at AT TIME ZONE 'UTC')::date, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
           sum(p.officers), sum(p.recruits), sum(p.volunteer_hours)
    FROM outreach_event_police p JOIN outreach_event e ON e.id = p.event_id
    WHERE e.status = 'HELD' GROUP BY 1, 2
) parts
GROUP BY city_id, month;
CREATE UNIQUE INDEX report_city_month_uk ON report_city_month (city_id, month);
CREATE INDEX report_city_month_month_idx ON report_city_month (month, city_id);
--rollback DROP MATERIALIZED VIEW report_city_month;

--changeset jcpp:0015-2-report-city-month-language
CREATE MATERIALIZED VIEW report_city_month_language AS
SELECT c.city_id, date_trunc('month', c.occurred_at AT TIME ZONE 'UTC')::date AS month, l.language_id,
       count(*)::int AS contacts, sum(c.headcount)::int AS people
FROM contact c CROSS JOIN LATERAL unnest(c.language_ids) AS l(language_id)
GROUP BY 1, 2, 3;
CREATE UNIQUE INDEX report_city_month_language_uk ON report_city_month_language (city_id, month, language_id);
--rollback DROP MATERIALIZED VIEW report_city_month_language;

--changeset jcpp:0015-3-report-city-month-group
CREATE MATERIALIZED VIEW report_city_month_group AS
SELECT c.city_id, date_trunc('month', c.occurred_at AT TIME ZONE 'UTC')::date AS month, g.group_id,
       count(*)::int AS contacts, sum(c.headcount)::int AS people
FROM contact c CROSS JOIN LATERAL unnest(c.group_ids) AS g(group_id)
GROUP BY 1, 2, 3;
CREATE UNIQUE INDEX report_city_month_group_uk ON report_city_month_group (city_id, month, group_id);
--rollback DROP MATERIALIZED VIEW report_city_month_group;

--changeset jcpp:0015-4-need-closed-idx
-- the median days to resolve reads resolved needs of a city and period
CREATE INDEX need_city_closed_idx ON need (city_id, closed_at) WHERE status = 'RESOLVED';
--rollback DROP INDEX need_city_closed_idx;
