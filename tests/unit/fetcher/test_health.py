"""health.py: each feed's health, as the fetcher publishes it to feeds.status (pure)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from newsmon.core.messages import Feed, FeedStatus
from newsmon.fetcher.health import FeedHealth

FEED = Feed(url="https://gazette.example/rss", name="Harbour Gazette")
T0 = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


def test_success_counts_articles_and_failure_keeps_the_last_success() -> None:
    health = FeedHealth()
    health.succeeded(FEED, T0, articles=3)
    health.failed(FEED, T0 + timedelta(minutes=5), "HTTP 503")
    health.failed(FEED, T0 + timedelta(minutes=10), "HTTP 502")
    (status,) = health.changed()
    assert (status.last_success, status.last_error, status.last_error_at) == (
        T0,
        "HTTP 502",
        T0 + timedelta(minutes=10),
    )
    assert (status.failures_in_a_row, status.articles_seen, status.origin) == (2, 3, "file")
    assert health.changed() == []
    health.succeeded(FEED, T0 + timedelta(minutes=15), articles=0)
    (status,) = health.changed()
    assert (status.failures_in_a_row, status.last_error) == (0, "HTTP 502")


def test_counts_go_on_from_the_statuses_published_before_and_origins_follow_the_feed() -> None:
    known = FeedStatus(url=FEED.url, name="Old name", origin="file", articles_seen=40)
    health = FeedHealth({FEED.url: known})
    health.set_origins({FEED.url: "topic"})
    health.succeeded(FEED, T0, articles=2)
    (status,) = health.changed()
    assert (status.articles_seen, status.name, status.origin) == (42, "Harbour Gazette", "topic")
