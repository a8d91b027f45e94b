-- Report at scale (docs/programs.md "Report at scale"): with 1,000,000 petitions and 100,000
-- inspection occurrences, the V1 report read every fact row of the unit subtree and period — for the
-- whole city that is the whole table (0.2–0.4 s of SQL on a quiet 2-core machine, up to 1.9 s under
-- load). This migration adds
--   1. per-month pre-aggregates kept by statement-level triggers on the fact tables, in the same
--      transaction as the fact rows (so in the consumers' batch transaction, and for any bulk load):
--      one row per unit *and every unit above it* (01, 01.021, 01.021.00611) and month, so a unit's
--      report reads O(months) rows by primary key whatever the size of its subtree;
--   2. for distinct organisations, which cannot be summed month by month: each organisation's
--      decision dates, and per month how many organisations were first / last targeted and the gaps
--      between their months, so the count for any months is O(months) and exact;
--   3. covering indexes for the day-level parts (the partial first and last month of a period that
--      does not start on the 1st or end on a month's last day), read by index-only scans: led by the
--      unit for a district or ward, led by the date for the whole city.
-- Every figure still follows docs/contracts.md exactly: a month row is a count of fact rows, never an
-- estimate, and the triggers apply the difference between the old and the new row, so an idempotent
-- upsert that changes nothing changes no aggregate (no double count on redelivery).
--
-- Writers: the consumers' batches and bench/scale/generate.sh take pg_advisory_xact_lock(hashtext(
-- 'rm_petition')) or hashtext('rm_team') first; the triggers take the same lock, so whatever the
-- writer, two transactions never update the hot city rows in opposite orders (deadlock) nor
-- recompute one organisation's dates concurrently.

-- The unit and every unit above it: '01.021.00611' -> {01, 01.021, 01.021.00611}.
create function rm_unit_and_ancestors(path varchar) returns varchar[] language sql immutable strict parallel safe
as $$
    select array(select array_to_string((string_to_array(path, '.'))[1:n], '.')
                 from generate_series(1, cardinality(string_to_array(path, '.'))) n order by n)
$$;

-- ---------------------------------------------------------------------------------------------
-- Petitions. received = Σ cells of the received months; settled (settled_date <= to) = Σ cells whose
-- settled month is before the month of `to` (or is it, when `to` ends its month) + the day-level
-- rest; 'infinity' = not settled. Rows without a received date (a transition read before its
-- petition.received) count nowhere, as in V1.
-- ---------------------------------------------------------------------------------------------
create table rm_petition_month (
    unit_path      varchar(64) not null,
    received_month date        not null,
    settled_month  date        not null,
    petitions      bigint      not null,
    primary key (unit_path, received_month, settled_month)
);

create table rm_petition_flagged_month (
    unit_path     varchar(64) not null,
    flagged_month date        not null,
    petitions     bigint      not null,
    primary key (unit_path, flagged_month)
);

