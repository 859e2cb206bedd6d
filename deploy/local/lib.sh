# shellcheck shell=bash
# Shared helpers for the local stack. Sourced by stack.sh, never run on its own.
#
# Every service script (kafka.sh, elasticsearch.sh, prometheus.sh) builds on these:
# paths, logging, tool checks, Java selection, pid files, ports and readiness waits.

# --- paths and settings (all overridable, documented in README.md) -------------------------

DEPLOY_LOCAL_DIR="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck disable=SC2034  # used by prometheus.sh
REPO_ROOT="$(cd -- "$DEPLOY_LOCAL_DIR/../.." && pwd)"

# root's $HOME is mode 0700 on most systems, so the unprivileged user that Elasticsearch must run
# as could not even reach a cache or state dir below /root. As root we therefore default to the
# conventional system locations; everyone else gets the XDG-style per-user ones.
if [[ $EUID -eq 0 ]]; then
    NEWSMON_CACHE="${NEWSMON_CACHE:-/var/cache/newsmon}"
    NEWSMON_STATE="${NEWSMON_STATE:-/var/lib/newsmon}"
else
    NEWSMON_CACHE="${NEWSMON_CACHE:-$HOME/.cache/newsmon}"
    NEWSMON_STATE="${NEWSMON_STATE:-$HOME/.local/state/newsmon}"
fi
# The stack is for development only: it listens on loopback and nowhere else.
NEWSMON_HOST=127.0.0.1

LOG_DIR="$NEWSMON_STATE/logs"
RUN_DIR="$NEWSMON_STATE/run"
# The descriptor that holds the stack lock once take_stack_lock has run. Until then it names
# one that is not open, which start_detached can close harmlessly.
STACK_LOCK_FD=9

# --- output ---------------------------------------------------------------------------------

log() { printf '%s\n' "$*"; }
warn() { printf 'warning: %s\n' "$*" >&2; }
die() {
    printf 'error: %s\n' "$*" >&2
    exit 1
}

# Prints the failure, then the end of the service's log, which is where the reason usually is.
die_with_log() {
    local log_file=$1
    shift
    printf 'error: %s\n' "$*" >&2
    if [[ -s $log_file ]]; then
        printf '\n--- last 30 lines of %s ---\n' "$log_file" >&2
        tail -n 30 -- "$log_file" >&2
        printf -- '--- end of %s ---\n' "$log_file" >&2
    else
        printf 'the log %s is empty or missing\n' "$log_file" >&2
    fi
    exit 1
}

# --- prerequisites --------------------------------------------------------------------------

# require_cmd <command> <what to do when it is missing>
require_cmd() {
    command -v -- "$1" >/dev/null 2>&1 || die "'$1' is not installed or not on PATH: $2"
}

