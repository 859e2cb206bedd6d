"""Logging set up once for every service, with floods of the same line collapsed.

A broker or node that is away makes its client log the same error many times a second (about 128,000
lines in a 16 s broker outage); :class:`RepeatFilter` lets the first few lines of each kind through per
interval and sums up the rest in the next line of that kind that passes. Some libraries format their numbers
into the message itself (Faust's "producer flush took 0.1001...", a socket's local port), so a line's kind
ignores its numbers.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable

FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


class RepeatFilter(logging.Filter):
    """Passes at most ``burst`` records of one kind (logger, level, message with its numbers blanked) per
    ``interval`` seconds; the first record let through after some were dropped says how many."""

    def __init__(self, interval: float = 10.0, burst: int = 3, *, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self._interval = interval
        self._burst = burst
        self._clock = clock
        self._lock = threading.Lock()
        # kind -> (start of its interval, records passed in it, records dropped since the last one passed)
        self._seen: dict[tuple[str, int, str], tuple[float, int, int]] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        """Return whether ``record`` is written; appends the count of dropped repeats to one that is."""
        kind = (record.name, record.levelno, _NUMBER.sub("#", str(record.msg)))
        now = self._clock()
        with self._lock:
            if len(self._seen) > 10_000:
                self._seen.clear()
            start, passed, dropped = self._seen.get(kind, (now, 0, 0))
            if now - start >= self._interval:
                start, passed = now, 0
            if passed >= self._burst:
                self._seen[kind] = (start, passed, dropped + 1)
                return False
            self._seen[kind] = (start, passed + 1, 0)
        if dropped:
            record.msg = f"{record.msg} ({dropped} similar lines dropped)"
        return True


def configure_logging(level: str, *, quiet: tuple[str, ...] = ()) -> None:
    """Log at ``level`` to stderr through a :class:`RepeatFilter`; the ``quiet`` libraries log warnings
    and worse only (their connection chatter at INFO is noise)."""
    logging.basicConfig(level=level, format=FORMAT)
    install_repeat_filter()
    for library in quiet:
        logging.getLogger(library).setLevel(max(logging.WARNING, logging.getLogger().level))


def install_repeat_filter(logger: logging.Logger | None = None) -> None:
    """Add one :class:`RepeatFilter` to every handler of ``logger`` (default: the root logger)."""
    for handler in (logger or logging.getLogger()).handlers:
        if not any(isinstance(existing, RepeatFilter) for existing in handler.filters):
            handler.addFilter(RepeatFilter())