create function rm_petition_aggregate() returns trigger language plpgsql as $$
begin
    perform pg_advisory_xact_lock(hashtext('rm_petition'));
    -- One static statement per operation (INSERT sees only new_rows, DELETE only old_rows): plans
    -- stay cached, which matters at one trigger call per consumed event.
    if tg_op = 'INSERT' then
        insert into rm_petition_month as m (unit_path, received_month, settled_month, petitions)
        select a.unit, date_trunc('month', d.received_date)::date,
               coalesce(date_trunc('month', d.settled_date)::date, 'infinity'), count(*)
        from new_rows d cross join unnest(rm_unit_and_ancestors(d.unit_path)) a(unit)
        where d.received_date is not null
        group by 1, 2, 3 order by 1, 2, 3
        on conflict (unit_path, received_month, settled_month) do update set petitions = m.petitions + excluded.petitions;
        insert into rm_petition_flagged_month as m (unit_path, flagged_month, petitions)
        select a.unit, date_trunc('month', d.flagged_date)::date, count(*)
        from new_rows d cross join unnest(rm_unit_and_ancestors(d.unit_path)) a(unit)
        where d.flagged_date is not null
        group by 1, 2 order by 1, 2
        on conflict (unit_path, flagged_month) do update set petitions = m.petitions + excluded.petitions;
    elsif tg_op = 'UPDATE' then
        insert into rm_petition_month as m (unit_path, received_month, settled_month, petitions)
        select a.unit, date_trunc('month', d.received_date)::date,
               coalesce(date_trunc('month', d.settled_date)::date, 'infinity'), sum(d.n)
        from (select unit_path, received_date, settled_date, -1 as n from old_rows
              union all select unit_path, received_date, settled_date, 1 from new_rows) d
             cross join unnest(rm_unit_and_ancestors(d.unit_path)) a(unit)
        where d.received_date is not null
        group by 1, 2, 3 having sum(d.n) <> 0 order by 1, 2, 3
        on conflict (unit_path, received_month, settled_month) do update set petitions = m.petitions + excluded.petitions;
        insert into rm_petition_flagged_month as m (unit_path, flagged_month, petitions)
        select a.unit, date_trunc('month', d.flagged_date)::date, sum(d.n)
        from (select unit_path, flagged_date, -1 as n from old_rows
              union all select unit_path, flagged_date, 1 from new_rows) d
             cross join unnest(rm_unit_and_ancestors(d.unit_path)) a(unit)
        where d.flagged_date is not null
        group by 1, 2 having sum(d.n) <> 0 order by 1, 2
        on conflict (unit_path, flagged_month) do update set petitions = m.petitions + excluded.petitions;
    else
        insert into rm_petition_month as m (unit_path, received_month, settled_month, petitions)
        select a.unit, date_trunc('month', d.received_date)::date,
               coalesce(date_trunc('month', d.settled_date)::date, 'infinity'), -count(*)
        from old_rows d cross join unnest(rm_unit_and_ancestors(d.unit_path)) a(unit)
        where d.received_date is not null
        group by 1, 2, 3 order by 1, 2, 3
        on conflict (unit_path, received_month, settled_month) do update set petitions = m.petitions + excluded.petitions;
        insert into rm_petition_flagged_month as m (unit_path, flagged_month, petitions)
        select a.unit, date_trunc('month', d.flagged_date)::date, -count(*)
        from old_rows d cross join unnest(rm_unit_and_ancestors(d.unit_path)) a(unit)
        where d.flagged_date is not null
        group by 1, 2 order by 1, 2
        on conflict (unit_path, flagged_month) do update set petitions = m.petitions + excluded.petitions;
    end if;
    return null;
end $$;

create trigger rm_petition_aggregate_insert after insert on rm_petition
    referencing new table as new_rows for each statement execute function rm_petition_aggregate();
create trigger rm_petition_aggregate_update after update on rm_petition
    referencing old table as old_rows new table as new_rows for each statement execute function rm_petition_aggregate();
create trigger rm_petition_aggregate_delete after delete on rm_petition
    referencing old table as old_rows for each statement execute function rm_petition_aggregate();

-- Day-level parts: index-only scans led by the unit (a district: its own rows only) or by the date
-- (the city: every row matches the unit, so the date range is what bounds the scan).
drop index rm_petition_unit_received;
create index rm_petition_unit_received on rm_petition (unit_path text_pattern_ops, received_date) include (settled_date);
create index rm_petition_received on rm_petition (received_date) include (unit_path, settled_date);
create index rm_petition_settled on rm_petition (settled_date) include (unit_path, received_date)
    where settled_date is not null;
create index rm_petition_flagged on rm_petition (flagged_date) include (unit_path) where flagged_date is not null;

-- ---------------------------------------------------------------------------------------------
-- Reception visits: visits, person-visits, group visits per unit and month.
-- ---------------------------------------------------------------------------------------------
create table rm_reception_visit_month (
    unit_path    varchar(64) not null,
    visit_month  date        not null,
    visits       bigint      not null,
    people       bigint      not null,
    group_visits bigint      not null,
    primary key (unit_path, visit_month)
);

