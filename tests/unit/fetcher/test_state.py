from __future__ import annotations

import pytest

from newsmon.core.retry import RetryPolicy
from newsmon.fetcher.state import FeedSchedule, Recent


def test_recent_forgets_the_least_recently_used_key() -> None:
    recent: Recent[int] = Recent(2)
    recent.put("a", 1)
    recent.put("b", 2)
    assert recent.get("a") == 1  # "a" is now the most recently used
    recent.put("c", 3)

    assert "b" not in recent
    assert ("a" in recent, "c" in recent, len(recent)) == (True, True, 2)


def test_recent_add_says_whether_the_key_was_new() -> None:
    recent: Recent[bool] = Recent(10)

    assert recent.add("id", True) is True
    assert recent.add("id", True) is False


def test_recent_needs_room() -> None:
    with pytest.raises(ValueError, match="capacity"):
        Recent(0)


def test_unknown_feed_is_due_at_once_then_after_its_interval() -> None:
    schedule = FeedSchedule(RetryPolicy(initial_backoff=60, max_backoff=3600))
    assert schedule.is_due("f", now=0)

    schedule.succeeded("f", now=0, interval_seconds=300)

    assert not schedule.is_due("f", now=299)
    assert schedule.is_due("f", now=300)
    assert schedule.next_due(["f", "g"], now=10) == 10  # "g" was never polled


def test_failures_back_off_exponentially_up_to_the_ceiling_and_success_resets() -> None:
    schedule = FeedSchedule(RetryPolicy(initial_backoff=60, max_backoff=1000))

    waits = [schedule.failed("f", now=0, interval_seconds=30) for _ in range(6)]

    assert waits == [60, 120, 240, 480, 960, 1000]
    assert schedule.failures("f") == 6
    schedule.succeeded("f", now=0, interval_seconds=30)
    assert schedule.failures("f") == 0
    assert schedule.failed("f", now=0, interval_seconds=30) == 60


def test_a_failing_feed_is_never_polled_more_often_than_its_interval() -> None:
    schedule = FeedSchedule(RetryPolicy(initial_backoff=60, max_backoff=1000))

    assert schedule.failed("f", now=0, interval_seconds=300) == 300