# Prints the major version of a java binary (8 for "1.8.0_x", 17 for "17.0.15"), or fails.
java_major() {
    local version
    version=$("$1" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
    [[ -n $version ]] || return 1
    if [[ $version == 1.* ]]; then
        version=${version#1.}
    fi
    printf '%s\n' "${version%%[.+-]*}"
}

# find_java_home <min-major> [candidate home...]
# Prints the first Java home whose java is at least <min-major>. The candidates given come first
# (explicit settings), then JAVA_HOME, the java on PATH, and the JDKs in /usr/lib/jvm.
find_java_home() {
    local min=$1
    shift
    local candidates=("$@") home major path_java
    [[ -n ${JAVA_HOME:-} ]] && candidates+=("$JAVA_HOME")
    if path_java=$(command -v java 2>/dev/null); then
        candidates+=("$(dirname -- "$(dirname -- "$(readlink -f -- "$path_java")")")")
    fi
    if [[ -d /usr/lib/jvm ]]; then
        # Newest first, so that a machine with several JDKs picks the newest that fits.
        while IFS= read -r home; do candidates+=("$home"); done < <(
            find /usr/lib/jvm -mindepth 1 -maxdepth 1 -type d | sort -rV
        )
    fi
    for home in "${candidates[@]}"; do
        [[ -n $home && -x $home/bin/java ]] || continue
        major=$(java_major "$home/bin/java") || continue
        if ((major >= min)); then
            printf '%s\n' "$home"
            return 0
        fi
    done
    return 1
}

# --- locking ------------------------------------------------------------------------------

# Several engineers (and test runs) share one stack: starting, stopping and downloading are
# serialised, so two `up`s at once give one running stack instead of two half-started ones.
take_stack_lock() {
    require_cmd flock "install util-linux"
    mkdir -p -- "$NEWSMON_STATE"
    exec {STACK_LOCK_FD}>"$NEWSMON_STATE/.stack.lock"
    if ! flock -n "$STACK_LOCK_FD"; then
        log "waiting for another stack.sh to finish..."
        flock -w 900 "$STACK_LOCK_FD" ||
            die "another stack.sh has held $NEWSMON_STATE/.stack.lock for 15 minutes"
    fi
}

# --- processes ------------------------------------------------------------------------------

pid_file() { printf '%s/%s.pid\n' "$RUN_DIR" "$1"; }
log_file() { printf '%s/%s.log\n' "$LOG_DIR" "$1"; }

# service_pid <service> <marker>
# Prints the pid of the running service. The marker must appear in the process's command line,
# so that a stale pid file whose pid was reused by another process is not mistaken for ours.
# A stale pid file is removed.
service_pid() {
    local file pid
    file=$(pid_file "$1")
    [[ -f $file ]] || return 1
    pid=$(<"$file")
    if [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null &&
        tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$2"; then
        printf '%s\n' "$pid"
        return 0
    fi
    rm -f -- "$file"
    return 1
}

# start_detached <service> <command...>
# Runs the command in its own session (so `down` can signal the whole process tree at once,
# e.g. Elasticsearch's launcher and its server JVM), detached from the terminal, appending
# stdout and stderr to the service log. The previous run's log is kept as <service>.log.1.
start_detached() {
    local service=$1 file log
    shift
    file=$(pid_file "$service")
    log=$(log_file "$service")
    mkdir -p -- "$RUN_DIR" "$LOG_DIR"
    rm -f -- "$file"
    [[ -f $log ]] && mv -f -- "$log" "$log.1"
    # The pid is written from inside the new session, so it is the session (and process group)
    # leader's pid whether or not setsid had to fork; `exec` keeps it the service's own pid.
    # The lock's descriptor is closed for the service: a long-lived process that inherited it
    # would hold the stack lock for as long as it runs.
    # shellcheck disable=SC2016  # $$ and $0 belong to the inner shell
    setsid bash -c 'echo $$ >"$0"; exec "$@"' "$file" "$@" </dev/null >>"$log" 2>&1 \
        {STACK_LOCK_FD}>&- &
    local waited=0
    until [[ -s $file ]] || ((waited >= 50)); do
        sleep 0.1
        waited=$((waited + 1))
    done
    [[ -s $file ]] || die_with_log "$log" "$service: the process did not start"
}

# stop_service <service> <marker> [grace-seconds]
# SIGTERM to the whole process group, wait for a clean shutdown, then SIGKILL what is left.
stop_service() {
    local service=$1 marker=$2 grace=${3:-30} pid waited=0
    if ! pid=$(service_pid "$service" "$marker"); then
        log "$service: not running"
        return 0
    fi
    log "$service: stopping (pid $pid)"
    kill -TERM -- "-$pid" 2>/dev/null || true
    # `kill -0 -PGID` succeeds while any process of the group is alive.
    while kill -0 -- "-$pid" 2>/dev/null && ((waited < grace * 10)); do
        sleep 0.1
        waited=$((waited + 1))
    done
    if kill -0 -- "-$pid" 2>/dev/null; then
        warn "$service: still running after ${grace}s, sending SIGKILL"
        kill -KILL -- "-$pid" 2>/dev/null || true
        sleep 0.5
    fi
    rm -f -- "$(pid_file "$service")"
    log "$service: stopped"
}

# --- ports and readiness --------------------------------------------------------------------

# True when something accepts TCP connections on host:port.
tcp_open() {
    # shellcheck disable=SC2016  # $0 and $1 belong to the inner shell
    timeout 1 bash -c 'exec 3<>"/dev/tcp/$0/$1"' "$1" "$2" 2>/dev/null
}

# ensure_port_free <service> <port> <env var that moves it>
ensure_port_free() {
    local service=$1 port=$2 var=$3 owner=""
    tcp_open "$NEWSMON_HOST" "$port" || return 0
    if command -v ss >/dev/null 2>&1; then
        owner=$(ss -Htlnp "sport = :$port" 2>/dev/null | grep -o 'users:(.*)' | head -n 1 || true)
    fi
    die "$service: port $port on $NEWSMON_HOST is already taken${owner:+ by $owner}," \
        "and not by a $service this script started. Stop that process, or choose another port" \
        "with $var=<port>."
}

# wait_for <service> <timeout-seconds> <marker> <check command...>
# Polls the check once a second until it succeeds. Fails early, pointing at the log, when the
# service's process dies, and when the timeout passes.
wait_for() {
    local service=$1 timeout=$2 marker=$3 started=$SECONDS
    shift 3
    until "$@"; do
        service_pid "$service" "$marker" >/dev/null ||
            die_with_log "$(log_file "$service")" "$service: the process exited during startup"
        ((SECONDS - started < timeout)) ||
            die_with_log "$(log_file "$service")" "$service: not ready after ${timeout}s; it is" \
                "still running: run 'up' again to keep waiting, or 'down $service' to stop it"
        sleep 1
    done
}

# --- download helpers -----------------------------------------------------------------------

# Maven prints little in batch+quiet mode; its full output is kept for when it fails.
run_maven() {
    local out
    out=$(mktemp)
    if ! mvn -B -q "$@" >"$out" 2>&1; then
        cat -- "$out" >&2
        rm -f -- "$out"
        die "maven failed (mvn $*); the output is above"
    fi
    rm -f -- "$out"
}
