-- Idempotent consumer: one row per (consumer, event id), committed with the event's effect.
create table processed_event (
    consumer     varchar(64) not null,
    event_id     varchar(64) not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