create function rm_reception_visit_aggregate() returns trigger language plpgsql as $$
begin
    perform pg_advisory_xact_lock(hashtext('rm_petition'));
    if tg_op = 'INSERT' then
        insert into rm_reception_visit_month as m (unit_path, visit_month, visits, people, group_visits)
        select a.unit, date_trunc('month', d.visit_date)::date, count(*), sum(d.people), count(*) filter (where d.group_visit)
        from new_rows d cross join unnest(rm_unit_and_ancestors(d.unit_path)) a(unit)
        group by 1, 2 order by 1, 2
        on conflict (unit_path, visit_month) do update set visits = m.visits + excluded.visits,
            people = m.people + excluded.people, group_visits = m.group_visits + excluded.group_visits;
    elsif tg_op = 'UPDATE' then
        insert into rm_reception_visit_month as m (unit_path, visit_month, visits, people, group_visits)
        select a.unit, date_trunc('month', d.visit_date)::date, sum(d.n), sum(d.n * d.people),
               sum(d.n) filter (where d.group_visit)
        from (select unit_path, visit_date, people, group_visit, -1 as n from old_rows
              union all select unit_path, visit_date, people, group_visit, 1 from new_rows) d
             cross join unnest(rm_unit_and_ancestors(d.unit_path)) a(unit)
        group by 1, 2
        having sum(d.n) <> 0 or sum(d.n * d.people) <> 0 or coalesce(sum(d.n) filter (where d.group_visit), 0) <> 0
        order by 1, 2
        on conflict (unit_path, visit_month) do update set visits = m.visits + excluded.visits,
            people = m.people + excluded.people, group_visits = m.group_visits + coalesce(excluded.group_visits, 0);
    else
        insert into rm_reception_visit_month as m (unit_path, visit_month, visits, people, group_visits)
        select a.unit, date_trunc('month', d.visit_date)::date, -count(*), -sum(d.people),
               -count(*) filter (where d.group_visit)
        from old_rows d cross join unnest(rm_unit_and_ancestors(d.unit_path)) a(unit)
        group by 1, 2 order by 1, 2
        on conflict (unit_path, visit_month) do update set visits = m.visits + excluded.visits,
            people = m.people + excluded.people, group_visits = m.group_visits + excluded.group_visits;
    end if;
    return null;
end $$;

create trigger rm_reception_visit_aggregate_insert after insert on rm_reception_visit
    referencing new table as new_rows for each statement execute function rm_reception_visit_aggregate();
create trigger rm_reception_visit_aggregate_update after update on rm_reception_visit
    referencing old table as old_rows new table as new_rows for each statement execute function rm_reception_visit_aggregate();
create trigger rm_reception_visit_aggregate_delete after delete on rm_reception_visit
    referencing old table as old_rows for each statement execute function rm_reception_visit_aggregate();

drop index rm_visit_unit_date;
create index rm_visit_unit_date on rm_reception_visit (unit_path text_pattern_ops, visit_date) include (people, group_visit);
create index rm_visit_date on rm_reception_visit (visit_date) include (unit_path, people, group_visit);

-- ---------------------------------------------------------------------------------------------
-- Teams and their targets (occurrences, lượt) per unit, decision month, initiating level, kind and
-- whether it is an inspection on signs of violation; organisations' decision dates for the distinct
-- counts. A team's attributes never change once decided (team.decided inserts it once,
-- team.concluded only sets concluded_date); the triggers still follow any change exactly.
-- ---------------------------------------------------------------------------------------------
create table rm_team_month (
    unit_path          varchar(64) not null,
    decision_month     date        not null,
    initiating_level   varchar(40) not null,
    kind               varchar(16) not null,
    signs_of_violation boolean     not null,
    teams              bigint      not null,
    primary key (unit_path, decision_month, initiating_level, kind, signs_of_violation)
);

create table rm_team_target_month (
    unit_path                  varchar(64) not null,
    decision_month             date        not null,
    initiating_level           varchar(40) not null,
    kind                       varchar(16) not null,
    signs_of_violation         boolean     not null,
    target_type                varchar(16) not null,
    organisation_kind          varchar(40) not null, -- '' when the event gave none
    occurrences                bigint      not null,
    standing_committee_managed bigint      not null,
    primary key (unit_path, decision_month, initiating_level, kind, signs_of_violation, target_type, organisation_kind)
);

