"""What the fetcher remembers between polls (pure): recent keys, and when each feed is due again."""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Generic, TypeVar

from newsmon.core.retry import RetryPolicy

V = TypeVar("V")


class Recent(Generic[V]):
    """A bounded, thread-safe mapping that forgets the least recently used key past ``capacity``."""

    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self._capacity = capacity
        self._items: OrderedDict[str, V] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> V | None:
        """The value stored for ``key`` (now the most recently used), or None."""
        with self._lock:
            if key not in self._items:
                return None
            self._items.move_to_end(key)
            return self._items[key]

    def put(self, key: str, value: V) -> None:
        """Store ``value`` for ``key``, forgetting the least recently used key when full."""
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self._capacity:
                self._items.popitem(last=False)

    def add(self, key: str, value: V) -> bool:
        """Store ``value`` for ``key`` unless it is already there; returns True when it was new."""
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return False
        self.put(key, value)
        return True

    def __contains__(self, key: object) -> bool:
        with self._lock:
            return key in self._items

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)


@dataclass(slots=True)
class _Due:
    at: float
    failures: int = 0


class FeedSchedule:
    """When each feed (by URL) is next due: its interval after a success, the ``policy``'s backoff (never
    less than the interval) after a failure. A feed is never given up, so the policy's ``max_attempts`` is
    not read. Times are plain seconds from any monotonic clock; a feed never seen is due at once."""

    def __init__(self, policy: RetryPolicy) -> None:
        self._policy = policy
        self._due: dict[str, _Due] = {}

    def is_due(self, url: str, now: float) -> bool:
        """True when the feed at ``url`` should be polled at ``now``."""
        due = self._due.get(url)
        return due is None or due.at <= now

    def next_due(self, urls: list[str], now: float) -> float:
        """The earliest time at which one of ``urls`` is due (``now`` when one already is)."""
        return min((self._due[url].at if url in self._due else now for url in urls), default=now)

    def succeeded(self, url: str, now: float, interval_seconds: float) -> None:
        """Record a successful poll: due again after the feed's interval."""
        self._due[url] = _Due(at=now + interval_seconds)

    def failed(self, url: str, now: float, interval_seconds: float) -> float:
        """Record a failed poll; returns the seconds until the next try."""
        failures = (self._due[url].failures if url in self._due else 0) + 1
        wait = max(interval_seconds, self._policy.backoff(failures))
        self._due[url] = _Due(at=now + wait, failures=failures)
        return wait

    def failures(self, url: str) -> int:
        """How many polls of ``url`` have failed in a row."""
        due = self._due.get(url)
        return due.failures if due else 0
