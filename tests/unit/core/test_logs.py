"""logs.py: repeats of one log line are collapsed per interval, and the count of those dropped is told."""

from __future__ import annotations

import logging

from newsmon.core.logs import RepeatFilter


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _record(message: str, *args: object, name: str = "kafka.conn") -> logging.LogRecord:
    return logging.LogRecord(name, logging.WARNING, __file__, 1, message, args, None)


def test_a_flood_of_one_line_is_cut_to_a_burst_per_interval_and_the_dropped_are_counted() -> None:
    clock = Clock()
    repeats = RepeatFilter(interval=10.0, burst=3, clock=clock)
    flood = [_record("connection to %s failed: %s", "127.0.0.1:9092", n) for n in range(1000)]

    passed = [record for record in flood if repeats.filter(record)]
    clock.now = 10.0
    later = _record("connection to %s failed: %s", "127.0.0.1:9092", "refused")

    assert len(passed) == 3
    assert repeats.filter(later)
    assert later.getMessage().endswith("(997 similar lines dropped)")


def test_different_lines_and_loggers_are_counted_apart() -> None:
    repeats = RepeatFilter(interval=10.0, burst=1, clock=Clock())
    assert repeats.filter(_record("broker away"))
    assert repeats.filter(_record("node away"))
    assert repeats.filter(_record("broker away", name="elastic_transport"))
    assert not repeats.filter(_record("broker away"))


def test_lines_that_differ_only_in_numbers_formatted_into_them_are_one_kind() -> None:
    # Faust formats its timings into the message: each line of a flood would otherwise be new.
    repeats = RepeatFilter(interval=10.0, burst=2, clock=Clock())
    flood = [_record(f"producer flush took {0.1 + n / 1e6}", name="faust.transport.producer") for n in range(50)]
    assert sum(repeats.filter(record) for record in flood) == 2
    assert repeats.filter(_record("producer buffer full size 145", name="faust.transport.producer"))
