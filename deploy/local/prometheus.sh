# shellcheck shell=bash
# Prometheus, from Debian's package, scraping the newsmon services on this machine.
# Sourced by stack.sh, after lib.sh.

PROM_PORT="${NEWSMON_PROMETHEUS_PORT:-9090}"
PROM_CONFIG="${NEWSMON_PROMETHEUS_CONFIG:-$REPO_ROOT/deploy/prometheus/prometheus.yml}"
PROM_TIMEOUT="${NEWSMON_PROMETHEUS_TIMEOUT:-60}"
PROM_DATA="$NEWSMON_STATE/prometheus"
# Our Prometheus is the one with our storage path; the Debian package's own service has another.
PROM_MARKER="storage.tsdb.path=$PROM_DATA"

prometheus_install() {
    command -v prometheus >/dev/null 2>&1 && command -v promtool >/dev/null 2>&1 && return 0
    require_cmd apt-get "install Prometheus yourself; this script only knows Debian's package"
    [[ $EUID -eq 0 ]] || die "prometheus: not installed; run as root, or: sudo apt-get install prometheus"
    log "prometheus: installing Debian's prometheus package"
    # The package index is only refreshed when the install fails, because refreshing is slow
    # and usually unnecessary.
    export DEBIAN_FRONTEND=noninteractive DEBCONF_NOWARNINGS=yes
    if ! apt-get install -y -q --no-install-recommends prometheus >/dev/null; then
        log "prometheus: install failed; refreshing the package index and retrying"
        apt-get update -q >/dev/null
        apt-get install -y -q --no-install-recommends prometheus >/dev/null
    fi
    command -v prometheus >/dev/null 2>&1 || die "prometheus: installed, but not on PATH"
}

prometheus_ready() {
    curl -fsS --max-time 3 "http://$NEWSMON_HOST:$PROM_PORT/-/ready" >/dev/null 2>&1
}

prometheus_start() {
    local pid
    if pid=$(service_pid prometheus "$PROM_MARKER"); then
        log "prometheus: already running (pid $pid) on http://$NEWSMON_HOST:$PROM_PORT"
        return 0
    fi
    require_cmd curl "install curl (apt-get install curl); it checks that Prometheus is ready"
    [[ -f $PROM_CONFIG ]] || die "prometheus: no config at $PROM_CONFIG"
    ensure_port_free prometheus "$PROM_PORT" NEWSMON_PROMETHEUS_PORT
    prometheus_install
    # A broken config or rules file is reported here, in a second, rather than as a dead process.
    local out
    if ! out=$(promtool check config "$PROM_CONFIG" 2>&1); then
        printf '%s\n' "$out" >&2
        die "prometheus: $PROM_CONFIG does not pass 'promtool check config'; the output is above"
    fi
    mkdir -p -- "$PROM_DATA"
    log "prometheus: starting $(prometheus --version 2>&1 | head -n 1 | cut -d' ' -f1-3)" \
        "on http://$NEWSMON_HOST:$PROM_PORT (log: $(log_file prometheus))"
    # --web.enable-lifecycle allows `curl -X POST .../-/reload` after editing the config.
    start_detached prometheus "$(command -v prometheus)" \
        --config.file="$PROM_CONFIG" \
        --storage.tsdb.path="$PROM_DATA" \
        --storage.tsdb.retention.time=7d \
        --web.listen-address="$NEWSMON_HOST:$PROM_PORT" \
        --web.enable-lifecycle
}

prometheus_wait() {
    wait_for prometheus "$PROM_TIMEOUT" "$PROM_MARKER" prometheus_ready
    log "prometheus: ready on http://$NEWSMON_HOST:$PROM_PORT" \
        "(pid $(service_pid prometheus "$PROM_MARKER"))"
}

prometheus_down() {
    stop_service prometheus "$PROM_MARKER" 30
}

prometheus_status() {
    local pid
    if pid=$(service_pid prometheus "$PROM_MARKER"); then
        if prometheus_ready; then
            log "prometheus: running (pid $pid), http://$NEWSMON_HOST:$PROM_PORT"
        else
            log "prometheus: running (pid $pid), NOT ready on http://$NEWSMON_HOST:$PROM_PORT"
        fi
    else
        log "prometheus: stopped"
    fi
    log "  log: $(log_file prometheus)   data: $PROM_DATA   config: $PROM_CONFIG"
    [[ -n ${pid:-} ]]
}

prometheus_reset() {
    rm -rf -- "${PROM_DATA:?}"
}
