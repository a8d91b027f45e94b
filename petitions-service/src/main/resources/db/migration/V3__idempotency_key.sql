-- Idempotency-Key (POST /api/v1/petitions): one row per caller and key, written in the same
-- transaction as the petition it created. The primary key decides between concurrent duplicates:
-- the second insert waits for the first transaction and then finds its row (and its answer).
-- Nothing here is petition-specific, so the table can move to db/chassis when other endpoints need it.
create table idempotency_key (
    caller            varchar(255) not null,  -- the token subject (user or client service account)
    key               varchar(128) not null,  -- the client's Idempotency-Key, 1-128 visible ASCII characters
    request_hash      char(64)     not null,  -- SHA-256 (hex) of the operation and the request as read
    resource_id       uuid,                   -- what the first request created (the petition)
    response_status   integer,
    response_location varchar(500),
    response_body     text,                   -- the first answer, replayed byte for byte
    created_at        timestamptz  not null default now(),
    primary key (caller, key)
);
-- the hourly purge of keys older than 24 hours
create index idempotency_key_created_at on idempotency_key (created_at);
