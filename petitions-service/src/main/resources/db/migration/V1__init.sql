-- petitions-service schema; the chassis tables (outbox, processed_event, audit_log) come from db/chassis.

-- Accent-insensitive Vietnamese matching: unaccent folds "Đất đai" to "dat dai", pg_trgm indexes it.
create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is only STABLE; an IMMUTABLE wrapper with an explicit dictionary can back a generated
-- column and an index.
create or replace function f_unaccent(text) returns text
    language sql immutable parallel safe strict
as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

-- Per-year holiday table (Tết and other lunar holidays are not computable from a solar list).
-- kind HOLIDAY = a day off; WORKDAY = a compensating working day (usually a Saturday).
create table calendar_day (
    day        date primary key,
    year       integer      not null,
    kind       varchar(16)  not null check (kind in ('HOLIDAY', 'WORKDAY')),
    name       varchar(200) not null
);
create index calendar_day_year on calendar_day (year);

-- Statutory time limits as data.
create table deadline_rule (
    id             bigserial primary key,
    kind           varchar(32)  not null,
    instance       integer      not null check (instance in (1, 2)),
    phase          varchar(16)  not null check (phase in ('ACCEPTANCE', 'RESOLUTION')),
    complexity     varchar(32)  not null check (complexity in ('NORMAL', 'COMPLEX', 'ESPECIALLY_COMPLEX')),
    remote_area    boolean      not null,
    days           integer      not null check (days between 1 and 365),
    count_unit     varchar(16)  not null check (count_unit in ('WORKING_DAYS', 'CALENDAR_DAYS')),
    max_extensions integer      not null default 0 check (max_extensions between 0 and 5),
    extension_days integer      not null default 0 check (extension_days between 0 and 365),
    legal_basis    varchar(300) not null,
    unique (kind, instance, phase, complexity, remote_area)
);

-- unit-year-sequence numbering, one row per unit and year; the row lock serialises numbering.
create table petition_number_sequence (
    unit_path varchar(64) not null,
    year      integer     not null,
    last      integer     not null,
    primary key (unit_path, year)
);

create table petition (
    id                     uuid primary key,
    number                 varchar(64)   not null unique,
    unit_path              varchar(64)   not null,
    received_date          date          not null,
    channel                varchar(32)   not null,
    kind                   varchar(32)   not null,
    status                 varchar(32)   not null,
    instance               integer       not null default 1,
    domains                varchar(32)[] not null,
    subject_kind           varchar(32)   not null,
    subject_description    varchar(1000) not null,
    subject_unit           varchar(300),
    content                text          not null,
    anonymous              boolean       not null default false,
    receipt_hash           varchar(64) unique,
    submitted_by           varchar(128),
    submitter_role         varchar(32)   not null,
    petitioner_count       integer       not null default 0,
    complexity             varchar(32)   not null default 'NORMAL',
    remote_area            boolean       not null default false,
    acceptance_due_date    date,
    accepted_date          date,
    resolution_due_date    date,
    extensions_used        integer       not null default 0,
    next_deadline          varchar(16),
    next_due_date          date,
    outcome                varchar(32),
    on_time                boolean,
    resolved_date          date,
    last_effective_date    date          not null,
    duplicate_of           uuid references petition (id),
    repeat_of              uuid references petition (id),
    register_complex       boolean       not null default false,
    register_prolonged     boolean       not null default false,
    register_crowded       boolean       not null default false,
    register_reasons       varchar(2000),
    register_date          date,
    corruption_flagged     boolean       not null default false,
    corruption_summary     varchar(2000),
    flagged_date           date,
    flagged_by             varchar(128),
    conclusion_reference   varchar(200),
    concluded_date         date,
    created_at             timestamptz   not null,
    version                integer       not null default 0,
    search_text            text generated always as
        (f_unaccent(lower(subject_description || ' ' || coalesce(subject_unit, '') || ' ' || content))) stored
);
create index petition_unit on petition (unit_path varchar_pattern_ops, received_date);
create index petition_status on petition (status);
create index petition_due on petition (next_due_date) where next_due_date is not null;
create index petition_submitter on petition (submitted_by) where submitted_by is not null;
create index petition_search_trgm on petition using gin (search_text gin_trgm_ops);
create index petition_domains on petition using gin (domains);

-- Petitioners. Identity fields are AES-GCM ciphertext "keyId:base64(iv|ciphertext|tag)"; the
-- fingerprint is a keyed HMAC of the normalised name and ID number, used only to match repeats.
create table petitioner (
    id              uuid primary key,
    petition_id     uuid        not null references petition (id),
    position        integer     not null,
    representative  boolean     not null,
    name_enc        text        not null,
    id_number_enc   text,
    address_enc     text,
    phone_enc       text,
    email_enc       text,
    fingerprint     varchar(64) not null
);
create index petitioner_petition on petitioner (petition_id);
create index petitioner_fingerprint on petitioner (fingerprint);

create table attachment (
    id           uuid primary key,
    petition_id  uuid         not null references petition (id),
    name         varchar(255) not null,
    content_type varchar(100) not null,
    size         bigint       not null,
    sha256       varchar(64)  not null,
    content      bytea        not null,
    added_by     varchar(128) not null,
    added_at     timestamptz  not null
);
create index attachment_petition on attachment (petition_id);

-- Every transition: who, when (business date and clock time), which document.
create table petition_transition (
    id                 uuid primary key,
    petition_id        uuid         not null references petition (id),
    seq                integer      not null,
    action             varchar(32)  not null,
    from_status        varchar(32),
    to_status          varchar(32)  not null,
    effective_date     date         not null,
    document_reference varchar(100),
    note               varchar(2000),
    actor              varchar(128) not null,
    recorded_at        timestamptz  not null,
    unique (petition_id, seq)
);
create index petition_transition_date on petition_transition (petition_id, effective_date);

-- Information an anonymous submitter adds later with the receipt code, or an official appends.
create table petition_addition (
    id          uuid primary key,
    petition_id uuid          not null references petition (id),
    content     varchar(5000) not null,
    added_at    timestamptz   not null,
    added_by    varchar(128)  not null
);

-- Exactly-once deadline notices: one row per petition, deadline and threshold.
create table deadline_notice (
    petition_id uuid        not null references petition (id),
    deadline    varchar(16) not null,
    threshold   varchar(16) not null,
    due_date    date        not null,
    sent_at     timestamptz not null,
    primary key (petition_id, deadline, threshold)
);

create table reception_visit (
    id                 uuid primary key,
    unit_path          varchar(64)   not null,
    visit_at           timestamp     not null,
    visit_date         date          not null,
    place              varchar(300)  not null,
    kind               varchar(32)   not null,
    receiving_official varchar(200)  not null,
    leader_present     varchar(200),
    people             integer       not null check (people >= 1),
    group_visit        boolean       not null,
    summary            varchar(4000) not null,
    outcome            varchar(32)   not null,
    recorded_by        varchar(128)  not null,
    created_at         timestamptz   not null
);
create index reception_visit_unit on reception_visit (unit_path varchar_pattern_ops, visit_date);

create table reception_visit_petition (
    visit_id    uuid not null references reception_visit (id),
    petition_id uuid not null references petition (id),
    primary key (visit_id, petition_id)
);
