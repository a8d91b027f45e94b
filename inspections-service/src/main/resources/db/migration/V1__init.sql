-- inspections-service schema; the chassis tables (outbox, processed_event, audit_log) come from db/chassis.

-- Subjects: party organisations (tổ chức đảng) and party members (đảng viên).
create table party_organisation (
    id          uuid primary key,
    code        varchar(64)  not null unique,
    name        varchar(300) not null,
    kind        varchar(32)  not null,
    parent_id   uuid references party_organisation (id),
    unit_path   varchar(128) not null,
    created_at  timestamptz  not null,
    created_by  varchar(128) not null
);
create index party_organisation_unit on party_organisation (unit_path);

create table party_member (
    id              uuid primary key,
    code            varchar(64)  not null unique,
    full_name       varchar(200) not null,
    organisation_id uuid         not null references party_organisation (id),
    position        varchar(200),
    cadre_category  varchar(32)  not null,
    unit_path       varchar(128) not null,
    created_at      timestamptz  not null,
    created_by      varchar(128) not null
);
create index party_member_unit on party_member (unit_path);
create index party_member_organisation on party_member (organisation_id);

-- Declared relations between members (family, business ...): used by the conflict-of-interest rule.
create table member_relation (
    member_id         uuid        not null references party_member (id),
    related_member_id uuid        not null references party_member (id),
    relation          varchar(64) not null,
    primary key (member_id, related_member_id)
);

-- Yearly plans and their planned items.
create table inspection_plan (
    id         uuid primary key,
    unit_path  varchar(128) not null,
    plan_year  integer      not null,
    title      varchar(300) not null,
    created_at timestamptz  not null,
    created_by varchar(128) not null
);
create index inspection_plan_unit on inspection_plan (unit_path);

create table plan_item (
    id          uuid primary key,
    plan_id     uuid         not null references inspection_plan (id),
    kind        varchar(16)  not null,
    description varchar(1000) not null,
    planned_quarter integer
);
create index plan_item_plan on plan_item (plan_id);

-- Leads (đầu mối) from petitions flagged with corruption signs.
create table lead (
    id              uuid primary key,
    event_id        varchar(64)  not null unique,
    petition_id     varchar(64)  not null,
    petition_number varchar(64),
    petition_kind   varchar(32),
    domains         varchar(500),
    summary         varchar(4000),
    flagged_date    date,
    unit_path       varchar(128) not null,
    status          varchar(16)  not null,
    team_id         uuid,
    dismiss_reason  varchar(2000),
    decided_by      varchar(128),
    received_at     timestamptz  not null,
    version         integer      not null default 0
);
create index lead_unit on lead (unit_path, status);

-- Teams (đoàn kiểm tra / đoàn giám sát) and their lifecycle.
create table team (
    id                   uuid primary key,
    unit_path            varchar(128) not null,
    kind                 varchar(16)  not null,
    basis                varchar(32)  not null,
    initiating_level     varchar(40)  not null,
    status               varchar(16)  not null,
    decision_number      varchar(64),
    decision_date        date,
    period_from          date,
    period_to            date,
    leader_member_id     uuid         not null references party_member (id),
    plan_item_id         uuid references plan_item (id),
    lead_id              uuid references lead (id),
    petition_id          varchar(64),
    started_date         date,
    concluded_date       date,
    conclusion_reference varchar(64),
    for_publication      boolean      not null default false,
    decision_public      boolean      not null default false,
    public_summary       varchar(4000),
    published_date       date,
    created_at           timestamptz  not null,
    created_by           varchar(128) not null,
    version              integer      not null default 0
);
create index team_unit_date on team (unit_path, decision_date);
create index team_published on team (status, published_date);

create table team_domain (
    team_id uuid        not null references team (id),
    domain  varchar(32) not null,
    primary key (team_id, domain)
);

create table team_staff (
    team_id   uuid not null references team (id),
    member_id uuid not null references party_member (id),
    primary key (team_id, member_id)
);

create table team_target (
    id                         uuid primary key,
    team_id                    uuid        not null references team (id),
    target_type                varchar(16) not null,
    organisation_id            uuid references party_organisation (id),
    member_id                  uuid references party_member (id),
    organisation_kind          varchar(32),
    standing_committee_managed boolean,
    findings                   varchar(8000),
    violation                  varchar(16),
    discipline                 varchar(16),
    constraint team_target_one_subject check ((organisation_id is null) <> (member_id is null))
);
create index team_target_team on team_target (team_id);

-- Recommendations (kiến nghị) of conclusions and their follow-up.
create table recommendation (
    id                   uuid primary key,
    team_id              uuid          not null references team (id),
    target_id            uuid references team_target (id),
    unit_path            varchar(128)  not null,
    text                 varchar(2000) not null,
    owner_unit           varchar(128)  not null,
    due_date             date          not null,
    status               varchar(32)   not null,
    status_date          date          not null,
    overdue_announced_at timestamptz,
    version              integer       not null default 0
);
create index recommendation_unit on recommendation (unit_path, status);
create index recommendation_owner on recommendation (owner_unit, status);

create table recommendation_update (
    id                uuid primary key,
    recommendation_id uuid          not null references recommendation (id),
    update_date       date          not null,
    status            varchar(32)   not null,
    note              varchar(4000),
    evidence          varchar(1000),
    recorded_by       varchar(128)  not null,
    recorded_at       timestamptz   not null
);
create index recommendation_update_rec on recommendation_update (recommendation_id);
