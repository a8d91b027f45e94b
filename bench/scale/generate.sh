#!/usr/bin/env bash
# Fills a programs-service database's period-report read model at scale, for the "report at scale"
# benchmark: by default 1,000,000 petitions (rm_petition), 100,000 reception visits
# (rm_reception_visit) and 25,000 teams with 100,000 organisation/member occurrences
# (rm_team + rm_team_target), over 700 districts of the city 01 (01.100 … 01.799, so the scenario's 01.019 and 01.021 keep their figures; about 40 % of the
# rows in one of ten wards per district, 01.ddd.wwwww), dated 2021-01-01 … 2025-12-31.
#
#   bench/scale/generate.sh <database>
#   env: DB_HOST (127.0.0.1), DB_PORT (5432), DB_USER (postgres), DB_PASSWORD (none);
#        PETITIONS (1000000), VISITS (100000), TEAMS (25000; 2–6 targets each, 4 on average)
#
# Idempotent: every generated id starts with "scale-"; a run first deletes the rows of the previous
# run (by that prefix, so events the running service applied — the scenario's 01.021 say — stay),
# then generates the same rows again (deterministic: hashes of the row number, no random()).
#
# The rows go in the way the service's own writes go: the read model's triggers (V2) keep the
# per-month pre-aggregates exact for these rows too, and the whole load is one transaction holding
# the same advisory locks as the service's consumer batches, so a running consumer waits instead of
# interleaving. The schema must be the service's (Flyway V1, V2, … applied by the service at start).
#
# Why COPY … FROM STDIN fed by a second psql running "COPY (SELECT … generate_series …) TO STDOUT":
# the rows are computed in SQL (hashint8extended, md5), which is far faster than a shell or awk
# generator, and the generating backend runs beside the loading one, so generation (≈5 s for a
# million petitions) overlaps index maintenance instead of adding to it; COPY also loads with
# multi-row inserts. A plain INSERT … SELECT generate_series took the same time on this loaded
# 2-core machine (19.7 s vs 19.4 s for 1,000,000 petitions) and would use one core only.
set -euo pipefail

DB="${1:?usage: generate.sh <database>}"
export PGHOST="${DB_HOST:-127.0.0.1}" PGPORT="${DB_PORT:-5432}" PGUSER="${DB_USER:-postgres}"
if [[ -n "${DB_PASSWORD:-}" ]]; then export PGPASSWORD="$DB_PASSWORD"; fi
PETITIONS="${PETITIONS:-1000000}"
VISITS="${VISITS:-100000}"
TEAMS="${TEAMS:-25000}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# u(i, s): a uniform number in [0, 1) drawn from row i with stream s (pg_temp: nothing is left behind).
cat >"$work/u.sql" <<'SQL'
create function pg_temp.u(i bigint, s bigint) returns float8 language sql immutable parallel safe
  as $$ select (hashint8extended(i, s) & 9007199254740991)::float8 / 9007199254740992 $$;
-- A district 01.100 … 01.799 (row i mod 700, so each has the same share), in 40 % of cases one of
-- its ten wards (ward codes 00001 … 07000 across the city).
create function pg_temp.unit(i bigint, ward boolean) returns text language sql immutable parallel safe
  as $$ select '01.' || lpad((100 + i % 700)::text, 3, '0')
          || case when ward then '.' || lpad(((i % 700) * 10 + 1 + floor(pg_temp.u(i, 2) * 10)::int)::text, 5, '0')
                  else '' end $$;
SQL

# Petitions: kinds as petitions-service has them; 70 % settled (a terminal status with the settle
# date a few days to months after receipt, mean ≈ 1 month), 30 % in progress; resolved / closed ones
# carry on-time (85 %); 2 % flagged for signs of corruption a few weeks after receipt.
cat "$work/u.sql" - >"$work/petitions.sql" <<SQL
copy (
select 'scale-' || md5('p' || i)::uuid, unit_path, kind, received_date, status,
       case when status in ('RESOLVED', 'CLOSED', 'NOT_ACCEPTED', 'TRANSFERRED', 'GUIDED', 'FILED', 'WITHDRAWN')
            then least(received_date + 1 + floor(-ln(1 - pg_temp.u(i, 6)) * 30)::int, current_date - 1) end,
       case when status in ('RESOLVED', 'CLOSED') then pg_temp.u(i, 7) < 0.85 end,
       case when pg_temp.u(i, 8) < 0.02 then least(received_date + 1 + floor(pg_temp.u(i, 9) * 60)::int, current_date - 1) end
from (
  select i, pg_temp.unit(i, pg_temp.u(i, 1) < 0.4) as unit_path,
         case when k < 0.45 then 'COMPLAINT' when k < 0.65 then 'DENUNCIATION' when k < 0.85 then 'RECOMMENDATION'
              when k < 0.98 then 'FEEDBACK' else 'CRIME_REPORT' end as kind,
         date '2021-01-01' + floor(pg_temp.u(i, 4) * 1826)::int as received_date,
         case when s < 0.35 then 'RESOLVED' when s < 0.45 then 'CLOSED' when s < 0.52 then 'NOT_ACCEPTED'
              when s < 0.60 then 'TRANSFERRED' when s < 0.66 then 'GUIDED' when s < 0.68 then 'FILED'
              when s < 0.70 then 'WITHDRAWN' when s < 0.78 then 'RECEIVED' when s < 0.85 then 'ACCEPTED'
              when s < 0.97 then 'UNDER_VERIFICATION' else 'APPEALED' end as status
  from (select i, pg_temp.u(i, 3) as k, pg_temp.u(i, 5) as s from generate_series(1, $PETITIONS) i) g
) x
) to stdout;
SQL

