--liquibase formatted sql

--changeset jcpp:0013-1-need-referral-partner-idx
-- a partner organisation's page lists the needs referred to it
CREATE INDEX need_referral_partner_idx ON need (referral_partner_id, id DESC) WHERE referral_partner_id IS NOT NULL;
--rollback DROP INDEX need_referral_partner_idx;