-- Distinct organisations (how many different organisations the teams of a unit subtree, level and
-- kind targeted in [from, to], per organisation kind and over all kinds) cannot be summed month by
-- month. Two tables answer them exactly:
--
-- rm_organisation_subject: one row per (unit or unit above, level, kind, organisation kind,
-- organisation) with the decision dates of the teams that targeted it. all_kinds rows hold the dates
-- over every kind and exist only for an organisation recorded under several kinds; otherwise its one
-- row is marked sole_kind and stands for both. Kept by rebuilding an organisation's rows from the
-- fact tables whenever one of its targets changes (an organisation has a handful of occurrences).
--
-- rm_organisation_month: per (unit, level, kind, scope 'K' per kind / 'A' over all kinds, kind) and
-- month, from the set of months M in which each organisation was targeted: firsts = organisations
-- whose first month is this one, lasts = whose last month is this one, gaps[k] = organisations
-- targeted in this month and next targeted k months later. For the months mf..mt of a period, the
-- organisations targeted in them are all of them (Σ firsts) minus those last targeted before mf,
-- minus those first targeted after mt, minus those with a gap from before mf to after mt: O(months)
-- rows whatever the number of organisations. When the period starts or ends mid-month, the
-- organisations targeted on the days of those months outside the period (found from the teams of
-- these days) are checked day by day in rm_organisation_subject (see ReportService).
create table rm_organisation_subject (
    unit_path         varchar(64)      not null,
    initiating_level  varchar(40)      not null,
    kind              varchar(16)      not null,
    all_kinds         boolean          not null,
    organisation_kind varchar(40)      not null, -- '' when none given, and on all_kinds rows
    subject_id        varchar(64)      not null,
    decision_dates    datemultirange   not null,
    sole_kind         boolean          not null,
    primary key (unit_path, initiating_level, kind, organisation_kind, all_kinds, subject_id)
);
-- An organisation's rows, for its rebuild and, index-only, for the day-by-day check of the report.
create index rm_organisation_subject_subject on rm_organisation_subject (subject_id, initiating_level, kind, unit_path)
    include (organisation_kind, all_kinds, sole_kind, decision_dates);

create table rm_organisation_month (
    unit_path         varchar(64) not null,
    initiating_level  varchar(40) not null,
    kind              varchar(16) not null,
    scope             char(1)     not null, -- K: per organisation kind, A: over all kinds
    organisation_kind varchar(40) not null, -- '' for scope A and when none given
    month             date        not null,
    firsts            bigint      not null,
    lasts             bigint      not null,
    gaps              int[]       not null,
    primary key (unit_path, initiating_level, kind, scope, organisation_kind, month)
);

-- Months since year 0: month arithmetic on month starts.
create function rm_month_index(d date) returns int language sql immutable strict parallel safe
as $$ select (extract(year from d) * 12 + extract(month from d) - 1)::int $$;

-- Element-wise sum of two count vectors of any lengths, and its aggregate.
create function rm_vector_add(a int[], b int[]) returns int[] language sql immutable strict parallel safe
as $$
    select coalesce(array_agg(coalesce(a[i], 0) + coalesce(b[i], 0) order by i), '{}')
    from generate_series(1, greatest(cardinality(a), cardinality(b))) i
$$;
create aggregate rm_vector_sum(int[]) (sfunc = rm_vector_add, stype = int[], initcond = '{}');

-- Σ a[from_index…]: the organisations whose gap ends after the period (index ≤ 1: all of them).
create function rm_tail_sum(a int[], from_index int) returns bigint language sql immutable strict parallel safe
as $$ select coalesce(sum(x), 0) from unnest(a[greatest(from_index, 1):]) x $$;

-- Adds (sign 1) or removes (sign -1) the month figures of the organisations' current rows.
create function rm_organisation_month_apply(subjects varchar[], levels varchar[], kinds varchar[], sign int)
returns void language plpgsql as $$
begin
    with a as (
        select distinct subject_id, initiating_level, kind
        from unnest(subjects, levels, kinds) a(subject_id, initiating_level, kind)
    ), series as (
        select s.unit_path, s.initiating_level, s.kind, c.scope,
               case c.scope when 'A' then '' else s.organisation_kind end as organisation_kind, s.subject_id,
               s.decision_dates
        from a join rm_organisation_subject s
             on s.subject_id = a.subject_id and s.initiating_level = a.initiating_level and s.kind = a.kind
        cross join (values ('K'), ('A')) c(scope)
        where (c.scope = 'K' and not s.all_kinds) or (c.scope = 'A' and (s.all_kinds or s.sole_kind))
    ), months as (
        select distinct x.unit_path, x.initiating_level, x.kind, x.scope, x.organisation_kind, x.subject_id,
               date_trunc('month', d)::date as month
        from series x cross join unnest(x.decision_dates) r
             cross join generate_series(lower(r), upper(r) - 1, interval '1 day') d
    ), marked as (
        select m.*, m.month = min(m.month) over w as is_first, m.month = max(m.month) over w as is_last,
               rm_month_index(lead(m.month) over (w order by m.month)) - rm_month_index(m.month) as gap
        from months m
        window w as (partition by m.unit_path, m.initiating_level, m.kind, m.scope, m.organisation_kind, m.subject_id)
    )
    insert into rm_organisation_month as o (unit_path, initiating_level, kind, scope, organisation_kind, month,
                                            firsts, lasts, gaps)
    select unit_path, initiating_level, kind, scope, organisation_kind, month,
           sign * count(*) filter (where is_first), sign * count(*) filter (where is_last),
           rm_vector_sum(case when gap is not null then array_fill(0, array[gap - 1]) || sign end)
    from marked
    group by 1, 2, 3, 4, 5, 6 order by 1, 2, 3, 4, 5, 6
    on conflict (unit_path, initiating_level, kind, scope, organisation_kind, month)
    do update set firsts = o.firsts + excluded.firsts, lasts = o.lasts + excluded.lasts,
                  gaps = rm_vector_add(o.gaps, excluded.gaps);
