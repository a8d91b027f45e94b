-- Recomputes every V2 pre-aggregate from the fact rows and prints the rows that differ from the
-- kept ones (zero rows, left by deletes and moves, count as absent). Expect seven zeros.
--   psql -d <database> -f bench/scale/check-aggregates.sql
with fresh as (
    select a.unit as unit_path, date_trunc('month', d.received_date)::date as received_month,
           coalesce(date_trunc('month', d.settled_date)::date, 'infinity') as settled_month, count(*) as petitions
    from rm_petition d cross join unnest(rm_unit_and_ancestors(d.unit_path)) a(unit)
    where d.received_date is not null group by 1, 2, 3),
kept as (select * from rm_petition_month where petitions <> 0)
select 'rm_petition_month' as aggregate, count(*) as differing from (
    (select * from fresh except all select * from kept) union all (select * from kept except all select * from fresh)) x
union all
select 'rm_petition_flagged_month', count(*) from (
    with fresh as (select a.unit, date_trunc('month', d.flagged_date)::date, count(*)
                   from rm_petition d cross join unnest(rm_unit_and_ancestors(d.unit_path)) a(unit)
                   where d.flagged_date is not null group by 1, 2),
         kept as (select unit_path, flagged_month, petitions from rm_petition_flagged_month where petitions <> 0)
    (select * from fresh except all select * from kept) union all (select * from kept except all select * from fresh)) x
union all
select 'rm_reception_visit_month', count(*) from (
    with fresh as (select a.unit, date_trunc('month', d.visit_date)::date, count(*), sum(d.people),
                          count(*) filter (where d.group_visit)
                   from rm_reception_visit d cross join unnest(rm_unit_and_ancestors(d.unit_path)) a(unit) group by 1, 2),
         kept as (select unit_path, visit_month, visits, people, group_visits from rm_reception_visit_month
                  where visits <> 0 or people <> 0 or group_visits <> 0)
    (select * from fresh except all select * from kept) union all (select * from kept except all select * from fresh)) x
union all
select 'rm_team_month', count(*) from (
    with fresh as (select a.unit, date_trunc('month', d.decision_date)::date, d.initiating_level, d.kind,
                          d.kind = 'INSPECTION' and d.basis = 'SIGNS_OF_VIOLATION', count(*)
                   from rm_team d cross join unnest(rm_unit_and_ancestors(d.unit_path)) a(unit) group by 1, 2, 3, 4, 5),
         kept as (select unit_path, decision_month, initiating_level, kind, signs_of_violation, teams
                  from rm_team_month where teams <> 0)
    (select * from fresh except all select * from kept) union all (select * from kept except all select * from fresh)) x
union all
select 'rm_team_target_month', count(*) from (
    with fresh as (select a.unit, date_trunc('month', t.decision_date)::date, t.initiating_level, t.kind,
                          t.kind = 'INSPECTION' and t.basis = 'SIGNS_OF_VIOLATION', d.target_type,
                          coalesce(d.organisation_kind, ''), count(*), count(*) filter (where d.standing_committee_managed)
                   from rm_team_target d join rm_team t on t.team_id = d.team_id
                        cross join unnest(rm_unit_and_ancestors(t.unit_path)) a(unit) group by 1, 2, 3, 4, 5, 6, 7),
         kept as (select unit_path, decision_month, initiating_level, kind, signs_of_violation, target_type,
                         organisation_kind, occurrences, standing_committee_managed
                  from rm_team_target_month where occurrences <> 0 or standing_committee_managed <> 0)
    (select * from fresh except all select * from kept) union all (select * from kept except all select * from fresh)) x
union all
select 'rm_organisation_subject', count(*) from (
    with occ as (select u.unit, t.initiating_level, t.kind, coalesce(x.organisation_kind, '') as ok, x.subject_id, t.decision_date
                 from rm_team_target x join rm_team t on t.team_id = x.team_id
                      cross join unnest(rm_unit_and_ancestors(t.unit_path)) u(unit)
                 where x.target_type = 'ORGANISATION'),
         per_kind as (select unit, initiating_level, kind, ok, subject_id,
                             range_agg(daterange(decision_date, decision_date, '[]')) as dates from occ group by 1, 2, 3, 4, 5),
         fresh as (select unit, initiating_level, kind, false as all_kinds, ok, subject_id, dates,
                          count(*) over (partition by unit, initiating_level, kind, subject_id) = 1 as sole
                   from per_kind
                   union all
                   select unit, initiating_level, kind, true, '', subject_id,
                          range_agg(daterange(decision_date, decision_date, '[]')), false
                   from occ group by 1, 2, 3, 6 having count(distinct ok) > 1),
         kept as (select unit_path, initiating_level, kind, all_kinds, organisation_kind, subject_id, decision_dates, sole_kind
                  from rm_organisation_subject)
    (select * from fresh except all select * from kept) union all (select * from kept except all select * from fresh)) x
union all
select 'rm_organisation_month', count(*) from (
    with series as (
             select s.unit_path, s.initiating_level, s.kind, c.scope,
                    case c.scope when 'A' then '' else s.organisation_kind end as organisation_kind, s.subject_id,
                    s.decision_dates
             from rm_organisation_subject s cross join (values ('K'), ('A')) c(scope)
             where (c.scope = 'K' and not s.all_kinds) or (c.scope = 'A' and (s.all_kinds or s.sole_kind))),
         months as (
             select distinct x.unit_path, x.initiating_level, x.kind, x.scope, x.organisation_kind, x.subject_id,
                    date_trunc('month', d)::date as month
             from series x cross join unnest(x.decision_dates) r
                  cross join generate_series(lower(r), upper(r) - 1, interval '1 day') d),
         marked as (
             select m.*, m.month = min(m.month) over w as is_first, m.month = max(m.month) over w as is_last,
                    rm_month_index(lead(m.month) over (w order by m.month)) - rm_month_index(m.month) as gap
             from months m
             window w as (partition by m.unit_path, m.initiating_level, m.kind, m.scope, m.organisation_kind, m.subject_id)),
         fresh as (
             select unit_path, initiating_level, kind, scope::text, organisation_kind, month,
                    count(*) filter (where is_first) as firsts, count(*) filter (where is_last) as lasts,
                    rm_vector_sum(case when gap is not null then array_fill(0, array[gap - 1]) || 1 end) as gaps
             from marked group by 1, 2, 3, 4, 5, 6),
         -- Without trailing zeros, and without the rows that are all zeros.
         trimmed as (
             select 'fresh' as side, f.* from fresh f
             union all
             select 'kept', unit_path, initiating_level, kind, scope::text, organisation_kind, month, firsts, lasts, gaps
             from rm_organisation_month),
         normal as (
             select side, unit_path, initiating_level, kind, scope, organisation_kind, month, firsts, lasts,
                    coalesce(gaps[1:(select max(i) from unnest(gaps) with ordinality u(x, i) where x <> 0)], '{}') as gaps
             from trimmed),
         f as (select unit_path, initiating_level, kind, scope, organisation_kind, month, firsts, lasts, gaps
               from normal where side = 'fresh' and (firsts <> 0 or lasts <> 0 or gaps <> '{}')),
         k as (select unit_path, initiating_level, kind, scope, organisation_kind, month, firsts, lasts, gaps
               from normal where side = 'kept' and (firsts <> 0 or lasts <> 0 or gaps <> '{}'))
    (select * from f except all select * from k) union all (select * from k except all select * from f)) x;
