"""Where the gateway reads and changes feeds: the :class:`FeedStore` protocol and its Kafka implementation.

The feeds live in the compacted ``feeds`` topic (keyed by url; a tombstone removes one), which the fetcher
follows; their health lives in ``feeds.status``, written by the fetcher after each poll. The gateway
follows both topics as tables (``newsmon.core.table``), so a listing reads memory, and waits after each
change until its own table has read it back (read-your-writes).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Protocol

from newsmon.core.errors import TransientError
from newsmon.core.messages import Feed, FeedStatus, M
from newsmon.core.producer import TopicProducer
from newsmon.core.table import TopicTable
from newsmon.core.topics import FEEDS, FEEDS_STATUS

CLIENT_ID = "newsmon-gateway"


class FeedsUnavailable(TransientError):
    """Kafka cannot be read or written now: the feeds cannot be listed or changed."""


class FeedStore(Protocol):
    """The feeds added through the API, and the health of every feed the fetcher polls."""

    def feeds(self) -> dict[str, Feed]:
        """The feeds of the ``feeds`` topic by url. Raises FeedsUnavailable."""
        ...

    def statuses(self) -> dict[str, FeedStatus]:
        """The last status of each feed polled, by url. Raises FeedsUnavailable."""
        ...

    def put(self, feed: Feed) -> None:
        """Add ``feed``, or replace the feed of its url; visible to :meth:`feeds` on return.

        Raises FeedsUnavailable."""
        ...

    def remove(self, url: str) -> None:
        """Remove the feed of ``url``; gone from :meth:`feeds` on return. Raises FeedsUnavailable."""
        ...


class KafkaFeedStore:
    """A :class:`FeedStore` over the namespace's topics; :meth:`start` follows them, :meth:`close` stops.

    Waits at most ``timeout`` seconds for Kafka in any call."""

    def __init__(self, bootstrap_servers: str, namespace: str, timeout: float) -> None:
        self._servers = bootstrap_servers
        self._namespace = namespace
        self._timeout = timeout
        self._feeds = TopicTable(bootstrap_servers, namespace, FEEDS, Feed, CLIENT_ID)
        self._statuses = TopicTable(bootstrap_servers, namespace, FEEDS_STATUS, FeedStatus, CLIENT_ID)
        self._producer: TopicProducer | None = None
        self._lock = threading.Lock()

    def start(self) -> None:
        """Start following both topics (in the background: Kafka may come later)."""
        self._feeds.start()
        self._statuses.start()

    def close(self) -> None:
        """Stop following and close the producer, if one was opened."""
        self._feeds.close()
        self._statuses.close()
        with self._lock:
            if self._producer is not None:
                self._producer.close()

    def feeds(self) -> dict[str, Feed]:
        """See :meth:`FeedStore.feeds`."""
        return self._read(self._feeds)

    def statuses(self) -> dict[str, FeedStatus]:
        """See :meth:`FeedStore.statuses`."""
        return self._read(self._statuses)

    def put(self, feed: Feed) -> None:
        """See :meth:`FeedStore.put`."""
        self._write(lambda producer: producer.send(FEEDS, feed.url, feed))

    def remove(self, url: str) -> None:
        """See :meth:`FeedStore.remove`."""
        self._write(lambda producer: producer.send_tombstone(FEEDS, url))

    def _read(self, table: TopicTable[M]) -> dict[str, M]:
        if not table.ready(self._timeout):
            raise FeedsUnavailable(
                f"the feeds topics were not read from Kafka at {self._servers} within {self._timeout:.0f}s"
                " (is Kafka up, and were the topics created: newsmon topics?)"
            )
        return table.rows()

    def _write(self, change: Callable[[TopicProducer], None]) -> None:
        """Make ``change`` with the producer, wait for the broker, then until the table has read it back."""
        try:
            with self._lock:
                if self._producer is None:
                    self._producer = TopicProducer(
                        self._servers, self._namespace, CLIENT_ID, flush_timeout=self._timeout
                    )
                change(self._producer)
                self._producer.flush()
        except TransientError as exc:
            raise FeedsUnavailable(str(exc)) from exc
        if not self._feeds.sync(self._timeout):
            raise FeedsUnavailable(f"the change is stored but not read back from Kafka within {self._timeout:.0f}s")