end $$;

-- Rebuilds the rows of the given organisations (subject, level, kind) from the fact tables, taking
-- their month figures out first and putting the new ones in after. The new rows reuse the keys of
-- the deleted ones, hence separate statements; PL/pgSQL so that their plans are cached.
create function rm_organisation_subject_refresh(subjects varchar[], levels varchar[], kinds varchar[])
returns void language plpgsql as $$
begin
    perform rm_organisation_month_apply(subjects, levels, kinds, -1);
    delete from rm_organisation_subject s
    using unnest(subjects, levels, kinds) a(subject_id, initiating_level, kind)
    where s.subject_id = a.subject_id and s.initiating_level = a.initiating_level and s.kind = a.kind;

    with a as (
        select distinct subject_id, initiating_level, kind
        from unnest(subjects, levels, kinds) a(subject_id, initiating_level, kind)
    ), occ as (
        select u.unit, t.initiating_level, t.kind, coalesce(x.organisation_kind, '') as organisation_kind,
               x.subject_id, t.decision_date
        from a join rm_team_target x on x.subject_id = a.subject_id and x.target_type = 'ORGANISATION'
        join rm_team t on t.team_id = x.team_id and t.initiating_level = a.initiating_level and t.kind = a.kind
        cross join unnest(rm_unit_and_ancestors(t.unit_path)) u(unit)
    ), per_kind as (
        select unit, initiating_level, kind, organisation_kind, subject_id,
               range_agg(daterange(decision_date, decision_date, '[]')) as dates
        from occ group by 1, 2, 3, 4, 5
    )
    insert into rm_organisation_subject (unit_path, initiating_level, kind, all_kinds, organisation_kind, subject_id,
                                         decision_dates, sole_kind)
    select unit, initiating_level, kind, false, organisation_kind, subject_id, dates,
           count(*) over (partition by unit, initiating_level, kind, subject_id) = 1
    from per_kind
    union all
    select unit, initiating_level, kind, true, '', subject_id, range_agg(daterange(decision_date, decision_date, '[]')), false
    from occ group by unit, initiating_level, kind, subject_id having count(distinct organisation_kind) > 1
    order by 1, 2, 3, 4, 5, 6;

    perform rm_organisation_month_apply(subjects, levels, kinds, 1);
end $$;

create index rm_team_target_subject on rm_team_target (subject_id) where target_type = 'ORGANISATION';
-- The targets of the teams decided in the partial first and last month of a period, by index-only
-- lookups.
alter table rm_team_target drop constraint rm_team_target_pkey,
    add constraint rm_team_target_pkey primary key (team_id, position)
        include (target_type, organisation_kind, standing_committee_managed, subject_id);

create function rm_team_aggregate() returns trigger language plpgsql as $$
declare
    subjects varchar[];
    levels varchar[];
    kinds varchar[];
