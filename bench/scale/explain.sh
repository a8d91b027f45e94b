#!/usr/bin/env bash
# Times the period report's SQL for one unit and period with EXPLAIN (ANALYZE, BUFFERS): each
# statement's execution time (median of RUNS runs, after one warm-up run) and their sum.
#
#   bench/scale/explain.sh <database> <unit> <from> <to> [v2|v1] [runs]
#   env: DB_HOST, DB_PORT, DB_USER, DB_PASSWORD as generate.sh; PLANS=1 prints the last run's plans.
#
# v2 (default): report-queries.sql, the SQL of the current ReportService (aggregates, Flyway V2);
# v1: report-queries-v1.sql, the SQL before V2, for "before" figures on a database at Flyway V1.
# Both add program-queries.sql (the program-work section, unchanged). The parameters are cut the way
# PeriodSplit cuts them: whole months, the partial first (head) and last (tail) month, and the
# settled-late days of the last month.
set -euo pipefail
DB="${1:?usage: explain.sh <database> <unit> <from> <to> [v2|v1] [runs]}"
UNIT="${2:?unit}" FROM="${3:?from}" TO="${4:?to}" VERSION="${5:-v2}" RUNS="${6:-5}"
export PGHOST="${DB_HOST:-127.0.0.1}" PGPORT="${DB_PORT:-5432}" PGUSER="${DB_USER:-postgres}"
if [[ -n "${DB_PASSWORD:-}" ]]; then export PGPASSWORD="$DB_PASSWORD"; fi
here="$(cd "$(dirname "$0")" && pwd)"

d() { date -u -d "$1" +%F; }
to_month=$(d "$(date -u -d "$TO" +%Y-%m-01)")
if [[ "$(date -u -d "$FROM" +%d)" == 01 ]]; then first_whole=$FROM; else first_whole=$(d "$(date -u -d "$FROM" +%Y-%m-01) +1 month"); fi
if [[ "$(date -u -d "$TO +1 day" +%d)" == 01 ]]; then ends=1; last_whole=$TO; else ends=0; last_whole=$(d "$to_month -1 day"); fi
none=$(d "$TO +1 day")
if [[ "$first_whole" > "$last_whole" ]]; then
  hf=$FROM ht=$TO tf=$none tt=$TO sm=$to_month lf=$none lt=$TO
else
  hf=$FROM ht=$(d "$first_whole -1 day") tf=$(d "$last_whole +1 day") tt=$TO
  if (( ends )); then sm=$to_month lf=$none; else sm=$(d "$to_month -1 month") lf=$to_month; fi
  lt=$TO
fi
fms=$(date -u -d "$FROM" +%Y-%m-01) lms=$to_month
# The days of the first / last month outside the period; empty (start after end) when none.
if [[ "$(date -u -d "$FROM" +%d)" == 01 ]]; then bf=$none bt=$TO; else bf=$fms bt=$(d "$FROM -1 day"); fi
if (( ends )); then af=$none at=$TO; else af=$none at=$(d "$lms +1 month -1 day"); fi
files=("$here/report-queries.sql")
[[ "$VERSION" == v1 ]] && files=("$here/report-queries-v1.sql")
files+=("$here/program-queries.sql")

run() {
  cat "${files[@]}" | psql -X -q -v ON_ERROR_STOP=1 -d "$DB" -v explain='explain (analyze, buffers)' \
    -v u="$UNIT" -v q="$UNIT%" -v p="$UNIT.%" -v f="$FROM" -v t="$TO" -v mf="$first_whole" -v mt="$last_whole" \
    -v hf="$hf" -v ht="$ht" -v tf="$tf" -v tt="$tt" -v sm="$sm" -v lf="$lf" -v lt="$lt" \
    -v fms="$fms" -v lms="$lms" -v bf="$bf" -v bt="$bt" -v af="$af" -v at="$at"
}
run >/dev/null # warm-up: a report is not the first query a running service sees
out="$(mktemp)"; trap 'rm -f "$out" "$out.labels"' EXIT
for ((i = 1; i <= RUNS; i++)); do
  run | tee "$out.plans" | awk -v run="$i" '/Execution Time/ { n++; print run, n, $3 }' >>"$out"
done
[[ "${PLANS:-0}" == 1 ]] && cat "$out.plans"
rm -f "$out.plans"
echo "unit $UNIT, $FROM..$TO ($VERSION; whole months $first_whole..$last_whole), median of $RUNS runs, ms:"
# Each statement's label: the comment line just above it.
awk '/^-- / { label = substr($0, 4) } /^:explain/ { print label }' "${files[@]}" >"$out.labels"
awk '
  FNR == NR { label[FNR] = $0; next }
  { vals[$2] = vals[$2] " " $3; sum[$1] += $3; n = ($2 > n ? $2 : n) }
  function median(list,   v, c, i, j, tmp) { c = split(list, v, " ")
    for (i = 1; i <= c; i++) for (j = i + 1; j <= c; j++) if (v[j] + 0 < v[i] + 0) { tmp = v[i]; v[i] = v[j]; v[j] = tmp }
    return c % 2 ? v[(c + 1) / 2] : (v[c / 2] + v[c / 2 + 1]) / 2 }
  END { for (s = 1; s <= n; s++) printf "  %8.3f  %s\n", median(vals[s]), label[s]
        for (r in sum) sums = sums " " sum[r]
        printf "  %8.3f  all %d statements (median of the per-run sums)\n", median(sums), n }' "$out.labels" "$out"
