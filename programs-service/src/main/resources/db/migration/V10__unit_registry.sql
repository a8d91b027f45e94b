-- The unit registry (docs/programs.md "Unit registry"): programs-service owns it; petitions- and
-- inspections-service keep a copy from its unit.* events. Seeded at start from the chassis'
-- units/hanoi-units.csv (rows the table lacks), so every copy starts from the same reference data.
create table unit_registry (
    path        text primary key,
    name        text        not null,
    level       text        not null check (level in ('CITY', 'DISTRICT', 'COMMUNE')),
    bodies      text        not null default '',
    parent_path text,
    valid_from  date,
    valid_to    date,
    successors  text        not null default '',
    source      text,
    version     bigint      not null default 1,
    updated_at  timestamptz not null default now(),
    check (valid_to is null or valid_from is null or valid_to >= valid_from)
);
create index unit_registry_parent on unit_registry (parent_path);