begin
    perform pg_advisory_xact_lock(hashtext('rm_team'));
    if tg_op = 'INSERT' then
        -- A new team has no targets yet (they are inserted after it, see rm_team_target_aggregate).
        insert into rm_team_month as m (unit_path, decision_month, initiating_level, kind, signs_of_violation, teams)
        select a.unit, date_trunc('month', d.decision_date)::date, d.initiating_level, d.kind,
               d.kind = 'INSPECTION' and d.basis = 'SIGNS_OF_VIOLATION', count(*)
        from new_rows d cross join unnest(rm_unit_and_ancestors(d.unit_path)) a(unit)
        group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5
        on conflict (unit_path, decision_month, initiating_level, kind, signs_of_violation)
        do update set teams = m.teams + excluded.teams;
    elsif tg_op = 'UPDATE' then
        insert into rm_team_month as m (unit_path, decision_month, initiating_level, kind, signs_of_violation, teams)
        select a.unit, date_trunc('month', d.decision_date)::date, d.initiating_level, d.kind,
               d.kind = 'INSPECTION' and d.basis = 'SIGNS_OF_VIOLATION', sum(d.n)
        from (select unit_path, decision_date, initiating_level, kind, basis, -1 as n from old_rows
              union all select unit_path, decision_date, initiating_level, kind, basis, 1 from new_rows) d
             cross join unnest(rm_unit_and_ancestors(d.unit_path)) a(unit)
        group by 1, 2, 3, 4, 5 having sum(d.n) <> 0 order by 1, 2, 3, 4, 5
        on conflict (unit_path, decision_month, initiating_level, kind, signs_of_violation)
        do update set teams = m.teams + excluded.teams;
        -- A team's targets were counted under its old unit, date, level and kind: move them.
        insert into rm_team_target_month as m (unit_path, decision_month, initiating_level, kind, signs_of_violation,
                                               target_type, organisation_kind, occurrences, standing_committee_managed)
        select a.unit, date_trunc('month', d.decision_date)::date, d.initiating_level, d.kind,
               d.kind = 'INSPECTION' and d.basis = 'SIGNS_OF_VIOLATION', x.target_type, coalesce(x.organisation_kind, ''),
               sum(d.n), sum(d.n) filter (where x.standing_committee_managed)
        from (select team_id, unit_path, decision_date, initiating_level, kind, basis, -1 as n from old_rows
              union all select team_id, unit_path, decision_date, initiating_level, kind, basis, 1 from new_rows) d
             join rm_team_target x on x.team_id = d.team_id
             cross join unnest(rm_unit_and_ancestors(d.unit_path)) a(unit)
        group by 1, 2, 3, 4, 5, 6, 7
        having sum(d.n) <> 0 or coalesce(sum(d.n) filter (where x.standing_committee_managed), 0) <> 0
        order by 1, 2, 3, 4, 5, 6, 7
        on conflict (unit_path, decision_month, initiating_level, kind, signs_of_violation, target_type, organisation_kind)
        do update set occurrences = m.occurrences + excluded.occurrences,
            standing_committee_managed = m.standing_committee_managed + coalesce(excluded.standing_committee_managed, 0);
        select array_agg(x.subject_id), array_agg(v.initiating_level), array_agg(v.kind)
        into subjects, levels, kinds
        from old_rows o join new_rows n on n.team_id = o.team_id
             join rm_team_target x on x.team_id = n.team_id and x.target_type = 'ORGANISATION'
             cross join lateral (values (o.initiating_level, o.kind), (n.initiating_level, n.kind)) v(initiating_level, kind)
        where (o.unit_path, o.decision_date, o.initiating_level, o.kind) is distinct from
              (n.unit_path, n.decision_date, n.initiating_level, n.kind);
        if subjects is not null then
            perform rm_organisation_subject_refresh(subjects, levels, kinds);
        end if;
    else
        -- A team is deleted after its targets (foreign key), so only its own count is left.
        insert into rm_team_month as m (unit_path, decision_month, initiating_level, kind, signs_of_violation, teams)
        select a.unit, date_trunc('month', d.decision_date)::date, d.initiating_level, d.kind,
               d.kind = 'INSPECTION' and d.basis = 'SIGNS_OF_VIOLATION', -count(*)
        from old_rows d cross join unnest(rm_unit_and_ancestors(d.unit_path)) a(unit)
        group by 1, 2, 3, 4, 5 order by 1, 2, 3, 4, 5
        on conflict (unit_path, decision_month, initiating_level, kind, signs_of_violation)
        do update set teams = m.teams + excluded.teams;
    end if;
    return null;
end $$;

create trigger rm_team_aggregate_insert after insert on rm_team
    referencing new table as new_rows for each statement execute function rm_team_aggregate();
