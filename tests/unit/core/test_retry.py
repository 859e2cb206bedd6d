"""retry.py: the backoff every service waits, and the loop for work that must not be given up."""

from __future__ import annotations

import threading

import pytest

from newsmon.core.errors import TransientError
from newsmon.core.retry import RetryPolicy, Stopped, retry_until_stopped, retryable_status


def test_backoff_doubles_up_to_the_cap_and_attempts_run_out() -> None:
    policy = RetryPolicy(max_attempts=3, initial_backoff=0.5, max_backoff=1.5)
    assert [policy.backoff(failures) for failures in (1, 2, 3, 4)] == [0.5, 1.0, 1.5, 1.5]
    assert [policy.exhausted(attempts) for attempts in (1, 2, 3)] == [False, False, True]


def test_transient_failures_are_retried_until_the_work_is_done() -> None:
    outcomes: list[Exception | str] = [TransientError("away"), TransientError("still away"), "done"]
    told: list[tuple[str, int, float]] = []

    def attempt() -> str:
        outcome = outcomes.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    policy = RetryPolicy(initial_backoff=0.001, max_backoff=0.002)
    result = retry_until_stopped(attempt, policy, threading.Event(), lambda e, n, d: told.append((str(e), n, d)))
    assert result == "done"
    assert told == [("away", 1, 0.001), ("still away", 2, 0.002)]


def test_a_stop_during_the_wait_ends_the_retries() -> None:
    stop = threading.Event()

    def attempt() -> None:
        raise TransientError("away")

    with pytest.raises(Stopped):
        retry_until_stopped(attempt, RetryPolicy(initial_backoff=60), stop, lambda *_: stop.set())


def test_other_errors_are_not_retried() -> None:
    def attempt() -> None:
        raise ValueError("a bug")

    with pytest.raises(ValueError):
        retry_until_stopped(attempt, RetryPolicy(), threading.Event(), lambda *_: None)


@pytest.mark.parametrize(("status", "expected"), [(429, True), (408, True), (503, True), (400, False), (404, False)])
def test_retryable_statuses(status: int, expected: bool) -> None:
    assert retryable_status(status) is expected
