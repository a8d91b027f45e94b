-- Idempotency-Key on every state-changing request of programs-service (issue 19.6): the chassis'
-- IdempotencyKeys and IdempotentInterceptor, whose table every service that uses them holds with this
-- definition (petitions V3, inspections V11). Numbered after V60_3 so that a database already at V60_3
-- takes it in order; the runtime role's rights come from V60's default privileges.
create table idempotency_key (
    caller            varchar(255) not null,  -- the token subject (user or client service account)
    key               varchar(128) not null,  -- the client's Idempotency-Key, 1-128 visible ASCII characters
    request_hash      char(64)     not null,  -- SHA-256 (hex) of the method, the path and the request body
    resource_id       uuid,                   -- the resource the first request changed or created, when a UUID
    response_status   integer,
    response_location varchar(500),
    response_body     text,                   -- the first answer, replayed byte for byte
    created_at        timestamptz  not null default now(),
    primary key (caller, key)
);
-- the chassis' Retention deletes keys after two days
create index idempotency_key_created_at on idempotency_key (created_at);
