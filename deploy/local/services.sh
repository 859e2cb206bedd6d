#!/usr/bin/env bash
# The newsmon services as plain processes beside the local stack (deploy/local/stack.sh).
#
#   deploy/local/services.sh up       start processor, indexer, gateway and fetcher; feed them
#                                     (WORKERS=N: N processor workers in one consumer group)
#   deploy/local/services.sh down     stop them
#   deploy/local/services.sh status   exit status 3 when one of them is not running
#   deploy/local/services.sh logs     follow their logs
#
# The demo: an alert rule "demo" matching every denial, a client of its live alert stream (its log
# is alerts.log), then the fetcher replays the bundled archive (so articles flow offline) and polls
# the default feeds, which fail and back off where there is no network. Each service's /metrics
# address goes to deploy/prometheus/targets/<name>.json, which the local Prometheus scrapes; the
# fetcher starts once Prometheus has scraped the others, so that the dashboards see every counter
# move from 0. A second copy beside the first needs another NEWSMON_STATE, NEWSMON_NAMESPACE and
# NEWSMON_LOCAL_PORT_OFFSET (added to every port below).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR
source "$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)/lib.sh"

NEWSMON="$REPO_ROOT/.venv/bin/newsmon"
OFFSET=${NEWSMON_LOCAL_PORT_OFFSET:-0}
[[ $OFFSET =~ ^[0-9]+$ ]] || die "NEWSMON_LOCAL_PORT_OFFSET must be a number, not '$OFFSET'"
# Where each service serves /metrics: its settings' default port (the gateway: its HTTP port), plus
# the offset. Faust's web server (the first worker only) is on 6066 plus the offset.
declare -A PORTS=([fetcher]=9101 [processor]=9102 [indexer]=9103 [gateway]=8000)
for name in "${!PORTS[@]}"; do PORTS[$name]=$((PORTS[$name] + OFFSET)); done
FAUST_WEB_PORT=$((6066 + OFFSET))
TARGETS_DIR="$REPO_ROOT/deploy/prometheus/targets"
GATEWAY_URL="http://$NEWSMON_HOST:${PORTS[gateway]}"
DEMO_RULE=demo
DEMO_KEY_FILE="$NEWSMON_STATE/demo-api-key"
PROMETHEUS_URL="http://$NEWSMON_HOST:${NEWSMON_PROMETHEUS_PORT:-9090}"
# Processor workers: one Faust worker each, all in one consumer group sharing the topics' partitions
# (8 by default, so up to 8 workers do work; a ninth would idle). Each analyses on its own core.
WORKERS=${WORKERS:-1}
[[ $WORKERS =~ ^[1-9][0-9]*$ ]] || die "WORKERS must be a positive number, not '$WORKERS'"
# The first worker is "processor" (metrics on 9102, Faust's web server on 6066); worker i > 1 is
# "processor-i" with metrics on 9120+i (plus the offset), no web server and a data folder of its own.
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
    else
        log "$name: starting (log: $(log_file "$name"))"
        start_detached "$name" env "${variables[@]}" "$NEWSMON" "$service" "$@"
    fi
    add_target "$name" "${PORTS[$name]}"
}

# start_worker <number>: processor worker <number> (> 1), with its own ports and data folder.
start_worker() {
    local number=$1
    PORTS[processor-$number]=$((9120 + number + OFFSET))
    start "processor-$number" NEWSMON_METRICS_PORT="${PORTS[processor-$number]}" \
        NEWSMON_FAUST_WEB_PORT=0 NEWSMON_FAUST_DATADIR="$NEWSMON_STATE/processor-$number"
}

