"""How fast an archive replay goes and how far it has got: a throttle, and a progress bar on a terminal."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TypeVar

from tqdm import tqdm

T = TypeVar("T")


def paced(
    items: Iterable[T],
    rate: float | None,
    *,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> Iterator[T]:
    """Yield ``items`` at most ``rate`` a second on average (all at once when ``rate`` is None).

    Each item is due one interval after the previous one was, or at once when the consumer was slower
    than that: a pause (Kafka away) is not followed by a burst. Raises ValueError when ``rate`` is not
    positive."""
    if rate is None:
        yield from items
        return
    if rate <= 0:
        raise ValueError(f"rate must be positive, not {rate}")
    interval = 1.0 / rate
    due = clock()
    for item in items:
        now = clock()
        if due > now:
            sleep(due - now)
        due = max(due, now) + interval
        yield item


def chunk_ends(
    items: Iterable[T], size: int, seconds: float, *, clock: Callable[[], float] = time.monotonic
) -> Iterator[tuple[T, bool]]:
    """Yield each of ``items`` with whether it closes its chunk: the chunk's ``size``-th item, or the first
    one read ``seconds`` or more after the chunk's first (a paced replay is acknowledged every ``seconds``,
    not only once ``size`` items have trickled in). The items that follow the last close are a chunk the
    caller closes when ``items`` end: telling it here would hold each item back until the next one came."""
    count = 0
    started = 0.0
    for item in items:
        if count == 0:
            started = clock()
        count += 1
        closes = count >= size or clock() - started >= seconds
        if closes:
            count = 0
        yield item, closes


def archive_size(path: Path) -> int | None:
    """The number of entries of the archive at ``path`` (as :func:`newsmon.fetcher.archive.read_archive`
    counts them, blank lines aside), or None when it cannot be told cheaply. Never raises."""
    try:
        if path.is_dir():
            return sum(1 for page in path.rglob("*") if page.name.endswith((".html", ".htm", ".html.gz")))
        if path.name.endswith(".jsonl"):
            with path.open("rb") as lines:
                return sum(1 for line in lines if line.strip())
        return 1 if path.is_file() else None
    except OSError:
        return None


def with_progress(items: Iterable[T], total: int | None, description: str) -> Iterator[T]:
    """Yield ``items`` while a progress bar with the rate and the time left runs on a terminal's stderr
    (nothing is drawn when stderr is not a terminal, as for a service writing a log)."""
    yield from tqdm(items, total=total, desc=description, unit=" articles", disable=None, smoothing=0.1)
