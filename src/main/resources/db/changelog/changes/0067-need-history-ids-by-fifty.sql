--liquibase formatted sql

--changeset jcpp:0067-1-need-history-ids-by-fifty
-- A need's history entries (NeedEvent) take their ids fifty at a time too, as the records did in 0066: each entry's id
-- came from its identity column, which made Hibernate insert it at once, and before it the need and its contact, so a
-- save of many contacts with needs (an import) sent their inserts one by one. The history is read in the order of its
-- entries' times (then ids, within one node's block in the order they were made), never of ids alone.
ALTER SEQUENCE need_event_id_seq INCREMENT BY 50;
--rollback ALTER SEQUENCE need_event_id_seq INCREMENT BY 1;
