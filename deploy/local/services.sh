#!/usr/bin/env bash
# The newsmon services as plain processes beside the local stack (deploy/local/stack.sh).
#
#   deploy/local/services.sh up       start processor, indexer, gateway and fetcher; feed them
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
# Start order: consumers first, so that nothing the fetcher publishes waits for them.
SERVICES=(processor indexer gateway fetcher)

start() {
    local service=$1
    shift
    if pid=$(service_pid "$service" "newsmon $service"); then
        log "$service: already running (pid $pid)"
        return 0
    fi
    log "$service: starting (log: $(log_file "$service"))"
    start_detached "$service" "$NEWSMON" "$service" "$@"
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

up() {
    [[ -x $NEWSMON ]] || die "$NEWSMON is missing: run 'make install' first"
    start processor
    start indexer
    start gateway
    # The bundled archive replays first (articles flow offline), then the default feeds are polled.
    start fetcher --demo
    wait_for gateway 60 "newsmon gateway" gateway_ready
    log "waiting for the first articles to become searchable..."
    log ""
    log "newsmon is running: $(wait_for_articles) articles searchable so far"
    log "  web page:    $GATEWAY_URL/   (search, articles, live denial alerts)"
    log "  search:      $GATEWAY_URL/search?q=bantah   (API docs: $GATEWAY_URL/docs)"
    log "  denials:     $GATEWAY_URL/denials"
    log "  prometheus:  http://$NEWSMON_HOST:9090   (Grafana comes with 'make up')"
    log "  logs:        $LOG_DIR   ('make logs' follows them)"
    log "  stop:        make stop"
}

down() {
    local index
    for ((index = ${#SERVICES[@]} - 1; index >= 0; index--)); do
        stop_service "${SERVICES[index]}" "newsmon ${SERVICES[index]}" 20
    done
}

status() {
    local service pid code=0
    for service in "${SERVICES[@]}"; do
        if pid=$(service_pid "$service" "newsmon $service"); then
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
