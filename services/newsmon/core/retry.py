"""The retry policy every service follows (STYLE habit 5): a failure that may pass is tried again after an
exponential backoff, a bounded number of times where giving up is an option.

:func:`retry_until_stopped` is the loop for work that must not be given up (a batch that is not committed
until it is written, a broker or node that a service cannot start without); the processor's handler and
the indexer's bulk sink count their attempts against :attr:`RetryPolicy.max_attempts` themselves.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from newsmon.core.errors import TransientError

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How often and how patiently a failing message, item or request is tried again."""

    max_attempts: int = 5
    initial_backoff: float = 0.5
    max_backoff: float = 30.0

    def backoff(self, failures: int) -> float:
        """Seconds to wait after the ``failures``-th failure in a row (1-based): doubling, capped."""
        return min(self.max_backoff, self.initial_backoff * 2.0 ** (failures - 1))

    def exhausted(self, attempts: int) -> bool:
        """True when ``attempts`` tries are as many as the policy allows (the next failure is final)."""
        return attempts >= self.max_attempts


class Stopped(Exception):
    """A stop was requested while waiting to try again: the work was not done."""


def retry_until_stopped(
    attempt: Callable[[], T],
    policy: RetryPolicy,
    stop: threading.Event,
    on_failure: Callable[[TransientError, int, float], None],
) -> T:
    """Return ``attempt()`` once it no longer raises TransientError, waiting ``policy.backoff`` after each
    failure (``on_failure(error, failures, delay)`` is told first, to log and count it).

    Raises Stopped when ``stop`` is set during a wait; raises whatever else ``attempt`` raises."""
    failures = 0
    while True:
        try:
            return attempt()
        except TransientError as exc:
            failures += 1
            delay = policy.backoff(failures)
            on_failure(exc, failures, delay)
            if stop.wait(delay):
                raise Stopped from exc


def retryable_status(status: int) -> bool:
    """True for the HTTP statuses (of Elasticsearch) worth retrying: too many requests, timeouts, server errors."""
    return status in (408, 429) or status >= 500
