"""core/indices.py: bucket names from timestamps, and back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from newsmon.core.indices import ALERTS, ARTICLES, DENIALS, Granularity, bucket_span, bucket_suffix

MOMENT = datetime(2026, 12, 31, 23, 30, tzinfo=UTC)
GRANULARITIES: tuple[Granularity, ...] = ("day", "week", "month", "year")


@pytest.mark.parametrize(
    ("granularity", "suffix"),
    [("day", "2026.12.31"), ("week", "2026.w53"), ("month", "2026.12"), ("year", "2026")],
)
def test_a_bucket_is_named_after_the_time_it_spans(granularity: Granularity, suffix: str) -> None:
    assert bucket_suffix(MOMENT, granularity) == suffix
    assert ARTICLES.bucket("test-1a2b", MOMENT, granularity) == f"test-1a2b-articles-{suffix}"


def test_buckets_are_in_utc_whatever_the_timestamp_offset() -> None:
    jakarta = MOMENT.astimezone(timezone(timedelta(hours=7)))  # already 2027 there
    assert DENIALS.bucket("", jakarta, "month") == "newsmon-denials-2026.12"
    assert bucket_suffix(MOMENT.replace(tzinfo=None), "day") == "2026.12.31"


def test_every_bucket_of_a_kind_matches_its_pattern_and_no_other_kind() -> None:
    assert ARTICLES.pattern("ns") == "ns-articles-*"
    assert ARTICLES.bucket_of("ns", "ns-articles-2026.12") == "2026.12"
    assert ARTICLES.bucket_of("ns", "ns-articles-legacy") is None
    assert ALERTS.bucket_of("ns", "ns-articles-2026.12") is None


@pytest.mark.parametrize("granularity", GRANULARITIES)
def test_a_bucket_spans_the_moments_named_after_it(granularity: Granularity) -> None:
    """The suffix reads back as a span that holds the moment (every day of four years, leap and ISO week 53
    ones among them): retention can tell a bucket's age by its name."""
    for day in range(4 * 366):
        moment = datetime(2024, 1, 1, tzinfo=UTC) + timedelta(days=day, hours=day % 24)
        span = bucket_span(bucket_suffix(moment, granularity))
        assert span is not None
        start, end = span
        assert start <= moment < end
        assert bucket_suffix(start, granularity) == bucket_suffix(end - timedelta(microseconds=1), granularity)
        assert bucket_suffix(end, granularity) != bucket_suffix(start, granularity)


@pytest.mark.parametrize("suffix", ["legacy", "2026.13", "2026.w60", "", "2026.12.1x"])
def test_other_names_are_no_buckets(suffix: str) -> None:
    assert bucket_span(suffix) is None
