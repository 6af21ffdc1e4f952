--liquibase formatted sql

--changeset jcpp:0027-1-contact-report-covering
-- The dashboard sums the previous and the current month from the contacts themselves (the live months): their city,
-- headcount, language-line use, the needs they raised (by id) and the languages and groups they reached. With those in
-- an index by date, the three live statements read no table row (measured by the benchmark at a million contacts).
CREATE INDEX contact_report_idx ON contact (occurred_at)
    INCLUDE (city_id, id, headcount, language_line_used, language_ids, group_ids);
--rollback DROP INDEX contact_report_idx;

--changeset jcpp:0027-2-need-resolved-closed
-- Needs resolved in the live months of all of a user's cities: by date first, so that twenty cities are one range
-- (need_city_closed_idx, city first, is read nearly whole for a list of every city).
CREATE INDEX need_resolved_closed_idx ON need (closed_at) INCLUDE (city_id, created_at) WHERE status = 'RESOLVED';
--rollback DROP INDEX need_resolved_closed_idx;
