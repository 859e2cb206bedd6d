"""Request and response models of ``/feeds``: a feed as the API takes it, and as it shows it with its health.

A feed is known by an id derived from its url. Feeds added through the API are the ``feeds`` topic's;
the feeds of the fetcher's own feed list appear once the fetcher has polled them (from their status).
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal, Self
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, field_validator

from newsmon.core.ids import digest
from newsmon.core.messages import Feed, FeedStatus
from newsmon.gateway.search.params import LANGUAGE_CODE

FEED_ID = r"^[0-9a-f]{16}$"


def feed_id(url: str) -> str:
    """The id of the feed at ``url`` (16 hex digits)."""
    return digest("feed", url)[:16]


class FeedIn(BaseModel):
    """A feed to poll (``POST /feeds``): a feed of the same url is replaced."""

    model_config = ConfigDict(extra="forbid")

    url: str = Field(max_length=2000, description="Absolute http(s) URL of an RSS or Atom feed")
    name: str = Field(min_length=1, max_length=200, description="The source's name on its articles")
    language: str | None = Field(default=None, pattern=LANGUAGE_CODE, description="Declared language, a hint")
    interval_seconds: int = Field(default=300, ge=30, le=86_400, description="Seconds between polls")
    enabled: bool = Field(default=True, description="false: keep the feed but do not poll it")

    @field_validator("url")
    @classmethod
    def _absolute_http(cls, url: str) -> str:
        parts = urlsplit(url.strip())
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError("must be an absolute http(s) URL")
        return url.strip()

    def to_feed(self) -> Feed:
        """The ``feeds`` topic message of this feed."""
        return Feed.model_validate(self.model_dump())


class FeedHealth(BaseModel):
    """How the fetcher's polls of the feed went (as its last ``feeds.status`` message says)."""

    model_config = ConfigDict(frozen=True)

    last_polled: datetime | None
    last_success: datetime | None
    last_error: str | None = Field(description="Why the last failed poll failed (kept after later successes)")
    last_error_at: datetime | None
    failures_in_a_row: int
    articles_seen: int = Field(description="New articles published from the feed, in all")


class FeedView(BaseModel):
    """A feed and its health (null until the fetcher has polled it)."""

    model_config = ConfigDict(frozen=True)

    id: str
    url: str
    name: str
    origin: Literal["api", "file"] = Field(description="api: added here (removable); file: the fetcher's feed list")
    language: str | None
    interval_seconds: int | None = Field(description="Null for a feed of the fetcher's list (not known here)")
    enabled: bool
    health: FeedHealth | None

    @classmethod
    def of(cls, feed: Feed | None, status: FeedStatus | None) -> Self:
        """The view of an API ``feed`` (None for a feed of the fetcher's list) with its ``status``; one of the
        two is given."""
        known = feed or status
        assert known is not None, "a feed or a status"
        health = FeedHealth.model_validate(status.model_dump()) if status else None
        return cls(
            id=feed_id(known.url),
            url=known.url,
            name=known.name,
            origin="api" if feed else "file",
            language=feed.language if feed else None,
            interval_seconds=feed.interval_seconds if feed else None,
            enabled=feed.enabled if feed else True,
            health=health,
        )


class FeedList(BaseModel):
    """``GET /feeds``: every feed, those added through the API first, each group by url."""

    feeds: list[FeedView]


def feed_views(feeds: dict[str, Feed], statuses: dict[str, FeedStatus]) -> list[FeedView]:
    """The views of the API ``feeds`` and of the feeds only the fetcher's statuses know (its feed list)."""
    views = [FeedView.of(feeds[url], statuses.get(url)) for url in sorted(feeds)]
    listed = [url for url in sorted(statuses) if url not in feeds and statuses[url].origin == "file"]
    return views + [FeedView.of(None, statuses[url]) for url in listed]
