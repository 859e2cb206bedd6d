"""The fetcher's output: articles to ``articles.raw`` keyed by id, bad inputs to the dead letters, and each
feed's health to ``feeds.status`` keyed by the feed's url."""

from __future__ import annotations

from typing import Protocol

from newsmon.core.messages import DeadLetter, FeedStatus, RawArticle
from newsmon.core.producer import TopicProducer
from newsmon.core.topics import ARTICLES_RAW, DEAD_LETTER, FEEDS_STATUS

CLIENT_ID = "newsmon-fetcher"


class Publisher(Protocol):
    """Where the fetcher's output goes (Kafka in service, a list in unit tests)."""

    def publish(self, article: RawArticle) -> None:
        """Send ``article``; raises PoisonMessage when it breaks its schema or cannot be sent."""

    def dead_letter(self, letter: DeadLetter) -> None:
        """Send ``letter`` to the dead-letter topic."""

    def feed_status(self, status: FeedStatus) -> None:
        """Send the health of one feed."""

    def flush(self) -> None:
        """Wait until everything sent is acknowledged; raises TransientError if something was not."""

    def close(self) -> None:
        """Flush and release the connection."""


class KafkaPublisher:
    """A :class:`Publisher` over the shared :class:`TopicProducer`."""

    def __init__(self, producer: TopicProducer) -> None:
        self._producer = producer

    def publish(self, article: RawArticle) -> None:
        """Send ``article`` to ``articles.raw`` keyed by its id.

        Raises PoisonMessage when it breaks the topic's schema or is too large for the broker,
        TransientError when the broker cannot be reached."""
        self._producer.send(ARTICLES_RAW, article.id, article)

    def dead_letter(self, letter: DeadLetter) -> None:
        """Send ``letter`` to the dead-letter topic; raises TransientError if the broker cannot be reached."""
        self._producer.send(DEAD_LETTER, letter.key, letter)

    def feed_status(self, status: FeedStatus) -> None:
        """Send ``status`` to ``feeds.status`` keyed by the feed's url; raises TransientError if the broker
        cannot be reached."""
        self._producer.send(FEEDS_STATUS, status.url, status)

    def flush(self) -> None:
        """Wait for every acknowledgement; raises TransientError naming the first send that failed."""
        self._producer.flush()

    def close(self) -> None:
        """Flush what is in flight, then close the producer."""
        self._producer.close()
