from datetime import UTC, datetime, timedelta

from newsmon.fetcher.freshness import newest_item, typical_interval

NOON = datetime(2026, 6, 3, 12, tzinfo=UTC)


def test_the_typical_interval_is_the_median_gap_between_distinct_dated_items() -> None:
    hours = [NOON, NOON + timedelta(hours=1), NOON + timedelta(hours=2), NOON + timedelta(hours=10), None, NOON]
    assert typical_interval(hours) == 3600.0


def test_no_typical_interval_from_fewer_than_two_dates() -> None:
    assert typical_interval([NOON, None, NOON]) is None
    assert typical_interval([]) is None


def test_the_newest_item_counts_undated_ones_as_seen_now() -> None:
    seen = NOON + timedelta(days=1)
    assert newest_item([NOON, NOON - timedelta(hours=1)], seen) == NOON
    assert newest_item([NOON, None], seen) == seen
    assert newest_item([], seen) is None
