#!/usr/bin/env bash
# What the read model's writers pay for the per-month aggregates (V2's triggers) and for the advisory
# lock that serialises them (docs/programs.md, "Is the write side worth it"). Works on a throw-away
# copy of a migrated programs-service test database (never a running service's database):
#
#   bench/scale/readmodel-writes.sh <migrated-template-db> [seconds per run (15)]
#   env: DB_HOST (127.0.0.1), DB_PORT (5432), DB_USER (postgres)
#
# One pgbench transaction = one consumer batch of 10 petition events, as ReportReadModel writes them:
# 5 petition.received upserts then 5 settling transitions, one statement each (so 10 trigger calls).
# Runs, interleaved twice: the lock alone (BEGIN; lock; COMMIT vs BEGIN; select 1; COMMIT); one writer
# with triggers vs triggers disabled; two writers with the lock vs without it (lock removed from the
# trigger function too; pgbench retries deadlocked batches, --max-tries=20, and counts them).
set -euo pipefail
template=${1:?template database}
secs=${2:-15}
db=${template}_writes_bench
conn=(-h "${DB_HOST:-127.0.0.1}" -p "${DB_PORT:-5432}" -U "${DB_USER:-postgres}")
work=$(mktemp -d)
trap 'dropdb "${conn[@]}" --if-exists "$db"; rm -rf "$work"' EXIT
createdb "${conn[@]}" -T "$template" "$db"
P() { psql "${conn[@]}" -d "$db" -Atq "$@"; }
B() { pgbench "${conn[@]}" -n -T "$secs" --max-tries=20 "$@" "$db" 2>&1 \
      | grep -E 'latency average|^tps|retried' | tr '\n' ' '; echo; }

{
  echo '\set id random(1, 1000000000000)'
  for k in 0 1 2 3 4; do echo "\\set u$k random(100, 799)"; echo "\\set w$k random(1, 30)"; echo "\\set d$k random(0, 1800)"; done
  echo 'BEGIN;'
  echo 'LOCK'
  for k in 0 1 2 3 4; do
    echo "insert into rm_petition (petition_id, unit_path, kind, received_date, status) values ('bench-' || (:id + $k), '01.' || :u$k || '.' || lpad(:w$k::text, 5, '0'), null, date '2021-01-01' + :d$k, 'RECEIVED') on conflict (petition_id) do update set unit_path = excluded.unit_path, kind = excluded.kind, received_date = excluded.received_date;"
  done
  for k in 0 1 2 3 4; do
    echo "update rm_petition set status = 'RESOLVED', settled_date = received_date + 20 where petition_id = 'bench-' || (:id + $k);"
  done
  echo 'COMMIT;'
} > "$work/batch.sql"
sed "s/^LOCK$/select pg_advisory_xact_lock(hashtext('rm_petition'));/" "$work/batch.sql" > "$work/lock.sql"
sed '/^LOCK$/d' "$work/batch.sql" > "$work/nolock.sql"
printf "BEGIN;\nselect pg_advisory_xact_lock(hashtext('rm_petition'));\nCOMMIT;\n" > "$work/micro-lock.sql"
printf "BEGIN;\nselect 1;\nCOMMIT;\n" > "$work/micro-none.sql"
P -c "select pg_get_functiondef('rm_petition_aggregate'::regproc)" > "$work/fn-lock.sql"
echo ';' >> "$work/fn-lock.sql"
sed '/pg_advisory_xact_lock/d' "$work/fn-lock.sql" > "$work/fn-nolock.sql"

for round in 1 2; do
  echo "round $round"
  echo "  no lock, empty transaction:      $(B -c 1 -f "$work/micro-none.sql")"
  echo "  lock, empty transaction:         $(B -c 1 -f "$work/micro-lock.sql")"
  P -c 'alter table rm_petition enable trigger user'
  echo "  1 writer, triggers:              $(B -c 1 -f "$work/lock.sql")"
  P -c 'alter table rm_petition disable trigger user'
  echo "  1 writer, no triggers:           $(B -c 1 -f "$work/lock.sql")"
  P -c 'alter table rm_petition enable trigger user'
  P -f "$work/fn-lock.sql"
  echo "  2 writers, triggers, lock:       $(B -c 2 -j 2 -f "$work/lock.sql")"
  P -f "$work/fn-nolock.sql"
  echo "  2 writers, triggers, no lock:    $(B -c 2 -j 2 -f "$work/nolock.sql")"
  P -f "$work/fn-lock.sql"
done
