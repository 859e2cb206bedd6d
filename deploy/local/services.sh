#!/usr/bin/env bash
# The newsmon services as plain processes beside the local stack (deploy/local/stack.sh).
#
#   deploy/local/services.sh up       start processor, indexer, gateway and fetcher; feed them
#                                     (WORKERS=N: N processor workers in one consumer group)
#   deploy/local/services.sh down     stop them
#   deploy/local/services.sh status   exit status 3 when one of them is not running
#   deploy/local/services.sh logs     follow their logs
#
# The fetcher replays the bundled archive (so articles flow offline) and then polls the default
# feeds, which fail and back off where there is no network.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

NEWSMON="$REPO_ROOT/.venv/bin/newsmon"
GATEWAY_URL="http://$NEWSMON_HOST:${NEWSMON_GATEWAY_PORT:-8000}"
PROMETHEUS_URL="http://$NEWSMON_HOST:${NEWSMON_PROMETHEUS_PORT:-9090}"
# Processor workers: one Faust worker each, all in one consumer group sharing the topics' partitions
# (8 by default, so up to 8 workers do work; a ninth would idle). Each analyses on its own core.
WORKERS=${WORKERS:-1}
[[ $WORKERS =~ ^[1-9][0-9]*$ ]] || die "WORKERS must be a positive number, not '$WORKERS'"
# The first worker is "processor" (metrics on 9102, Faust's web server on 6066); worker i > 1 is
# "processor-i" with metrics on 9120+i, no web server and a data folder of its own.
EXTRA_WORKERS=()
for ((worker = 2; worker <= WORKERS; worker++)); do EXTRA_WORKERS+=("processor-$worker"); done
# Start order: consumers first, so that nothing the fetcher publishes waits for them.
SERVICES=(processor "${EXTRA_WORKERS[@]}" indexer gateway fetcher)

# start <name> [VARIABLE=value...] [arguments...]: run `newsmon <service> [arguments...]` as <name>
# (<service>, or <service>-<number> for a further worker of it) with the variables set.
start() {
    local name=$1 service=${1%%-*} variables=()
    shift
    while [[ ${1:-} == NEWSMON_*=* ]]; do
        variables+=("$1")
        shift
    done
    if pid=$(service_pid "$name" "newsmon $service"); then
        log "$name: already running (pid $pid)"
        return 0
    fi
    log "$name: starting (log: $(log_file "$name"))"
    start_detached "$name" env "${variables[@]}" "$NEWSMON" "$service" "$@"
}

# start_worker <number>: processor worker <number> (> 1), with its own ports and data folder.
start_worker() {
    local number=$1
    start "processor-$number" NEWSMON_METRICS_PORT=$((9120 + number)) \
        NEWSMON_FAUST_WEB_PORT=0 NEWSMON_FAUST_DATADIR="$NEWSMON_STATE/processor-$number"
}

# The workers that run now, whatever WORKERS says (so that `down` stops them all).
running_workers() {
    local file
    for file in "$RUN_DIR"/processor-*.pid; do
        [[ -e $file ]] && basename -- "$file" .pid
    done
    return 0
}

gateway_ready() { curl -fs "$GATEWAY_URL/readyz" >/dev/null; }

# Prints how many articles the gateway finds, once there is at least one (or 0 after a minute).
wait_for_articles() {
    local total=0 started=$SECONDS
    while ((SECONDS - started < 90)); do
        total=$(curl -fs "$GATEWAY_URL/search?size=1" | sed -n 's/.*"total": *\([0-9]*\).*/\1/p')
        [[ ${total:-0} -gt 0 ]] && break
        sleep 2
    done
    printf '%s\n' "${total:-0}"
}

# Prints one line per alert rule of deploy/prometheus/alerts.yml that is firing now (or says none is).
firing_alerts() {
    local answer
    if ! answer=$(curl -fs --max-time 5 "$PROMETHEUS_URL/api/v1/alerts"); then
        printf '  (Prometheus does not answer at %s)\n' "$PROMETHEUS_URL"
        return 0
    fi
    "$REPO_ROOT/.venv/bin/python" -c '
import json, sys
alerts = [a for a in json.load(sys.stdin)["data"]["alerts"] if a["state"] == "firing"]
for a in alerts:
    print("  FIRING", a["labels"]["alertname"] + ":", a["annotations"].get("summary", ""))
if not alerts:
    print("  none firing (a rule with a for: clause waits minutes before it fires)")
' <<<"$answer"
}

up() {
    [[ -x $NEWSMON ]] || die "$NEWSMON is missing: run 'make install' first"
    # Before any service: a topic the fetcher's producer created would get the broker's one partition,
    # and one partition is consumed by one worker however many run.
    "$NEWSMON" topics
    start processor
    for ((worker = 2; worker <= WORKERS; worker++)); do start_worker "$worker"; done
    start indexer
    start gateway
    # The bundled archive replays first (articles flow offline), then the default feeds are polled.
    start fetcher --demo
    wait_for gateway 60 "newsmon gateway" gateway_ready
    log "waiting for the first articles to become searchable..."
    log ""
    log "newsmon is running: $(wait_for_articles) articles searchable so far"
    log "  search:      $GATEWAY_URL/search?q=bantah   (API docs: $GATEWAY_URL/docs)"
    log "  denials:     $GATEWAY_URL/denials"
    log "  prometheus:  $PROMETHEUS_URL   (alerts: $PROMETHEUS_URL/alerts; Grafana comes with 'make up')"
    log "  logs:        $LOG_DIR   ('make logs' follows them)"
    log "  stop:        make stop"
    log ""
    log "alerts ($PROMETHEUS_URL/api/v1/alerts):"
    firing_alerts
}

down() {
    local name
    for name in fetcher gateway indexer $(running_workers) processor; do
        stop_service "$name" "newsmon ${name%%-*}" 20
    done
}

status() {
    local service pid code=0
    for service in "${SERVICES[@]}"; do
        if pid=$(service_pid "$service" "newsmon ${service%%-*}"); then
            log "$service: running (pid $pid)"
        else
            log "$service: not running"
            code=3
        fi
    done
    return $code
}

case ${1:-} in
up) up ;;
down) down ;;
status) status ;;
logs)
    mapfile -t files < <(printf "$LOG_DIR/%s.log\n" "${SERVICES[@]}")
    tail -F -- "${files[@]}" 2>/dev/null || true
    ;;
*) sed -n '4,8s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2 && exit 2 ;;
esac
