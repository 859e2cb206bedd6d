"""Politeness: robots.txt read once per host (and again after a while), and a pause between two
requests to the same host.

robots.txt is fetched through the fetcher's own guarded client, so it gets the same SSRF checks, size cap
and deadline as any page; a host without one (4xx), or whose robots.txt cannot be read now, is allowed.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from newsmon.core.errors import FetchError, TransientError
from newsmon.fetcher.http import HttpClient

log = logging.getLogger(__name__)
ROBOTS_MAX_BYTES = 512 * 1024


def host_of(url: str) -> str:
    """The scheme and authority of ``url`` (``https://news.example:8443``), what robots.txt applies to."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


class RobotsRules:
    """Answers whether the user agent may fetch a URL, by its host's robots.txt (cached ``ttl`` seconds)."""

    def __init__(
        self,
        client: HttpClient,
        user_agent: str,
        *,
        ttl: float = 3600.0,
        max_hosts: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._lock = threading.Lock()
        self._client = client
        self._user_agent = user_agent
        self._ttl = ttl
        self._max_hosts = max_hosts
        self._clock = clock
        self._rules: dict[str, tuple[float, RobotFileParser | None]] = {}
        self._host_locks: dict[str, threading.Lock] = {}

    def allowed(self, url: str) -> bool:
        """True when ``url``'s host has no robots.txt rule against the user agent fetching it. Never raises."""
        host = host_of(url)
        with self._lock:
            if len(self._rules) >= self._max_hosts:
                self._rules.clear()
                self._host_locks.clear()
            host_lock = self._host_locks.setdefault(host, threading.Lock())
        # One read per host even when several of its pages are fetched at once.
        with host_lock:
            cached = self._rules.get(host)
            if cached is None or self._clock() - cached[0] >= self._ttl:
                cached = self._rules[host] = (self._clock(), self._read(host))
        rules = cached[1]
        return rules is None or rules.can_fetch(self._user_agent, url)

    def _read(self, host: str) -> RobotFileParser | None:
        # A fetch of robots.txt that fails says nothing against the pages: None allows them all.
        try:
            fetched = self._client.get(f"{host}/robots.txt", max_bytes=ROBOTS_MAX_BYTES)
        except (FetchError, TransientError) as exc:
            log.info("no robots.txt read from %s: %s", host, exc)
            return None
        if fetched is None:
            return None
        parser = RobotFileParser()
        parser.parse(fetched.content.decode("utf-8", errors="replace").splitlines())
        return parser


class HostPacer:
    """Spaces the requests to one host at least ``delay`` seconds apart, across threads."""

    def __init__(self, delay: float, stop: threading.Event, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._delay = delay
        self._stop = stop
        self._clock = clock
        self._lock = threading.Lock()
        self._next: dict[str, float] = {}

    def wait(self, url: str) -> None:
        """Return when a request to ``url``'s host may be made (at once when the fetcher is stopping)."""
        if self._delay <= 0:
            return
        host = host_of(url)
        with self._lock:
            now = self._clock()
            if len(self._next) > 10_000:
                self._next = {h: t for h, t in self._next.items() if t > now}
            slot = max(now, self._next.get(host, now))
            self._next[host] = slot + self._delay
        if slot > now:
            self._stop.wait(slot - now)
