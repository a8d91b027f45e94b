# shellcheck shell=bash
# Shared settings and helpers of deploy/local/{up,down,status}. Sourced, not executed.
#
# Everything the local stack writes lives in one git-ignored folder, $RUN_DIR (default <repo>/.run):
#   logs/<component>.log     stdout+stderr of each process
#   pids/<component>.pid     "<pid> <start-time>" of each process started by `up` (the pid is also
#                            the process-group id: every component runs in its own session)
#   kafka/                   server.properties and the KRaft log directory
#   keycloak-<version>/      this clone's copy of the Keycloak distribution (its dev H2 store inside)
#   secrets.env              secrets generated once (mode 600)
# Downloads are cached outside the clone, in $MINHBACH_CACHE (default ~/.cache/minhbach), so a second
# clone on the same machine does not fetch or unpack them again.

set -euo pipefail

REPO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUN_DIR="${MINHBACH_RUN_DIR:-$REPO_DIR/.run}"
CACHE_DIR="${MINHBACH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/minhbach}"
LOG_DIR="$RUN_DIR/logs"
PID_DIR="$RUN_DIR/pids"

# Versions: keep in step with deploy/local/tools/pom.xml and the root pom.
KAFKA_VERSION=4.1.2
KEYCLOAK_VERSION=26.7.3

# Loopback only, fixed ports (docs/contracts.md).
BIND_HOST=127.0.0.1
GATEWAY_PORT=8080
PETITIONS_PORT=8081
INSPECTIONS_PORT=8082
PROGRAMS_PORT=8083
KEYCLOAK_PORT=8180
KEYCLOAK_MGMT_PORT=8190
KAFKA_PORT=9092
KAFKA_CONTROLLER_PORT=9093

DB_HOST="${DB_HOST:-127.0.0.1}"
DB_PORT="${DB_PORT:-5432}"
DB_USER="${DB_USER:-postgres}"
DB_PASSWORD="${DB_PASSWORD:-}"
# The services connect as this role (owns nothing); DB_USER owns the databases and runs Flyway.
DB_APP_USER="${DB_APP_USER:-minhbach_app}"
# Database names (docs/contracts.md); override to give a clone its own databases, e.g. when another
# branch already migrated the shared ones with a different schema (Flyway checksum mismatch).
PETITIONS_DB="${PETITIONS_DB:-petitions}"
INSPECTIONS_DB="${INSPECTIONS_DB:-inspections}"
PROGRAMS_DB="${PROGRAMS_DB:-programs}"
DATABASES=("$PETITIONS_DB" "$INSPECTIONS_DB" "$PROGRAMS_DB")

TOPICS=(minhbach.petitions.v1 minhbach.inspections.v1 minhbach.programs.v1)
TOPIC_PARTITIONS=3

KAFKA_LIBS="$CACHE_DIR/kafka-$KAFKA_VERSION/libs"
KEYCLOAK_DIST="$CACHE_DIR/keycloak-$KEYCLOAK_VERSION"
KEYCLOAK_HOME="$RUN_DIR/keycloak-$KEYCLOAK_VERSION"
# lib/quarkus of a Keycloak re-augmented by `start-dev --health-enabled=true` (the build-time
# options up uses): change the suffix when those options change.
KEYCLOAK_DEV_BUILD="$CACHE_DIR/keycloak-$KEYCLOAK_VERSION-start-dev-health"
REALM_FILE="$REPO_DIR/deploy/keycloak/minhbach-realm.json"
ISSUER="http://$BIND_HOST:$KEYCLOAK_PORT/realms/minhbach"

# Java services, in start order; the gateway last (it reports its upstreams in its readiness).
SERVICES=(petitions-service inspections-service programs-service gateway)
# Order in which `down` stops things: the reverse of the start order.
ALL_COMPONENTS=(kafka keycloak "${SERVICES[@]}")
SERVICE_HEAP="${MINHBACH_SERVICE_HEAP:--Xms64m -Xmx320m}"

service_port() {
  case "$1" in
    gateway) echo "$GATEWAY_PORT" ;;
    petitions-service) echo "$PETITIONS_PORT" ;;
    inspections-service) echo "$INSPECTIONS_PORT" ;;
    programs-service) echo "$PROGRAMS_PORT" ;;
    keycloak) echo "$KEYCLOAK_PORT" ;;
    kafka) echo "$KAFKA_PORT" ;;
    *) return 1 ;;
  esac
}

service_jar() { echo "$REPO_DIR/$1/target/quarkus-app/quarkus-run.jar"; }

