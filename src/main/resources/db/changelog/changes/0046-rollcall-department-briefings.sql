--liquibase formatted sql

--changeset jcpp:0046-1-roll-call-briefing-department-idx
-- A department's briefings in a span of days (the interpreter line's time line marks its language-access briefings):
-- measured in the benchmark's "Interpreter line: a department's 24-month time line" row.
CREATE INDEX roll_call_briefing_department_idx ON roll_call_briefing (department_id, briefed_on);
--rollback DROP INDEX roll_call_briefing_department_idx;

--changeset jcpp:0046-2-contact-vacuum runInTransaction:false
-- 0043 rewrote the contacts that had an interpreter: a database with many of them would read its contact counts from
-- the heap (the visibility map cleared) until autovacuum came by. Vacuumed once, right after the change.
VACUUM (ANALYZE) contact;
--rollback SELECT 1;
