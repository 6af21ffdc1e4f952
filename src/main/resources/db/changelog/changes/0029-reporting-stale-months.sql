--liquibase formatted sql

--changeset jcpp:0029-1-report-refreshed
-- What the monthly summaries (0015) cover. The dashboard reads a month from them only when it is before
-- covers_before and no record of it changed since the last refresh (report_stale); every other month is summed from
-- the records at each reading, so every figure counts a record the moment it is saved. ReportingRefresh sets
-- refreshing_before before a refresh begins and covers_before once it is done (the current month at that time).
-- Until the first refresh, nothing is covered: '-infinity'.
CREATE TABLE report_refreshed (
    id                INT         PRIMARY KEY CHECK (id = 1),
    covers_before     DATE        NOT NULL,
    refreshing_before DATE,
    refreshed_at      TIMESTAMPTZ
);
INSERT INTO report_refreshed (id, covers_before) VALUES (1, '-infinity');
--rollback DROP TABLE report_refreshed;

--changeset jcpp:0029-2-report-stale
-- The months the summaries cover in which a record changed since the last refresh: written by the triggers below in
-- the transaction of the change (so a change saved by any path, set-based ones too, marks its month), removed by the
-- refresh that includes them. No unique key: two saves may both mark a month, and neither waits for the other.
CREATE TABLE report_stale (
    id        BIGSERIAL   PRIMARY KEY,
    month     DATE        NOT NULL,
    marked_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
--rollback DROP TABLE report_stale;

--changeset jcpp:0029-3-report-mark-stale splitStatements:false
-- Marks the months (first days) that the summaries cover or are being refreshed to cover.
CREATE FUNCTION report_mark_stale(months DATE[]) RETURNS void
    LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    covered DATE;
BEGIN
    SELECT greatest(covers_before, coalesce(refreshing_before, covers_before)) INTO covered FROM report_refreshed;
    INSERT INTO report_stale (month)
    SELECT DISTINCT m FROM unnest(months) AS m
    WHERE m IS NOT NULL AND m < covered AND NOT EXISTS (SELECT 1 FROM report_stale s WHERE s.month = m);
END;
$$;

-- The months of the rows a statement inserted (new_rows) or deleted (old_rows), taken as 0015's views take them (in
-- the session's time zone, the app's). Changes are marked row by row (report_restale_*, below), and only when a
-- counted column changed: the retention job's removal of texts marks nothing.
CREATE FUNCTION report_stale_contact() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM report_mark_stale(ARRAY(SELECT DISTINCT date_trunc('month', occurred_at AT TIME ZONE 'UTC')::date
                                        FROM new_rows));
    ELSE
        PERFORM report_mark_stale(ARRAY(SELECT DISTINCT date_trunc('month', occurred_at AT TIME ZONE 'UTC')::date
                                        FROM old_rows));
    END IF;
    RETURN NULL;
END;
$$;

-- A need counts in its contact's month (raised) and, once resolved, in the month it was closed. A need deleted with
-- its contact: the contact's own trigger marks the month.
CREATE FUNCTION report_stale_need() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM report_mark_stale(ARRAY(
            SELECT date_trunc('month', c.occurred_at AT TIME ZONE 'UTC')::date
            FROM new_rows n JOIN contact c ON c.id = n.contact_id
            UNION SELECT date_trunc('month', closed_at::timestamp)::date FROM new_rows WHERE status = 'RESOLVED'));
    ELSE
        PERFORM report_mark_stale(ARRAY(
            SELECT date_trunc('month', c.occurred_at AT TIME ZONE 'UTC')::date
            FROM old_rows o JOIN contact c ON c.id = o.contact_id
            UNION SELECT date_trunc('month', closed_at::timestamp)::date FROM old_rows WHERE status = 'RESOLVED'));
    END IF;
    RETURN NULL;
END;
$$;

CREATE FUNCTION report_stale_briefing() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM report_mark_stale(ARRAY(SELECT date_trunc('month', briefed_on)::date FROM new_rows));
    ELSE
        PERFORM report_mark_stale(ARRAY(SELECT date_trunc('month', briefed_on)::date FROM old_rows));
    END IF;
    RETURN NULL;
END;
$$;

CREATE FUNCTION report_stale_session() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM report_mark_stale(ARRAY(SELECT date_trunc('month', held_on)::date FROM new_rows));
    ELSE
        PERFORM report_mark_stale(ARRAY(SELECT date_trunc('month', held_on)::date FROM old_rows));
    END IF;
    RETURN NULL;
END;
$$;