create trigger rm_team_aggregate_update after update on rm_team
    referencing old table as old_rows new table as new_rows for each statement execute function rm_team_aggregate();
create trigger rm_team_aggregate_delete after delete on rm_team
    referencing old table as old_rows for each statement execute function rm_team_aggregate();

create function rm_team_target_aggregate() returns trigger language plpgsql as $$
declare
    subjects varchar[];
    levels varchar[];
    kinds varchar[];
begin
    perform pg_advisory_xact_lock(hashtext('rm_team'));
    if tg_op = 'INSERT' then
        insert into rm_team_target_month as m (unit_path, decision_month, initiating_level, kind, signs_of_violation,
                                               target_type, organisation_kind, occurrences, standing_committee_managed)
        select a.unit, date_trunc('month', t.decision_date)::date, t.initiating_level, t.kind,
               t.kind = 'INSPECTION' and t.basis = 'SIGNS_OF_VIOLATION', d.target_type, coalesce(d.organisation_kind, ''),
               count(*), count(*) filter (where d.standing_committee_managed)
        from new_rows d join rm_team t on t.team_id = d.team_id
             cross join unnest(rm_unit_and_ancestors(t.unit_path)) a(unit)
        group by 1, 2, 3, 4, 5, 6, 7 order by 1, 2, 3, 4, 5, 6, 7
        on conflict (unit_path, decision_month, initiating_level, kind, signs_of_violation, target_type, organisation_kind)
        do update set occurrences = m.occurrences + excluded.occurrences,
            standing_committee_managed = m.standing_committee_managed + excluded.standing_committee_managed;
        select array_agg(d.subject_id), array_agg(t.initiating_level), array_agg(t.kind)
        into subjects, levels, kinds
        from new_rows d join rm_team t on t.team_id = d.team_id where d.target_type = 'ORGANISATION';
    elsif tg_op = 'UPDATE' then
        insert into rm_team_target_month as m (unit_path, decision_month, initiating_level, kind, signs_of_violation,
                                               target_type, organisation_kind, occurrences, standing_committee_managed)
        select a.unit, date_trunc('month', t.decision_date)::date, t.initiating_level, t.kind,
               t.kind = 'INSPECTION' and t.basis = 'SIGNS_OF_VIOLATION', d.target_type, coalesce(d.organisation_kind, ''),
               sum(d.n), sum(d.n) filter (where d.standing_committee_managed)
        from (select team_id, target_type, organisation_kind, standing_committee_managed, -1 as n from old_rows
              union all select team_id, target_type, organisation_kind, standing_committee_managed, 1 from new_rows) d
             join rm_team t on t.team_id = d.team_id
             cross join unnest(rm_unit_and_ancestors(t.unit_path)) a(unit)
        group by 1, 2, 3, 4, 5, 6, 7
        having sum(d.n) <> 0 or coalesce(sum(d.n) filter (where d.standing_committee_managed), 0) <> 0
        order by 1, 2, 3, 4, 5, 6, 7
        on conflict (unit_path, decision_month, initiating_level, kind, signs_of_violation, target_type, organisation_kind)
        do update set occurrences = m.occurrences + excluded.occurrences,
            standing_committee_managed = m.standing_committee_managed + coalesce(excluded.standing_committee_managed, 0);
        -- Old subjects under the team as it is now: an update here never changes the team.
        select array_agg(d.subject_id), array_agg(t.initiating_level), array_agg(t.kind)
        into subjects, levels, kinds
        from (select team_id, subject_id from old_rows union select team_id, subject_id from new_rows) d
             join rm_team t on t.team_id = d.team_id;
    else
        insert into rm_team_target_month as m (unit_path, decision_month, initiating_level, kind, signs_of_violation,
                                               target_type, organisation_kind, occurrences, standing_committee_managed)
        select a.unit, date_trunc('month', t.decision_date)::date, t.initiating_level, t.kind,
               t.kind = 'INSPECTION' and t.basis = 'SIGNS_OF_VIOLATION', d.target_type, coalesce(d.organisation_kind, ''),
               -count(*), -count(*) filter (where d.standing_committee_managed)
        from old_rows d join rm_team t on t.team_id = d.team_id
             cross join unnest(rm_unit_and_ancestors(t.unit_path)) a(unit)
        group by 1, 2, 3, 4, 5, 6, 7 order by 1, 2, 3, 4, 5, 6, 7
        on conflict (unit_path, decision_month, initiating_level, kind, signs_of_violation, target_type, organisation_kind)
        do update set occurrences = m.occurrences + excluded.occurrences,
            standing_committee_managed = m.standing_committee_managed + excluded.standing_committee_managed;
        select array_agg(d.subject_id), array_agg(t.initiating_level), array_agg(t.kind)
        into subjects, levels, kinds
        from old_rows d join rm_team t on t.team_id = d.team_id where d.target_type = 'ORGANISATION';
    end if;
    if subjects is not null then
        perform rm_organisation_subject_refresh(subjects, levels, kinds);
    end if;
    return null;
