--liquibase formatted sql

--changeset jcpp:0045-1-contact-interpreter-idx
-- The dashboard's interpreters by how they were provided: the contacts that had one, by time, with their city and way
-- of providing, read index-only (a fraction of the contacts; measured in the benchmark's dashboard row).
CREATE INDEX contact_interpreter_idx ON contact (occurred_at) INCLUDE (city_id, interpreter_mode)
    WHERE interpreter_use = 'USED';
--rollback DROP INDEX contact_interpreter_idx;

--changeset jcpp:0045-2-need-event-interpreter-idx
CREATE INDEX need_event_interpreter_idx ON need_event (at) WHERE what = 'INTERPRETER';
--rollback DROP INDEX need_event_interpreter_idx;
