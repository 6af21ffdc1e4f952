--liquibase formatted sql

--changeset jcpp:0021-1-unaccent
-- A resident's request: "Rosa Martinez" must find "Rosa Martínez". unaccent is a trusted contrib extension (the
-- schema's owner may create it); it is only STABLE (its dictionary could change), so an index needs an IMMUTABLE
-- wrapper that names the dictionary and the function by schema. Functions are executable by PUBLIC: the app's role
-- may call it.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE FUNCTION f_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
--rollback DROP FUNCTION f_unaccent(text);
--rollback DROP EXTENSION IF EXISTS unaccent;

--changeset jcpp:0021-2-named-person-name-folded-idx
-- The residents' search: lower(f_unaccent(name)) LIKE '%part%', a trigram index on the same expression.
CREATE INDEX named_person_name_folded_trgm_idx ON named_person USING gin (lower(f_unaccent(name)) gin_trgm_ops);
--rollback DROP INDEX named_person_name_folded_trgm_idx;
