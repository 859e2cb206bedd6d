from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsmon.fetcher.archive import read_archive
from newsmon.fetcher.pace import archive_size, batches, paced, with_progress
from newsmon.fetcher.settings import BUNDLED_ARCHIVE


class Clock:
    """A clock that moves only when slept on (and by ``work`` per item read)."""

    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def test_paced_items_come_at_the_rate() -> None:
    clock = Clock()
    times = [clock.now for _ in paced(range(5), 10.0, clock=clock, sleep=clock.sleep)]
    assert times == pytest.approx([0.0, 0.1, 0.2, 0.3, 0.4])


def test_a_pause_is_not_followed_by_a_burst() -> None:
    clock = Clock()
    times = []
    for number in paced(range(4), 10.0, clock=clock, sleep=clock.sleep):
        times.append(clock.now)
        if number == 1:
            clock.now += 5.0  # Kafka was away for a while
    assert times == pytest.approx([0.0, 0.1, 5.1, 5.2])


def test_no_rate_means_no_wait() -> None:
    clock = Clock()
    assert list(paced(range(3), None, clock=clock, sleep=clock.sleep)) == [0, 1, 2]
    assert clock.slept == []


def test_a_rate_must_be_positive() -> None:
    with pytest.raises(ValueError, match="positive"):
        list(paced(range(1), 0.0))


def test_the_archive_size_is_what_the_replay_reads(tmp_path: Path) -> None:
    lines = tmp_path / "backfill.jsonl"
    lines.write_text('{"url": "u1", "body": "b"}\n\n{"url": "u2", "body": "b"}\n', encoding="utf-8")
    page = tmp_path / "one.html.gz"
    page.write_bytes(gzip.compress(b"<html></html>"))
    assert archive_size(BUNDLED_ARCHIVE) == len(list(read_archive(BUNDLED_ARCHIVE)))
    assert archive_size(lines) == len(list(read_archive(lines))) == 2
    assert archive_size(page) == 1
    assert archive_size(tmp_path / "absent.jsonl") is None


def test_progress_yields_every_item_in_order() -> None:
    assert list(with_progress(iter("abc"), 3, "test")) == ["a", "b", "c"]


def test_batches_close_at_their_size() -> None:
    assert list(batches(range(5), 2, 60.0, clock=lambda: 0.0)) == [[0, 1], [2, 3], [4]]


def test_batches_close_once_their_time_has_passed() -> None:
    # Items come 0.2 s apart: a batch of at most 100 closes with the item read 0.5 s or more after its first,
    # so slowly read items go out as they come instead of waiting for 100 of them.
    now = [0.0]

    def slow(count: int) -> Iterator[int]:
        for item in range(count):
            now[0] = item * 0.2
            yield item

    assert list(batches(slow(7), 100, 0.5, clock=lambda: now[0])) == [[0, 1, 2, 3], [4, 5, 6]]


def test_no_items_no_batch() -> None:
    assert list(batches([], 3, 1.0)) == []
