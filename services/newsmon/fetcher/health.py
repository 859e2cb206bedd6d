"""What the fetcher knows about each feed's health (pure): the :class:`FeedStatus` it publishes to the
compacted ``feeds.status`` topic after each poll, so that the gateway can show it (``GET /feeds``)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Literal

from newsmon.core.messages import Feed, FeedStatus

Origin = Literal["file", "topic"]


class FeedHealth:
    """The status of every feed polled, starting from ``known`` (what ``feeds.status`` held at start, so
    that ``articles_seen`` keeps counting across restarts). :meth:`changed` hands over the statuses that
    changed since it was last called."""

    def __init__(self, known: Mapping[str, FeedStatus] | None = None) -> None:
        self._statuses: dict[str, FeedStatus] = dict(known or {})
        self._origins: dict[str, Origin] = {}
        self._changed: dict[str, None] = {}

    def set_origins(self, origins: Mapping[str, Origin]) -> None:
        """Record where each feed (by url) comes from, as of now."""
        self._origins = dict(origins)

    def succeeded(self, feed: Feed, now: datetime, articles: int) -> None:
        """A poll of ``feed`` succeeded at ``now`` and published ``articles`` new articles."""
        status = self._status(feed)
        self._update(
            feed,
            last_polled=now,
            last_success=now,
            failures_in_a_row=0,
            articles_seen=status.articles_seen + articles,
        )

    def failed(self, feed: Feed, now: datetime, reason: str) -> None:
        """A poll of ``feed`` failed at ``now`` because of ``reason``."""
        status = self._status(feed)
        self._update(
            feed, last_polled=now, last_error=reason, last_error_at=now, failures_in_a_row=status.failures_in_a_row + 1
        )

    def changed(self) -> list[FeedStatus]:
        """The statuses that changed since the last call, each once."""
        changed, self._changed = self._changed, {}
        return [self._statuses[url] for url in changed]

    def _status(self, feed: Feed) -> FeedStatus:
        return self._statuses.get(feed.url) or FeedStatus(url=feed.url, name=feed.name, origin="file")

    def _update(self, feed: Feed, **fields: object) -> None:
        origin = self._origins.get(feed.url, "file")
        self._statuses[feed.url] = self._status(feed).model_copy(update={"name": feed.name, "origin": origin, **fields})
        self._changed[feed.url] = None