# Reception visits: mostly one person, 8 % group visits of 5–30 people.
cat "$work/u.sql" - >"$work/visits.sql" <<SQL
copy (
select 'scale-' || md5('v' || i)::uuid, pg_temp.unit(i, pg_temp.u(i, 100 + 1) < 0.4),
       date '2021-01-01' + floor(pg_temp.u(i, 100 + 4) * 1826)::int,
       case when g then 5 + floor(pg_temp.u(i, 100 + 6) * 26)::int when pg_temp.u(i, 100 + 7) < 0.1 then 2 else 1 end, g
from (select i, pg_temp.u(i, 100 + 5) < 0.08 as g from generate_series(1, $VISITS) i) x
) to stdout;
SQL

# Teams: 15 % decided by the district standing committee, 20 % by the inspection commission (both at
# the district), 65 % by a grassroots committee (at a ward); 70 % inspections. Inspections on signs of
# violation (8 % of the district levels' ones) name one or two of the article's domains, thematic
# teams one. 80 % concluded 20–90 days after the decision. Team i has 2 + i mod 5 targets (4 on
# average: TEAMS × 4 occurrences).
team_cte="with team as (
  select i, lvl, kind, pg_temp.unit(i, lvl = 'GRASSROOTS_COMMITTEE') as unit_path,
         case when kind = 'INSPECTION' and lvl <> 'GRASSROOTS_COMMITTEE' and b < 0.08 then 'SIGNS_OF_VIOLATION'
              when b < 0.60 then 'REGULAR' when b < 0.93 then 'THEMATIC' else 'OTHER' end as basis,
         date '2021-01-01' + floor(pg_temp.u(i, 200 + 4) * 1826)::int as decision_date
  from (select i, pg_temp.u(i, 200 + 5) as b,
               case when l < 0.15 then 'DISTRICT_STANDING_COMMITTEE' when l < 0.35 then 'INSPECTION_COMMISSION'
                    else 'GRASSROOTS_COMMITTEE' end as lvl,
               case when pg_temp.u(i, 200 + 6) < 0.7 then 'INSPECTION' else 'SUPERVISION' end as kind
        from (select i, pg_temp.u(i, 200 + 3) as l from generate_series(1, $TEAMS) i) g) y)"
domains="(array['LAND_MANAGEMENT','CONSTRUCTION_ORDER','URBAN_MANAGEMENT','SITE_CLEARANCE','PUBLIC_INVESTMENT','PUBLIC_PROCUREMENT'])"
cat "$work/u.sql" - >"$work/teams.sql" <<SQL
copy (
$team_cte
select 'scale-' || md5('t' || i)::uuid, unit_path, kind, basis, lvl, decision_date,
       case basis when 'SIGNS_OF_VIOLATION' then $domains[1 + floor(pg_temp.u(i, 200 + 7) * 6)::int]
                    || case when pg_temp.u(i, 200 + 8) < 0.5 then ',' || $domains[1 + floor(pg_temp.u(i, 200 + 9) * 6)::int] else '' end
                  when 'THEMATIC' then $domains[1 + floor(pg_temp.u(i, 200 + 7) * 6)::int] else '' end,
       case when pg_temp.u(i, 200 + 10) < 0.8 then least(decision_date + 20 + floor(pg_temp.u(i, 200 + 11) * 70)::int, current_date - 1) end
from team
) to stdout;
SQL
# Targets: 70 % organisations drawn from the district's 40 party organisations (28 party cells, 10
# grassroots committees, 2 other committees: the same organisation is often targeted again, so
# distinct < occurrences), 30 % members drawn from the district's 300; a fifth of the members
# targeted by district-level teams are managed by the standing committee.
cat "$work/u.sql" - >"$work/targets.sql" <<SQL
copy (
$team_cte
select 'scale-' || md5('t' || i)::uuid, p, case when org then 'ORGANISATION' else 'MEMBER' end,
       md5(case when org then 'o' else 'm' end || (i % 700) || '-' || subject)::uuid,
       case when not org then null when subject < 28 then 'PARTY_CELL' when subject < 38 then 'GRASSROOTS_COMMITTEE'
            else 'OTHER_COMMITTEE' end,
       not org and lvl <> 'GRASSROOTS_COMMITTEE' and pg_temp.u(i * 8 + p, 200 + 13) < 0.2
from (select i, p, lvl, org, floor(pg_temp.u(i * 8 + p, 200 + 12) * case when org then 40 else 300 end)::int as subject
      from (select team.i, team.lvl, p, pg_temp.u(team.i * 8 + p, 200 + 11) < 0.7 as org
            from team cross join lateral generate_series(0, 1 + team.i % 5) p) x) y
) to stdout;
SQL

