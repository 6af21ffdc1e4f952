--liquibase formatted sql

--changeset jcpp:0065-1-contact-search-keys-skip-markers splitStatements:false
-- A summary replaced by a removed-text marker (RemovedTexts: after the retention period, at the resident's request)
-- gives no search keys: its words are not what the liaison wrote, so a search for "period" or "request" no longer
-- lists every removed contact (the list shows the marker in the reader's language, which the stored English words
-- did not match anyway). It also keeps the marker's twenty keys per contact out of the index: retention's first run at
-- a million contacts rewrote half a million summaries, and its update alone took 46 s with those keys, 14 s without
-- (docs/benchmarks.md). The index holds the old keys until it is rebuilt below.
-- The markers are tested first, so a removed text costs no word split at all (the update above: 13 s with this
-- function, 64 s with the same test written in PL/pgSQL, whose call inside the index's upkeep cost about 110 µs a row).
-- A SQL function's body is planned once per statement (about 170 µs): an import saves its contacts fifty to a statement
-- (0066), so that is paid once per fifty.
CREATE OR REPLACE FUNCTION contact_search_keys(summary text, city bigint, occurred timestamp) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT CASE WHEN summary IN ('[removed after the retention period]', '[removed at the resident''s request]')
                THEN ''::pg_catalog.tsvector
                ELSE (SELECT coalesce(pg_catalog.array_to_tsvector(array_agg(k)), ''::pg_catalog.tsvector)
                      FROM (SELECT DISTINCT pg_catalog.left(w, 100) AS w
                            FROM pg_catalog.regexp_split_to_table(
                                     pg_catalog.lower(public.f_unaccent(coalesce(summary, ''))), '[^[:alnum:]]+') w
                            WHERE w <> '') words,
                           LATERAL (VALUES ('/' || w),
                                           ('c' || city || '/' || w),
                                           ('y' || extract(year FROM occurred)::int || '/' || w),
                                           ('c' || city || 'y' || extract(year FROM occurred)::int || '/' || w))
                               AS keys(k)) END $$;
--rollback CREATE OR REPLACE FUNCTION contact_search_keys(summary text, city bigint, occurred timestamp) RETURNS tsvector
--rollback     LANGUAGE sql IMMUTABLE PARALLEL SAFE
--rollback     AS $$
--rollback     SELECT coalesce(pg_catalog.array_to_tsvector(array_agg(k)), ''::pg_catalog.tsvector)
--rollback     FROM (SELECT DISTINCT pg_catalog.left(w, 100) AS w
--rollback           FROM pg_catalog.regexp_split_to_table(
--rollback                    pg_catalog.lower(public.f_unaccent(coalesce(summary, ''))), '[^[:alnum:]]+') w
--rollback           WHERE w <> '') words,
--rollback          LATERAL (VALUES ('/' || w),
--rollback                          ('c' || city || '/' || w),
--rollback                          ('y' || extract(year FROM occurred)::int || '/' || w),
--rollback                          ('c' || city || 'y' || extract(year FROM occurred)::int || '/' || w)) AS keys(k) $$;

--changeset jcpp:0065-2-contact-search-reindex runInTransaction:false
-- The index's entries computed by the function before: rebuilt beside the old one, contacts keep being saved and
-- searched meanwhile (about 50 s at a million contacts).
REINDEX INDEX CONCURRENTLY contact_search_language_idx;
--rollback REINDEX INDEX CONCURRENTLY contact_search_language_idx;
