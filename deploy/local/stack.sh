#!/usr/bin/env bash
# The local newsmon stack without Docker: Kafka, Elasticsearch and Prometheus as plain processes.
#
#   deploy/local/stack.sh up     [service...]   download once, start, wait until ready
#   deploy/local/stack.sh down   [service...]   stop (SIGTERM, then SIGKILL after 30s)
#   deploy/local/stack.sh status [service...]   exit status 3 when one of them is not running
#   deploy/local/stack.sh logs   [-f] [service...]
#   deploy/local/stack.sh reset  [service...]   stop and delete data and logs; keep downloads
#   deploy/local/stack.sh fetch  [service...]   download only
#
# Services: kafka, elasticsearch (or es), prometheus, all (the default).
# Settings are environment variables, listed in deploy/local/README.md.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR

HERE="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)"
source "$HERE/lib.sh"
source "$HERE/kafka.sh"
source "$HERE/elasticsearch.sh"
source "$HERE/prometheus.sh"

ALL_SERVICES=(kafka elasticsearch prometheus)

usage() {
    sed -n '4,12s/^# \{0,1\}//p' "${BASH_SOURCE[0]}" >&2
    exit 2
}

# Prints the services named on the command line, in start order, without duplicates.
parse_services() {
    local -A wanted=()
    local name s
    (($# > 0)) || set -- all
    for name in "$@"; do
        case $name in
        all) for s in "${ALL_SERVICES[@]}"; do wanted[$s]=1; done ;;
        kafka | elasticsearch | prometheus) wanted[$name]=1 ;;
        es) wanted[elasticsearch]=1 ;;
        *) die "unknown service '$name' (known: ${ALL_SERVICES[*]}, all)" ;;
        esac
    done
    for name in "${ALL_SERVICES[@]}"; do
        [[ -n ${wanted[$name]:-} ]] && printf '%s\n' "$name"
    done
    return 0
}

cmd_up() {
    local service started=$SECONDS
    # Everything is launched first and waited for afterwards: the JVMs start side by side.
    for service in "$@"; do "${service}_start"; done
    for service in "$@"; do "${service}_wait"; done
    log "up in $((SECONDS - started))s; logs are in $LOG_DIR"
}

cmd_down() {
    local i
    # Reverse order: the consumers of a service stop before it does.
    for ((i = $#; i >= 1; i--)); do "${!i}_down"; done
}

cmd_status() {
    local service rc=0
    for service in "$@"; do "${service}_status" || rc=3; done
    return "$rc"
}

cmd_logs() {
    local follow=0 service
    local -a files=()
    if [[ ${1:-} == -f ]]; then
        follow=1
        shift
    fi
    local -a services
    mapfile -t services < <(parse_services "$@")
    for service in "${services[@]}"; do
        if [[ -f $(log_file "$service") ]]; then
            files+=("$(log_file "$service")")
        else
            log "$service: no log yet at $(log_file "$service")"
        fi
    done
    ((${#files[@]} > 0)) || return 0
    if ((follow)); then
        exec tail -n 50 -F -- "${files[@]}"
    fi
    tail -n 50 -- "${files[@]}"
}

cmd_reset() {
    local service
    cmd_down "$@"
    for service in "$@"; do
        "${service}_reset"
        rm -f -- "$(log_file "$service")" "$(log_file "$service").1"
        log "$service: data and logs deleted (the download cache in $NEWSMON_CACHE is kept)"
    done
}

cmd_fetch() {
    local service
    for service in "$@"; do
        case $service in
        kafka) kafka_fetch ;;
        elasticsearch) es_fetch ;;
        prometheus) prometheus_install ;;
        esac
    done
    log "cached in $NEWSMON_CACHE"
}

main() {
    (($# > 0)) || usage
    local command=$1
    shift
    case $command in
    logs)
        cmd_logs "$@"
        return
        ;;
    up | down | status | reset | fetch) ;;
    -h | --help | help) usage ;;
    *) usage ;;
    esac

    local -a services
    mapfile -t services < <(parse_services "$@")
    ((${#services[@]} > 0)) || exit 2

    case $command in
    status) cmd_status "${services[@]}" ;;
    *)
        take_stack_lock
        "cmd_$command" "${services[@]}"
        ;;
    esac
}

main "$@"