CREATE FUNCTION report_stale_event() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM report_mark_stale(ARRAY(SELECT date_trunc('month', starts_at AT TIME ZONE 'UTC')::date
                                        FROM new_rows WHERE status = 'HELD'));
    ELSE
        PERFORM report_mark_stale(ARRAY(SELECT date_trunc('month', starts_at AT TIME ZONE 'UTC')::date
                                        FROM old_rows WHERE status = 'HELD'));
    END IF;
    RETURN NULL;
END;
$$;

-- The police at an event count in the event's month (an event deleted with them: the event's trigger marks it).
CREATE FUNCTION report_stale_event_police() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM report_mark_stale(ARRAY(
            SELECT date_trunc('month', e.starts_at AT TIME ZONE 'UTC')::date
            FROM new_rows p JOIN outreach_event e ON e.id = p.event_id WHERE e.status = 'HELD'));
    ELSE
        PERFORM report_mark_stale(ARRAY(
            SELECT date_trunc('month', e.starts_at AT TIME ZONE 'UTC')::date
            FROM old_rows p JOIN outreach_event e ON e.id = p.event_id WHERE e.status = 'HELD'));
    END IF;
    RETURN NULL;
END;
$$;

-- A changed row: the months it counted in before and after (the triggers' WHEN clauses pass only rows whose counted
-- columns changed).
CREATE FUNCTION report_restale_contact() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM report_mark_stale(ARRAY[date_trunc('month', OLD.occurred_at AT TIME ZONE 'UTC')::date,
                                    date_trunc('month', NEW.occurred_at AT TIME ZONE 'UTC')::date]);
    RETURN NULL;
END;
$$;

CREATE FUNCTION report_restale_need() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM report_mark_stale(ARRAY(
        SELECT date_trunc('month', occurred_at AT TIME ZONE 'UTC')::date FROM contact
        WHERE id IN (OLD.contact_id, NEW.contact_id)
          AND (OLD.contact_id, OLD.city_id) IS DISTINCT FROM (NEW.contact_id, NEW.city_id)
        UNION SELECT date_trunc('month', OLD.closed_at::timestamp)::date WHERE OLD.status = 'RESOLVED'
        UNION SELECT date_trunc('month', NEW.closed_at::timestamp)::date WHERE NEW.status = 'RESOLVED'));
    RETURN NULL;
END;
$$;

CREATE FUNCTION report_restale_briefing() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM report_mark_stale(ARRAY[date_trunc('month', OLD.briefed_on)::date,
                                    date_trunc('month', NEW.briefed_on)::date]);
    RETURN NULL;
END;
$$;

CREATE FUNCTION report_restale_session() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM report_mark_stale(ARRAY[date_trunc('month', OLD.held_on)::date, date_trunc('month', NEW.held_on)::date]);
    RETURN NULL;
END;
$$;

CREATE FUNCTION report_restale_event() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM report_mark_stale(ARRAY(
        SELECT date_trunc('month', OLD.starts_at AT TIME ZONE 'UTC')::date WHERE OLD.status = 'HELD'
        UNION SELECT date_trunc('month', NEW.starts_at AT TIME ZONE 'UTC')::date WHERE NEW.status = 'HELD'));
    RETURN NULL;
END;
$$;

CREATE FUNCTION report_restale_event_police() RETURNS trigger
    LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM report_mark_stale(ARRAY(
        SELECT date_trunc('month', starts_at AT TIME ZONE 'UTC')::date FROM outreach_event
        WHERE id IN (OLD.event_id, NEW.event_id) AND status = 'HELD'));
    RETURN NULL;
END;
$$;
--rollback DROP FUNCTION report_restale_event_police(); DROP FUNCTION report_restale_event(); DROP FUNCTION report_restale_session(); DROP FUNCTION report_restale_briefing(); DROP FUNCTION report_restale_need(); DROP FUNCTION report_restale_contact(); DROP FUNCTION report_stale_event_police(); DROP FUNCTION report_stale_event(); DROP FUNCTION report_stale_session(); DROP FUNCTION report_stale_briefing(); DROP FUNCTION report_stale_need(); DROP FUNCTION report_stale_contact(); DROP FUNCTION report_mark_stale(DATE[]);

--changeset jcpp:0029-4-report-stale-triggers
-- Inserts and deletes: once per statement, over its rows (a trigger with transition tables takes one event). Updates:
-- per row, only when a counted column changed.
CREATE TRIGGER contact_stale_ins AFTER INSERT ON contact
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_stale_contact();
CREATE TRIGGER contact_stale_del AFTER DELETE ON contact
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_stale_contact();
CREATE TRIGGER contact_stale_upd AFTER UPDATE ON contact FOR EACH ROW
    WHEN ((OLD.occurred_at, OLD.city_id, OLD.headcount, OLD.language_line_used, OLD.language_ids, OLD.group_ids)
          IS DISTINCT FROM (NEW.occurred_at, NEW.city_id, NEW.headcount, NEW.language_line_used, NEW.language_ids, NEW.group_ids))
    EXECUTE FUNCTION report_restale_contact();
