#!/bin/sh
# Creates the role the app connects as (LIAISON_DB_APP_ROLE, password LIAISON_DB_APP_PASSWORD). The postgres image runs
# this once, when the database volume is created; the role owns nothing, and the app's migrations (run as
# POSTGRES_USER, the owner) grant it the rows of the app's tables and no more (src/main/resources/db/changelog/
# app-role-grants.sql). For a volume created before this script existed, run it once by hand (see the README):
#   docker compose exec db sh /docker-entrypoint-initdb.d/10-liaison-app-role.sh
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
    --set app_role="$LIAISON_DB_APP_ROLE" --set app_password="$LIAISON_DB_APP_PASSWORD" <<'SQL'
SELECT format('CREATE ROLE %I', :'app_role')
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'app_role') \gexec
SELECT format('ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD %L', :'app_role', :'app_password') \gexec
SQL
