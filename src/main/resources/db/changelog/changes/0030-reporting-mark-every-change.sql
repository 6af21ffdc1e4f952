--liquibase formatted sql

--changeset jcpp:0030-1-report-mark-every-change splitStatements:false
-- Replaces 0029's report_mark_stale (a review found two races):
-- 1. Every transaction writes its own marks. A save that found its month already marked wrote none; when a refresh
--    had read that mark before the save committed, the refresh then removed it, and the save's change was in neither
--    the summaries nor a mark. Duplicate marks cost nothing: the refresh removes the ones it read, the others stay.
-- 2. The summaries' coverage is read FOR SHARE: a refresh that moves refreshing_before to the new month (at the turn
--    of a month) waits for the saves that read the old value, so their changes are in the refresh or marked.
CREATE OR REPLACE FUNCTION report_mark_stale(months DATE[]) RETURNS void
    LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
DECLARE
    covered DATE;
BEGIN
    SELECT greatest(covers_before, coalesce(refreshing_before, covers_before)) INTO covered
    FROM report_refreshed FOR SHARE;
    INSERT INTO report_stale (month)
    SELECT DISTINCT m FROM unnest(months) AS m WHERE m IS NOT NULL AND m < covered;
END;
$$;
--rollback SELECT 1;