# URL whose 200 answer means "ready".
health_url() {
  case "$1" in
    keycloak) echo "http://$BIND_HOST:$KEYCLOAK_MGMT_PORT/health/ready" ;;
    kafka) echo "" ;;
    *) echo "http://$BIND_HOST:$(service_port "$1")/q/health/ready" ;;
  esac
}

if [[ -t 1 ]]; then
  C_OK=$'\e[32m'; C_WARN=$'\e[33m'; C_ERR=$'\e[31m'; C_DIM=$'\e[2m'; C_B=$'\e[1m'; C_0=$'\e[0m'
else
  C_OK=; C_WARN=; C_ERR=; C_DIM=; C_B=; C_0=
fi
log()  { printf '%s[%s]%s %s\n' "$C_DIM" "$(date +%H:%M:%S)" "$C_0" "$*"; }
ok()   { printf '%s[%s]%s %s%s%s\n' "$C_DIM" "$(date +%H:%M:%S)" "$C_0" "$C_OK" "$*" "$C_0"; }
warn() { printf '%s[%s]%s %s%s%s\n' "$C_DIM" "$(date +%H:%M:%S)" "$C_0" "$C_WARN" "$*" "$C_0" >&2; }
die()  { printf '%s[%s]%s %serror:%s %s\n' "$C_DIM" "$(date +%H:%M:%S)" "$C_0" "$C_ERR" "$C_0" "$*" >&2; exit 1; }

# One up/down/status at a time per clone (the e2e tests may call `up` while someone else does).
take_lock() {
  mkdir -p "$RUN_DIR"
  exec 9>"$RUN_DIR/.lock"
  if ! flock -w 900 9; then die "another deploy/local command holds $RUN_DIR/.lock"; fi
}

# ---- processes -------------------------------------------------------------------------------

# Start time of a process in clock ticks since boot (field 22 of /proc/<pid>/stat): with the pid
# it identifies the process even if the pid is later reused by something else.
proc_start_time() {
  local stat
  stat="$(cat "/proc/$1/stat" 2>/dev/null)" || return 1
  stat="${stat##*) }"              # drop "pid (comm) ", comm may contain spaces
  # shellcheck disable=SC2086
  set -- $stat
  echo "${20}"
}

pid_file() { echo "$PID_DIR/$1.pid"; }

# Prints the pid of a component if the process `up` recorded is still alive, else nothing.
running_pid() {
  local f pid start now
  f="$(pid_file "$1")"
  [[ -f "$f" ]] || return 1
  read -r pid start < "$f" || return 1
  [[ -n "${pid:-}" ]] || return 1
  now="$(proc_start_time "$pid")" || return 1
  [[ "$now" == "${start:-}" ]] || return 1
  echo "$pid"
}

record_pid() {
  local start
  mkdir -p "$PID_DIR"
  start="$(proc_start_time "$2")" || die "$1 exited right after start; see $LOG_DIR/$1.log"
  echo "$2 $start" > "$(pid_file "$1")"
}

# Children of a process group other than its leader (Keycloak's kc.sh runs java as a child).
group_members() {
  ps -o pid= -g "$1" 2>/dev/null | awk -v leader="$1" '$1 != leader {print $1}'
}

# Starts "$@" detached, in its own session (pid = process group id), logging to logs/<name>.log.
start_detached() {
  local name="$1"; shift
  mkdir -p "$LOG_DIR" "$PID_DIR"
  {
    echo "===== $(date -u +%Y-%m-%dT%H:%M:%SZ) deploy/local/up starts $name"
  } >> "$LOG_DIR/$name.log"
  # 9>&-: the child must not inherit the lock of take_lock, or the next up/down would wait on it.
  setsid "$@" >> "$LOG_DIR/$name.log" 2>&1 < /dev/null 9>&- &
  local pid=$!
  record_pid "$name" "$pid"
  echo "$pid"
}

# The pid listening on a TCP port of this host, if any (needs ss from iproute2).
port_owner() {
  ss -Hltnp "sport = :$1" 2>/dev/null | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1
}

port_in_use() {
  ss -Hltn "sport = :$1" 2>/dev/null | grep -q .
}

http_ok() { curl -fsS -o /dev/null --max-time 3 "$1" 2>/dev/null; }

# Health of a component: UP, DOWN or "-" (no health endpoint and port closed).
component_health() {
  local url
  url="$(health_url "$1")"
  if [[ -z "$url" ]]; then
    if port_in_use "$(service_port "$1")"; then echo UP; else echo DOWN; fi
  elif http_ok "$url"; then echo UP
  else echo DOWN
  fi
}

load_secrets() {
  # shellcheck disable=SC1091
  [[ -f "$RUN_DIR/secrets.env" ]] && set -a && source "$RUN_DIR/secrets.env" && set +a
  return 0
}
