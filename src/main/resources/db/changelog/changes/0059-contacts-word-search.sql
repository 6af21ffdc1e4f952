--liquibase formatted sql

--changeset jcpp:0059-1-contact-search-functions splitStatements:false
-- The contact list's text filter finds words, not letters (ContactSearch): every word typed must begin a word of the
-- summary, in any order, capitals and accents folded, in any language (no stemming: it would be wrong for Somali,
-- Hmong or Karen summaries). A word is a run of letters or digits, split the same way here and in the app.
-- Each word is a key four times: as it is ('/food'), under the contact's city ('c12/food'), its year ('y2026/food')
-- and both ('c12y2026/food'); the year is that of the stored time (UTC, as the app stores every time). A search
-- names the smallest keys that hold every contact its other filters allow (a city's year: a few hundred contacts
-- with a word, where the whole table has tens of thousands), so a GIN index answers city + year + words at a
-- million contacts in a few milliseconds (the trigram index of 0005 took 35-50 ms, the words unscoped 25-40 ms).
-- Names are given with their schema: PostgreSQL builds an index with a search path of pg_catalog only.
CREATE FUNCTION contact_search_keys(summary text, city bigint, occurred timestamp) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT coalesce(pg_catalog.array_to_tsvector(array_agg(k)), ''::pg_catalog.tsvector)
    FROM (SELECT DISTINCT pg_catalog.left(w, 100) AS w
          FROM pg_catalog.regexp_split_to_table(
                   pg_catalog.lower(public.f_unaccent(coalesce(summary, ''))), '[^[:alnum:]]+') w
          WHERE w <> '') words,
         LATERAL (VALUES ('/' || w),
                         ('c' || city || '/' || w),
                         ('y' || extract(year FROM occurred)::int || '/' || w),
                         ('c' || city || 'y' || extract(year FROM occurred)::int || '/' || w)) AS keys(k) $$;
-- The query for what was typed under the scopes given ('c12y2025/,c12y2026/'): each word typed as the beginning of a
-- key under one of the scopes; the first eight words typed (more only narrow what those find). A word is cut at 100
-- letters in both functions. Immutable, so the planner computes it once from the statement's values.
CREATE FUNCTION contact_search_query(typed text, scopes text) RETURNS tsquery
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT pg_catalog.string_agg(alternatives, ' & ')::pg_catalog.tsquery
    FROM (SELECT '(' || pg_catalog.string_agg(pg_catalog.quote_literal(s || w) || ':*', ' | ') || ')' AS alternatives
          FROM (SELECT pg_catalog.left(w, 100) AS w
                FROM pg_catalog.regexp_split_to_table(
                         pg_catalog.lower(public.f_unaccent(coalesce(typed, ''))), '[^[:alnum:]]+')
                         WITH ORDINALITY AS t(w, n)
                WHERE w <> ''
                GROUP BY pg_catalog.left(w, 100)
                ORDER BY pg_catalog.min(n)
                LIMIT 8) words,
               pg_catalog.unnest(pg_catalog.string_to_array(scopes, ',')) s
          GROUP BY w) q $$;
-- What the list's query calls (a plain SQL function: the planner inlines it and uses the index below).
CREATE FUNCTION contact_search_matches(summary text, city bigint, occurred timestamp, typed text, scopes text)
    RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT public.contact_search_keys(summary, city, occurred) @@ public.contact_search_query(typed, scopes) $$;
--rollback DROP FUNCTION contact_search_matches(text, bigint, timestamp, text, text); DROP FUNCTION contact_search_query(text, text); DROP FUNCTION contact_search_keys(text, bigint, timestamp);

--changeset jcpp:0059-2-contact-search-idx runInTransaction:false
-- CONCURRENTLY: a node of the old version keeps saving contacts while a new one builds it (2 minutes at a million).
CREATE INDEX CONCURRENTLY contact_search_idx ON contact USING gin (contact_search_keys(summary, city_id, occurred_at));
--rollback DROP INDEX contact_search_idx;

--changeset jcpp:0059-3-drop-contact-summary-trgm runInTransaction:false
-- Only a text of signs ("<", "->") is still looked for as typed; a trigram index cannot help with so few letters.
-- CONCURRENTLY: no lock that would queue the list's reads behind a long report.
DROP INDEX CONCURRENTLY contact_summary_trgm_idx;
--rollback CREATE INDEX contact_summary_trgm_idx ON contact USING gin (lower(summary) gin_trgm_ops);
