--liquibase formatted sql

--changeset jcpp:0064-1-contact-search-language-idx runInTransaction:false
-- The contact list's text filter with a language (ContactQueries.firstContacts): the words' keys of 0059 and the
-- contact's languages in one GIN index, so the index gives only the contacts with the words and the language, and the
-- table is read for those alone. "food shelf" in Spanish in one city's year at a million contacts: 618 index matches,
-- 302 table pages read, 2.6 ms, where the words alone gave 1,726 matches and 833 pages (5.1 ms). Without a language
-- the index answers the words as 0059's did (a GIN index of several columns serves a condition on any of them).
-- CONCURRENTLY: contacts keep being saved while it is built (about 100 s at a million). A build that failed leaves an
-- invalid index of this name behind: it is dropped first, so the changeset can run again.
DROP INDEX CONCURRENTLY IF EXISTS contact_search_language_idx;
CREATE INDEX CONCURRENTLY contact_search_language_idx ON contact
    USING gin (contact_search_keys(summary, city_id, occurred_at), language_ids);
--rollback DROP INDEX CONCURRENTLY contact_search_language_idx;

--changeset jcpp:0064-2-drop-contact-search-idx runInTransaction:false
-- The words alone (0059) are in the index above.
DROP INDEX CONCURRENTLY contact_search_idx;
--rollback CREATE INDEX CONCURRENTLY contact_search_idx ON contact
--rollback     USING gin (contact_search_keys(summary, city_id, occurred_at));