copy_from() { # table, columns, generator file: \copy … from program runs the generating psql client-side
  printf "\\\\copy %s (%s) from program 'psql -X -q -v ON_ERROR_STOP=1 -d \"%s\" -f \"%s\"'\n" "$1" "$2" "$DB" "$3"
}

start=$(date +%s.%N)
echo "generate.sh: database $DB on $PGHOST:$PGPORT as $PGUSER: $PETITIONS petitions, $VISITS visits, $TEAMS teams"
psql -X -q -v ON_ERROR_STOP=1 -d "$DB" <<SQL
\\echo 'one transaction; waiting for the read model consumers (advisory locks)…'
begin;
-- The same locks the consumers' batches take first (ReportBatch): no batch interleaves with this load.
select pg_advisory_xact_lock(hashtext('rm_petition')) as petitions_locked, pg_advisory_xact_lock(hashtext('rm_team')) as teams_locked \\gset
\\timing on
\\echo -n '  delete the previous run''s rm_team_target (ids scale-…): '
delete from rm_team_target where team_id like 'scale-%';
\\echo -n '  delete the previous run''s rm_team: '
delete from rm_team where team_id like 'scale-%';
\\echo -n '  delete the previous run''s rm_reception_visit: '
delete from rm_reception_visit where visit_id like 'scale-%';
\\echo -n '  delete the previous run''s rm_petition: '
delete from rm_petition where petition_id like 'scale-%';
\\echo -n '  rm_petition, $PETITIONS rows: '
$(copy_from rm_petition "petition_id, unit_path, kind, received_date, status, settled_date, resolved_on_time, flagged_date" "$work/petitions.sql")
\\echo -n '  rm_reception_visit, $VISITS rows: '
$(copy_from rm_reception_visit "visit_id, unit_path, visit_date, people, group_visit" "$work/visits.sql")
\\echo -n '  rm_team, $TEAMS rows: '
$(copy_from rm_team "team_id, unit_path, kind, basis, initiating_level, decision_date, domains, concluded_date" "$work/teams.sql")
\\echo -n '  rm_team_target, $((TEAMS * 4)) rows: '
$(copy_from rm_team_target "team_id, position, target_type, subject_id, organisation_kind, standing_committee_managed" "$work/targets.sql")
\\echo -n '  commit: '
commit;
SQL
loaded=$(date +%s.%N)

# A real system's autovacuum would have vacuumed and analysed these tables long before a report is
# asked for: statistics for the planner, the visibility map for index-only scans.
tables=$(psql -X -At -d "$DB" -c "select string_agg(quote_ident(tablename), ', ' order by tablename) from pg_tables where schemaname = current_schema() and tablename like 'rm\\_%'")
psql -X -q -v ON_ERROR_STOP=1 -d "$DB" -c "vacuum (analyze) $tables"
done_at=$(date +%s.%N)

psql -X -d "$DB" -c "select 'rm_petition' as table, count(*) filter (where petition_id like 'scale-%') as generated, count(*) as total from rm_petition
  union all select 'rm_reception_visit', count(*) filter (where visit_id like 'scale-%'), count(*) from rm_reception_visit
  union all select 'rm_team', count(*) filter (where team_id like 'scale-%'), count(*) from rm_team
  union all select 'rm_team_target', count(*) filter (where team_id like 'scale-%'), count(*) from rm_team_target"
printf 'generate.sh: loaded in %.1f s, vacuum analyze %.1f s, total %.1f s\n' \
  "$(echo "$loaded - $start" | bc)" "$(echo "$done_at - $loaded" | bc)" "$(echo "$done_at - $start" | bc)"
