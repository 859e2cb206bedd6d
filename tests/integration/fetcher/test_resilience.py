"""The fetcher as a process: it waits for a broker that is away, and SIGTERM stops it at once, even in the
middle of a fetch from a server that drips its answer."""

from __future__ import annotations

import json
import time
from pathlib import Path

from tests.support import hostile
from tests.support.ports import free_port
from tests.support.stack import remove_topics, require_kafka
from tests.support.web import LOCAL_FETCHER_ENV, Site, local_fetcher_settings
from tests.support.workers import running_service, tail

# A stop that works takes about a second; the bound is loose because a loaded CI machine slows the exit,
# and still far below the 120 s fetch deadline and the 30 s after which the process would be killed.
PROMPT_STOP_SECONDS = 20


def _env(namespace: str, feeds: Path, servers: str) -> dict[str, str]:
    return {
        "NEWSMON_NAMESPACE": namespace,
        "NEWSMON_KAFKA_BOOTSTRAP_SERVERS": servers,
        "NEWSMON_METRICS_PORT": "0",
        "NEWSMON_FETCHER_FEEDS_FILE": str(feeds),
        "NEWSMON_FETCHER_FETCH_DEADLINE_SECONDS": "120",
        **LOCAL_FETCHER_ENV,
    }


def _feeds(tmp_path: Path, site: Site, *links: str) -> Path:
    items = "".join(f"<item><title>{n}</title><link>{link}</link></item>" for n, link in enumerate(links))
    feed_url = site.add("/rss", "application/rss+xml", f'<rss version="2.0"><channel>{items}</channel></rss>')
    path = tmp_path / "feeds.json"
    path.write_text(json.dumps([{"schema_version": 1, "url": feed_url, "name": "Slow"}]), encoding="utf-8")
    return path


def _stopped_within(process_log: Path, env: dict[str, str], wait_before: float, until: str) -> float:
    """Run the fetcher, wait until its log shows ``until`` (or ``wait_before`` seconds) and a second more,
    SIGTERM it and return how long it took to exit; fails when it exited by itself or not cleanly."""
    with running_service(["newsmon", "fetcher"], env, process_log, stop_seconds=30) as process:
        deadline = time.monotonic() + wait_before
        while until not in process_log.read_text(errors="replace") and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(1.0)  # well into what follows the line: a wait for the broker, a fetch
        assert process.poll() is None, f"the fetcher exited by itself:\n{tail(process_log)}"
        signalled = time.monotonic()
    stopped = time.monotonic() - signalled
    assert process.returncode == 0, f"exit {process.returncode}:\n{tail(process_log)}"
    return stopped


def test_a_fetcher_started_without_a_broker_waits_for_it_and_stops_on_sigterm(
    tmp_path: Path, site: Site, namespace: str
) -> None:
    feeds = _feeds(tmp_path, site)
    log = tmp_path / "fetcher.log"
    away = f"127.0.0.1:{free_port()}"

    # Still running a few seconds after the client's first refused connection: it waits for the broker.
    stopped = _stopped_within(log, _env(namespace, feeds, away), 30, "ECONNREFUSED")

    assert "stopped while Kafka was away" in log.read_text()
    assert stopped < PROMPT_STOP_SECONDS


def test_sigterm_stops_the_fetcher_in_the_middle_of_a_dripping_fetch(
    tmp_path: Path, site: Site, namespace: str
) -> None:
    settings = local_fetcher_settings(namespace)
    require_kafka(settings.kafka_bootstrap_servers)
    feeds = _feeds(tmp_path, site, site.behave("/drip", hostile.drip(0.2)))
    log = tmp_path / "fetcher.log"
    try:
        # The feed is fetched at once; the page then drips for 2,000 s unless the stop cuts it.
        stopped = _stopped_within(log, _env(namespace, feeds, settings.kafka_bootstrap_servers), 20, "polling 1 feeds")
        assert stopped < PROMPT_STOP_SECONDS
    finally:
        remove_topics(settings.kafka_bootstrap_servers, namespace)
