--liquibase formatted sql

--changeset jcpp:0063-1-refresh-at-once splitStatements:false
-- A refresh in one transaction: the summaries' rows, the coverage (report_refreshed) and the removal of the marks it
-- read change together. With 0062's coverage by day, the current month's row gains yesterday at the turn of a day; had
-- the coverage moved in a later statement, a reading in between would have counted yesterday twice (from the row and
-- from the records). Readers read the coverage and the summaries in one snapshot (ReportQueries). A `covering` before
-- the coverage (a node whose clock is behind) never lowers it. Replaces 0062's two-argument function.
DROP FUNCTION refresh_report_summaries(DATE[], DATE);
CREATE FUNCTION refresh_report_summaries(months DATE[], covering DATE, done BIGINT[], began TIMESTAMPTZ)
    RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    covered DATE;
    turned DATE;
    m DATE;
BEGIN
    SELECT covers_before INTO covered FROM report_refreshed;
    covering := greatest(covering, covered);
    DELETE FROM report_city_month WHERE month >= covering;
    DELETE FROM report_city_month_language WHERE month >= covering;
    DELETE FROM report_city_month_group WHERE month >= covering;
    IF NOT isfinite(covered) THEN
        PERFORM report_summarize('-infinity', covering);
    ELSE
        turned := date_trunc('month', covered)::date;
        IF covered < covering THEN
            PERFORM report_summarize(turned, covering);
        END IF;
        FOR m IN SELECT DISTINCT x FROM unnest(months) AS x ORDER BY 1 LOOP
            IF m < covering AND NOT (covered < covering AND m >= turned) THEN
                PERFORM report_summarize(m, least((m + interval '1 month')::date, covering));
            END IF;
        END LOOP;
    END IF;
    DELETE FROM report_stale WHERE id = ANY (done);
    UPDATE report_refreshed SET covers_before = covering, refreshing_before = NULL, refreshed_at = began;
END;
$$;
REVOKE ALL ON FUNCTION refresh_report_summaries(DATE[], DATE, BIGINT[], TIMESTAMPTZ) FROM PUBLIC;
--rollback SELECT 1;
