"""drills.py: a wait ends when its condition holds, at its deadline, or when progress stalls."""

from __future__ import annotations

from itertools import count

import pytest

from tools.drills import drills


class Clock:
    """Stands in for the ``time`` module: every reading is 100 s after the previous one; sleeping is free."""

    def __init__(self) -> None:
        self.now = 0.0

    def monotonic(self) -> float:
        self.now += 100.0
        return self.now

    def sleep(self, seconds: float) -> None:
        pass


@pytest.fixture(autouse=True)
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(drills, "time", fake)
    monkeypatch.setattr(drills, "STALL_SECONDS", 300.0)
    return fake


def test_a_wait_ends_when_its_condition_holds() -> None:
    checks = count()
    assert drills._poll(lambda: next(checks) == 3, deadline=1e9)


def test_a_wait_fails_at_its_deadline() -> None:
    checks = count()
    assert not drills._poll(lambda: next(checks) == 50, deadline=1000.0)
    assert next(checks) < 50


def test_a_wait_fails_once_progress_stalls_and_goes_on_while_it_moves() -> None:
    checks = count()
    assert not drills._poll(lambda: next(checks) == 50, deadline=1e9, progress=lambda: 7)
    assert next(checks) < 10
    checks, moves = count(), count()
    assert drills._poll(lambda: next(checks) == 50, deadline=1e9, progress=lambda: next(moves))