end $$;

create trigger rm_team_target_aggregate_insert after insert on rm_team_target
    referencing new table as new_rows for each statement execute function rm_team_target_aggregate();
create trigger rm_team_target_aggregate_update after update on rm_team_target
    referencing old table as old_rows new table as new_rows for each statement execute function rm_team_target_aggregate();
create trigger rm_team_target_aggregate_delete after delete on rm_team_target
    referencing old table as old_rows for each statement execute function rm_team_target_aggregate();

-- Day-level parts of the team figures, and the domains / levels of the (rare) inspections on signs
-- of violation, which are sets and read from the team rows themselves.
drop index rm_team_unit_date;
create index rm_team_unit_date on rm_team (unit_path text_pattern_ops, decision_date)
    include (initiating_level, kind, basis);
create index rm_team_date on rm_team (decision_date) include (unit_path, initiating_level, kind, basis);
create index rm_team_signs_of_violation on rm_team (decision_date) include (unit_path, initiating_level, domains)
    where kind = 'INSPECTION' and basis = 'SIGNS_OF_VIOLATION';

-- ---------------------------------------------------------------------------------------------
-- The read model already holds events: fill the aggregates from it once (the triggers keep them).
-- ---------------------------------------------------------------------------------------------
insert into rm_petition_month (unit_path, received_month, settled_month, petitions)
select a.unit, date_trunc('month', d.received_date)::date, coalesce(date_trunc('month', d.settled_date)::date, 'infinity'),
       count(*)
from rm_petition d cross join unnest(rm_unit_and_ancestors(d.unit_path)) a(unit)
where d.received_date is not null group by 1, 2, 3;

insert into rm_petition_flagged_month (unit_path, flagged_month, petitions)
select a.unit, date_trunc('month', d.flagged_date)::date, count(*)
from rm_petition d cross join unnest(rm_unit_and_ancestors(d.unit_path)) a(unit)
where d.flagged_date is not null group by 1, 2;

insert into rm_reception_visit_month (unit_path, visit_month, visits, people, group_visits)
select a.unit, date_trunc('month', d.visit_date)::date, count(*), sum(d.people), count(*) filter (where d.group_visit)
from rm_reception_visit d cross join unnest(rm_unit_and_ancestors(d.unit_path)) a(unit) group by 1, 2;

insert into rm_team_month (unit_path, decision_month, initiating_level, kind, signs_of_violation, teams)
select a.unit, date_trunc('month', d.decision_date)::date, d.initiating_level, d.kind,
       d.kind = 'INSPECTION' and d.basis = 'SIGNS_OF_VIOLATION', count(*)
from rm_team d cross join unnest(rm_unit_and_ancestors(d.unit_path)) a(unit) group by 1, 2, 3, 4, 5;

insert into rm_team_target_month (unit_path, decision_month, initiating_level, kind, signs_of_violation, target_type,
                                  organisation_kind, occurrences, standing_committee_managed)
select a.unit, date_trunc('month', t.decision_date)::date, t.initiating_level, t.kind,
       t.kind = 'INSPECTION' and t.basis = 'SIGNS_OF_VIOLATION', d.target_type, coalesce(d.organisation_kind, ''),
       count(*), count(*) filter (where d.standing_committee_managed)
from rm_team_target d join rm_team t on t.team_id = d.team_id
     cross join unnest(rm_unit_and_ancestors(t.unit_path)) a(unit)
group by 1, 2, 3, 4, 5, 6, 7;

select rm_organisation_subject_refresh(array_agg(x.subject_id), array_agg(t.initiating_level), array_agg(t.kind))
from rm_team_target x join rm_team t on t.team_id = x.team_id where x.target_type = 'ORGANISATION';
