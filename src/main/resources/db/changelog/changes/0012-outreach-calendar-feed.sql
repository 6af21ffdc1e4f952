--liquibase formatted sql

--changeset jcpp:0012-1-calendar-feed
-- one secret calendar link per account; only a hash of the secret is kept, so a leaked database does not leak links
CREATE TABLE calendar_feed (
    account_id  BIGINT      PRIMARY KEY REFERENCES user_account (id),
    token_hash  VARCHAR(64) NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT calendar_feed_token_uk UNIQUE (token_hash)
);
--rollback DROP TABLE calendar_feed;
