from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsmon.fetcher.archive import read_archive
from newsmon.fetcher.pace import archive_size, chunk_ends, paced, with_progress
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


def _closed(marked: Iterator[tuple[int, bool]]) -> list[list[int]]:
    chunks: list[list[int]] = [[]]
    for item, closes in marked:
        chunks[-1].append(item)
        if closes:
            chunks.append([])
    return chunks


def test_chunks_close_at_their_size() -> None:
    assert _closed(chunk_ends(range(5), 2, 60.0, clock=lambda: 0.0)) == [[0, 1], [2, 3], [4]]


def test_chunks_close_once_their_time_has_passed() -> None:
    # Items come 0.2 s apart: a chunk of at most 100 closes with the item read 0.5 s or more after its first,
    # so slowly read items are acknowledged as they come instead of once 100 of them have.
    now = [0.0]

    def slow(count: int) -> Iterator[int]:
        for item in range(count):
            now[0] = item * 0.2
            yield item

    assert _closed(chunk_ends(slow(7), 100, 0.5, clock=lambda: now[0])) == [[0, 1, 2, 3], [4, 5, 6]]


def test_each_item_comes_as_soon_as_it_is_read() -> None:
    # No look-ahead: the caller sends an item before the next one is read (a paced replay stays smooth).
    read: list[int] = []

    def reading() -> Iterator[int]:
        for item in range(3):
            read.append(item)
            yield item

    seen = [(item, list(read)) for item, _ in chunk_ends(reading(), 2, 60.0, clock=lambda: 0.0)]
    assert seen == [(0, [0]), (1, [0, 1]), (2, [0, 1, 2])]


def test_no_items_no_chunk() -> None:
    assert list(chunk_ends([], 3, 1.0)) == []
