--liquibase formatted sql

--changeset jcpp:app-role-grants runAlways:true runOnChange:true
--preconditions onFail:MARK_RAN
--precondition-sql-check expectedResult:1 SELECT count(*) FROM pg_roles WHERE rolname = '${appRole}' AND rolname <> current_user
-- Runs after every migration (keep it last in db.changelog-master.yaml), so it covers the tables of later changesets
-- too. The app's role (liaison.database.app-role) may read and write the rows of the app's tables and nothing more:
-- it owns nothing, so it cannot ALTER, DROP or TRUNCATE a table nor disable a trigger. The audit trail is append-only
-- for it: SELECT and INSERT. It does not see the migration history. Skipped when the migrations run as the app's role
-- itself (an external database without SPRING_LIQUIBASE_USER: one role, as before).
GRANT USAGE ON SCHEMA public TO "${appRole}";
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "${appRole}";
REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA public FROM "${appRole}";
REVOKE ALL ON audit_event, databasechangelog, databasechangeloglock FROM "${appRole}";
GRANT SELECT, INSERT ON audit_event TO "${appRole}";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "${appRole}";
GRANT EXECUTE ON FUNCTION refresh_report_summaries() TO "${appRole}";
-- the monthly summaries are written only by their refresh (0060), which runs as their owner
REVOKE INSERT, UPDATE, DELETE ON report_city_month, report_city_month_language, report_city_month_group
    FROM "${appRole}";
GRANT EXECUTE ON FUNCTION refresh_report_summaries(DATE[], DATE, BIGINT[], TIMESTAMPTZ) TO "${appRole}";