# add_target <name> <port>: Prometheus scrapes 127.0.0.1:<port> as the job of <name>'s service
# (the file is written whole and then renamed, so that Prometheus never reads half of it).
add_target() {
    mkdir -p -- "$TARGETS_DIR"
    printf '[{"targets": ["%s:%s"]}]\n' "$NEWSMON_HOST" "$2" >"$TARGETS_DIR/.$1.json"
    mv -f -- "$TARGETS_DIR/.$1.json" "$TARGETS_DIR/$1.json"
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

# Prints how many alerts the demo's stream client has received, once there is one (or 0 after a minute).
wait_for_demo_alerts() {
    local received=0 started=$SECONDS
    while ((SECONDS - started < 60)); do
        received=$(grep -c '^event: alert' "$(log_file alerts)" 2>/dev/null) || true
        ((${received:-0} > 0)) && break
        sleep 2
    done
    printf '%s\n' "${received:-0}"
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

# Prints the demo's API key (made once, kept in the state folder; the gateway's keys file holds its digest).
demo_key() {
    if [[ ! -s $DEMO_KEY_FILE ]]; then
        mkdir -p -- "$NEWSMON_STATE"
        (umask 077 && "$NEWSMON" apikey create --name "make run demo" >"$DEMO_KEY_FILE")
    fi
    cat -- "$DEMO_KEY_FILE"
}

# The demo's alert rule (every denial) and a client of its live stream, so that the demo raises and
# delivers alerts; what the client receives is in alerts.log.
start_demo_alerts() {
    local answer pid
    if ! answer=$(curl -sS --max-time 10 -X PUT -H "Authorization: Bearer $(demo_key)" \
        -H 'Content-Type: application/json' -d '{"name": "Every denial (make run demo)"}' \
        -w ' %{http_code}' "$GATEWAY_URL/rules/$DEMO_RULE") || [[ ${answer##* } != 200 ]]; then
        warn "demo: the alert rule '$DEMO_RULE' was not stored (${answer:-no answer}); no demo alerts"
        return 0
    fi
    log "demo: alert rule '$DEMO_RULE' matches every denial ($GATEWAY_URL/rules/$DEMO_RULE)"
    if pid=$(service_pid alerts "alerts/stream"); then
        log "alerts: already following the demo's live alerts (pid $pid)"
        return 0
    fi
    log "alerts: following $GATEWAY_URL/alerts/stream?rule=$DEMO_RULE (log: $(log_file alerts))"
    start_detached alerts curl -sSN "$GATEWAY_URL/alerts/stream?rule=$DEMO_RULE"
}

# Waits (up to a minute) until Prometheus has scraped the /metrics of every service started so far,
# so that it stores their counters at 0 before the demo's articles move them.
wait_for_scrapes() {
    local addresses=() name pattern
    for name in "${!PORTS[@]}"; do
        [[ $name == fetcher ]] || addresses+=("$NEWSMON_HOST:${PORTS[$name]}")
    done
    pattern=$(IFS='|' && printf '%s' "${addresses[*]}")
    log "waiting for Prometheus ($PROMETHEUS_URL) to scrape the services..."
    wait_for_prometheus "count(up{instance=~\"$pattern\"} == 1) == ${#addresses[@]}" "scraped every service"
}

# wait_for_prometheus <expression> <what it means>: polls Prometheus until the PromQL expression has a
# result, for up to a minute, then warns that Prometheus has not <what it means>. Returns at once when
# Prometheus does not answer (the services run without it).
wait_for_prometheus() {
    local started=$SECONDS
    curl -fs --max-time 5 "$PROMETHEUS_URL/-/ready" >/dev/null || return 0
    until prometheus_has "$1"; do
        if ((SECONDS - started >= 60)); then
            warn "Prometheus has not $2 within 60s; the dashboards may miss the demo"
            return 0
        fi
        sleep 1
    done
}

# True when the PromQL expression given has a result now.
prometheus_has() {
    local answer
    answer=$(curl -fsG --max-time 5 "$PROMETHEUS_URL/api/v1/query" --data-urlencode "query=$1") || return 1
    [[ $answer == *'"result":[{'* ]]
}

up() {
    [[ -x $NEWSMON ]] || die "$NEWSMON is missing: run 'make install' first"
    # Before any service: a topic the fetcher's producer created would get the broker's one partition,
    # and one partition is consumed by one worker however many run.
    "$NEWSMON" topics
    start processor NEWSMON_METRICS_PORT="${PORTS[processor]}" NEWSMON_FAUST_WEB_PORT="$FAUST_WEB_PORT"
    for ((worker = 2; worker <= WORKERS; worker++)); do start_worker "$worker"; done
    start indexer NEWSMON_METRICS_PORT="${PORTS[indexer]}"
    start gateway NEWSMON_GATEWAY_PORT="${PORTS[gateway]}"
    wait_for gateway 60 "newsmon gateway" gateway_ready
    start_demo_alerts
    wait_for_scrapes
    # The bundled archive replays first (articles flow offline), then the default feeds are polled.
    start fetcher NEWSMON_METRICS_PORT="${PORTS[fetcher]}" NEWSMON_FETCHER_REPLAY_SCRAPE_WAIT_SECONDS=60 --demo
    log "waiting for the first articles to become searchable..."
    wait_for_articles >/dev/null
    wait_for_demo_alerts >/dev/null
    # Every leg of the pipeline, from publication to an alert delivered, and the searches above seen
    # before `up` returns.
    wait_for_prometheus 'count(count by (leg) (newsmon_pipeline_latency_seconds_count > 0)) == 4
        and on() sum(newsmon_stage_seconds_count{service="gateway", stage="search_articles"}) > 0' \
        "seen the demo on every leg of the pipeline and a search"
    log ""
    log "newsmon is running: $(wait_for_articles) articles searchable so far," \
        "$(wait_for_demo_alerts) demo alerts delivered to the live stream"
    log "  web page:    $GATEWAY_URL/   (search, articles, live denial alerts)"
    log "  search:      $GATEWAY_URL/search?q=bantah   (API docs: $GATEWAY_URL/docs)"
    log "  denials:     $GATEWAY_URL/denials   (demo alerts: $GATEWAY_URL/alerts?rule=$DEMO_RULE)"
    log "  prometheus:  $PROMETHEUS_URL   (alerts: $PROMETHEUS_URL/alerts; Grafana comes with 'make up')"
    log "  dashboards:  check every panel: .venv/bin/python -m tools.dashboards.live --prometheus $PROMETHEUS_URL"
    log "  logs:        $LOG_DIR   ('make logs' follows them)"
    log "  stop:        make stop"
    log ""
    log "alerts ($PROMETHEUS_URL/api/v1/alerts):"
    firing_alerts
}

down() {
    local name
    stop_service alerts "alerts/stream" 5
    for name in fetcher gateway indexer $(running_workers) processor; do
        stop_service "$name" "newsmon ${name%%-*}" 20
        rm -f -- "$TARGETS_DIR/$name.json"
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
