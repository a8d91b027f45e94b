-- Issue 19.2 and 19.3: the change feed and webhook deliveries (docs/programs.md "Change feed and webhooks").

-- Every event of the three topics once (by CloudEvent id), stripped of identity fields; seq is the
-- feed's position (the cursor). Appended under one advisory lock, so positions commit in order.
create table change_event (
    seq           bigserial primary key,
    event_id      text        not null unique,
    topic         text        not null,
    type          text        not null,
    subject       text,
    unit_path     text,
    intake_client text,
    event         jsonb       not null,
    recorded_at   timestamptz not null default now()
);
create index change_event_unit on change_event (unit_path text_pattern_ops, seq);
create index change_event_client on change_event (intake_client, seq) where intake_client is not null;

-- The integration client (IntakeClients.ref) that submitted an aggregate, from its petition.received:
-- the aggregate's later events belong to the same client.
create table change_aggregate_client (
    aggregate_id text primary key,
    client       text not null
);

create table webhook_subscription (
    id            uuid primary key,
    owner         text        not null,
    scope_unit    text,
    scope_client  text,
    target_url    text        not null,
    event_types   text[]      not null,
    secret_cipher text        not null,
    created_at    timestamptz not null,
    constraint webhook_subscription_one_scope check ((scope_unit is null) <> (scope_client is null))
);
create index webhook_subscription_owner on webhook_subscription (owner);

create table webhook_delivery (
    id              uuid primary key,
    subscription_id uuid        not null references webhook_subscription (id) on delete cascade,
    change_seq      bigint      not null references change_event (seq),
    status          text        not null check (status in ('PENDING', 'DELIVERED', 'PARKED')),
    attempts        int         not null default 0,
    queued_at       timestamptz not null,
    next_attempt_at timestamptz not null,
    last_attempt_at timestamptz,
    last_status     int,
    last_error      text,
    delivered_at    timestamptz,
    unique (subscription_id, change_seq)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_parked on webhook_delivery (subscription_id, queued_at) where status = 'PARKED';
