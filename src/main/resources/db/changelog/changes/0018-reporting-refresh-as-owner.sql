--liquibase formatted sql

--changeset jcpp:0018-1-reporting-refresh-function splitStatements:false
-- Refreshing a materialized view takes its owner, and the app's role owns nothing (app-role-grants.sql). This function
-- runs as its owner (the role that ran the migrations) and does only that; the app's role may execute it.
CREATE FUNCTION refresh_report_summaries() RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    REFRESH MATERIALIZED VIEW CONCURRENTLY report_city_month;
    REFRESH MATERIALIZED VIEW CONCURRENTLY report_city_month_language;
    REFRESH MATERIALIZED VIEW CONCURRENTLY report_city_month_group;
END;
$$;
REVOKE ALL ON FUNCTION refresh_report_summaries() FROM PUBLIC;
--rollback DROP FUNCTION refresh_report_summaries();