CREATE TRIGGER need_stale_ins AFTER INSERT ON need
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_stale_need();
CREATE TRIGGER need_stale_del AFTER DELETE ON need
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_stale_need();
CREATE TRIGGER need_stale_upd AFTER UPDATE ON need FOR EACH ROW
    WHEN ((OLD.contact_id, OLD.city_id, OLD.status, OLD.closed_at) IS DISTINCT FROM (NEW.contact_id, NEW.city_id, NEW.status, NEW.closed_at))
    EXECUTE FUNCTION report_restale_need();
CREATE TRIGGER roll_call_briefing_stale_ins AFTER INSERT ON roll_call_briefing
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_stale_briefing();
CREATE TRIGGER roll_call_briefing_stale_del AFTER DELETE ON roll_call_briefing
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_stale_briefing();
CREATE TRIGGER roll_call_briefing_stale_upd AFTER UPDATE ON roll_call_briefing FOR EACH ROW
    WHEN ((OLD.briefed_on, OLD.city_id, OLD.officers) IS DISTINCT FROM (NEW.briefed_on, NEW.city_id, NEW.officers))
    EXECUTE FUNCTION report_restale_briefing();
CREATE TRIGGER training_session_stale_ins AFTER INSERT ON training_session
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_stale_session();
CREATE TRIGGER training_session_stale_del AFTER DELETE ON training_session
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_stale_session();
CREATE TRIGGER training_session_stale_upd AFTER UPDATE ON training_session FOR EACH ROW
    WHEN ((OLD.held_on, OLD.city_id, OLD.hours, OLD.attendees) IS DISTINCT FROM (NEW.held_on, NEW.city_id, NEW.hours, NEW.attendees))
    EXECUTE FUNCTION report_restale_session();
CREATE TRIGGER outreach_event_stale_ins AFTER INSERT ON outreach_event
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_stale_event();
CREATE TRIGGER outreach_event_stale_del AFTER DELETE ON outreach_event
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_stale_event();
CREATE TRIGGER outreach_event_stale_upd AFTER UPDATE ON outreach_event FOR EACH ROW
    WHEN ((OLD.starts_at, OLD.city_id, OLD.status, OLD.attendance) IS DISTINCT FROM (NEW.starts_at, NEW.city_id, NEW.status, NEW.attendance))
    EXECUTE FUNCTION report_restale_event();
CREATE TRIGGER outreach_event_police_stale_ins AFTER INSERT ON outreach_event_police
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION report_stale_event_police();
CREATE TRIGGER outreach_event_police_stale_del AFTER DELETE ON outreach_event_police
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION report_stale_event_police();
CREATE TRIGGER outreach_event_police_stale_upd AFTER UPDATE ON outreach_event_police FOR EACH ROW
    WHEN ((OLD.event_id, OLD.officers, OLD.recruits, OLD.volunteer_hours) IS DISTINCT FROM (NEW.event_id, NEW.officers, NEW.recruits, NEW.volunteer_hours))
    EXECUTE FUNCTION report_restale_event_police();
--rollback DROP TRIGGER contact_stale_ins ON contact; DROP TRIGGER contact_stale_del ON contact; DROP TRIGGER contact_stale_upd ON contact; DROP TRIGGER need_stale_ins ON need; DROP TRIGGER need_stale_del ON need; DROP TRIGGER need_stale_upd ON need; DROP TRIGGER roll_call_briefing_stale_ins ON roll_call_briefing; DROP TRIGGER roll_call_briefing_stale_del ON roll_call_briefing; DROP TRIGGER roll_call_briefing_stale_upd ON roll_call_briefing; DROP TRIGGER training_session_stale_ins ON training_session; DROP TRIGGER training_session_stale_del ON training_session; DROP TRIGGER training_session_stale_upd ON training_session; DROP TRIGGER outreach_event_stale_ins ON outreach_event; DROP TRIGGER outreach_event_stale_del ON outreach_event; DROP TRIGGER outreach_event_stale_upd ON outreach_event; DROP TRIGGER outreach_event_police_stale_ins ON outreach_event_police; DROP TRIGGER outreach_event_police_stale_del ON outreach_event_police; DROP TRIGGER outreach_event_police_stale_upd ON outreach_event_police;
