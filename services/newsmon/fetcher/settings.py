"""Settings of the fetcher: environment variables ``NEWSMON_<FIELD>``, e.g. ``NEWSMON_FETCHER_FEEDS_FILE``."""

from __future__ import annotations

from ipaddress import IPv4Network, IPv6Network
from pathlib import Path

from pydantic import Field

from newsmon.core.settings import CommonSettings

DEFAULT_FEEDS_FILE = Path(__file__).with_name("feeds.default.json")
BUNDLED_ARCHIVE = Path(__file__).with_name("archive")


class FetcherSettings(CommonSettings):
    """What to poll, how politely, and how much to accept."""

    metrics_port: int = Field(default=9101, ge=0, le=65535, description="0 disables the /metrics endpoint")
    fetcher_feeds_file: Path | None = Field(
        default=None,
        description="JSON list of feeds (schemas/topics/feed.json). Unset: the bundled feeds.default.json, "
        "unless an archive is replayed, which then runs alone",
    )
    fetcher_follow_feeds_topic: bool = Field(
        default=True, description="Also poll the feeds of the feeds topic (added through the API), followed live"
    )
    fetcher_archive: Path | None = Field(
        default=None, description="A folder of .html/.html.gz pages or a JSONL file to replay first"
    )
    fetcher_replay_rate: float | None = Field(
        default=None, gt=0, description="Most articles a second an archive is replayed at; unset: as fast as it goes"
    )
    fetcher_replay_scrape_wait_seconds: float = Field(
        default=0.0,
        ge=0,
        description="Before replaying, wait up to this long for Prometheus to read /metrics once, so that the "
        "dashboards see the replay move the counters from 0 (make run's demo sets it)",
    )
    fetcher_user_agent: str = "newsmon-fetcher/0.1 (news monitoring; RSS/Atom reader)"
    fetcher_connect_timeout_seconds: float = Field(default=10.0, gt=0)
    fetcher_read_timeout_seconds: float = Field(default=20.0, gt=0)
    fetcher_fetch_deadline_seconds: float = Field(
        default=60.0, gt=0, description="Total time one GET may take, redirects and a dripping body included"
    )
    fetcher_max_redirects: int = Field(default=10, ge=0)
    fetcher_allowed_networks: list[IPv4Network | IPv6Network] = Field(
        default_factory=list,
        description="CIDRs fetched although not public (loopback, private...): tests and local sources only. "
        "As JSON: NEWSMON_FETCHER_ALLOWED_NETWORKS='[\"127.0.0.1/32\"]'",
    )
    fetcher_respect_robots: bool = Field(default=True, description="Read robots.txt and skip the pages it disallows")
    fetcher_host_delay_seconds: float = Field(
        default=1.0, ge=0, description="Least time between two requests to one host (politeness)"
    )
    fetcher_max_page_bytes: int = Field(default=5 * 1024 * 1024, ge=1024, description="Bodies past this are refused")
    fetcher_max_feed_bytes: int = Field(default=10 * 1024 * 1024, ge=1024)
    fetcher_concurrency: int = Field(default=4, ge=1, le=64, description="Pages fetched at the same time")
    fetcher_backoff_base_seconds: float = Field(default=60.0, gt=0, description="First wait after a feed fails")
    fetcher_backoff_max_seconds: float = Field(default=6 * 3600.0, gt=0)
    fetcher_page_attempts: int = Field(default=3, ge=1, description="Tries of a page before it is dead-lettered")
    fetcher_remembered_articles: int = Field(
        default=100_000,
        ge=1,
        description="Entries of each of the fetcher's memories (least recently used forgotten first): published "
        "article ids, handled feed-entry URLs, HTTP validators; at 100,000 about 16, 21 and at most 40 MB",
    )

    def feed_list_path(self) -> Path | None:
        """The feed list to poll: ``fetcher_feeds_file``, else the bundled one (none when only replaying)."""
        if self.fetcher_feeds_file is not None:
            return self.fetcher_feeds_file
        return None if self.fetcher_archive is not None else DEFAULT_FEEDS_FILE
