-- Transactional outbox: written in the same transaction as the state change, published by the relay.
create table outbox (
    seq            bigserial primary key,
    id             uuid        not null unique,
    aggregate_type varchar(64) not null,
    aggregate_id   varchar(64) not null,
    event_type     varchar(96) not null,
    payload        jsonb       not null,
    created_at     timestamptz not null,
    sent_at        timestamptz,
    attempts       integer     not null default 0,
    next_attempt_at timestamptz,
    last_error     varchar(500)
);
create index outbox_unsent on outbox (seq) where sent_at is null;
create index outbox_unsent_aggregate on outbox (aggregate_id, seq) where sent_at is null;
