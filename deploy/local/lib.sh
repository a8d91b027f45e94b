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

# ---- the services' JVM and start-up cache (docs/operations-local.md, "JVM and start-up cache") ----
# MINHBACH_SERVICE_JAVA: the java the four Quarkus services run on. Default: the newest JDK 25 or
# later under /usr/lib/jvm, whose AOT cache (JEP 483/514/515) keeps classes loaded and linked, and
# method profiles, from a training run; otherwise the java on PATH, with AppCDS (JDK 17-24).
# MINHBACH_STARTUP_CACHE=off starts them without either.
java_feature() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1; }

# Sets SERVICE_JAVA (the java binary) and SERVICE_JAVA_FEATURE (e.g. 25) once per script.
resolve_service_java() {
  [[ -n "${SERVICE_JAVA:-}" ]] && return 0
  local j v best=0
  if [[ -n "${MINHBACH_SERVICE_JAVA:-}" ]]; then
    SERVICE_JAVA="$MINHBACH_SERVICE_JAVA"; best="$(java_feature "$SERVICE_JAVA")"
  else
    SERVICE_JAVA=java
    for j in /usr/lib/jvm/*/bin/java; do
      [[ -x "$j" && ! -L "$(dirname "$(dirname "$j")")" ]] || continue
      v="$(java_feature "$j")"
      if [[ "$v" =~ ^[0-9]+$ ]] && ((v >= 25 && v > best)); then best=$v; SERVICE_JAVA="$j"; fi
    done
    ((best)) || best="$(java_feature java)"
  fi
  SERVICE_JAVA_FEATURE="$best"
}

# The cache file of a service for the jars now built and the JVM chosen: a rebuild or another JVM
# gives another name, so a stale cache is never used. .aot on JDK 25+, .jsa (AppCDS) before.
startup_cache_file() {
  [[ "${MINHBACH_STARTUP_CACHE:-on}" == off ]] && return 0
  local s="${1%@*}" home key ext=jsa
  resolve_service_java
  home="$(dirname "$(dirname "$(readlink -f "$(command -v "$SERVICE_JAVA")")")")"
  key="$( { echo "$home"; cat "$home/release" 2>/dev/null; find "$(dirname "$(service_jar "$s")")" -type f -printf '%P %s %T@\n' | sort; } \
    | md5sum | cut -c1-12)"
  ((SERVICE_JAVA_FEATURE >= 25)) && ext=aot
  echo "$RUN_DIR/startup-cache/$s-$key.$ext"
}

# JVM flags that use the service's cache, if it has one.
startup_cache_flags() {
  local f; f="$(startup_cache_file "$1")"
  [[ -n "$f" && -f "$f" ]] || return 0
  case "$f" in
    *.aot) echo "-XX:AOTCache=$f" ;;
    *.jsa) echo "-XX:SharedArchiveFile=$f" ;;
  esac
}

# JVM flags of a training run: the cache is written when the JVM exits cleanly (SIGTERM).
startup_cache_training_flags() {
  case "$1" in
    *.aot) echo "-XX:AOTCacheOutput=$1" ;;
    *.jsa) echo "-XX:ArchiveClassesAtExit=$1" ;;
  esac
}

# JVM flags of every service (deploy/local/up, deploy/local/instance). Compact object headers
# (JEP 519, a product flag from JDK 25) make each object 4 bytes smaller.
service_jvm_flags() {
  local flags="$SERVICE_HEAP -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError -Djava.net.preferIPv4Stack=true"
  resolve_service_java
  ((SERVICE_JAVA_FEATURE >= 25)) && flags+=" -XX:+UseCompactObjectHeaders"
  echo "$flags"
}

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
