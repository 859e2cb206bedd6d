"""Test doubles of newsmon's ports and of kafka-python's producer, for unit tests that run without a broker."""

from __future__ import annotations

from typing import Any

from newsmon.core.errors import PoisonMessage
from newsmon.core.messages import DeadLetter, FeedStatus, RawArticle


class ListPublisher:
    """A fetcher Publisher that keeps articles, dead letters and feed statuses in lists, refusing articles
    like the schema does (an empty body is poison)."""

    def __init__(self) -> None:
        self.articles: list[RawArticle] = []
        self.dead_letters: list[DeadLetter] = []
        self.statuses: list[FeedStatus] = []
        self.flushes = 0

    def publish(self, article: RawArticle) -> None:
        """Keep ``article``; raises PoisonMessage when its body is empty."""
        if not article.body:
            raise PoisonMessage("article.raw.json: body: should be non-empty")
        self.articles.append(article)

    def dead_letter(self, letter: DeadLetter) -> None:
        """Keep ``letter``."""
        self.dead_letters.append(letter)

    def feed_status(self, status: FeedStatus) -> None:
        """Keep ``status``."""
        self.statuses.append(status)

    def flush(self) -> None:
        """Count the flush."""
        self.flushes += 1

    def close(self) -> None:
        """Flush (as the Kafka publisher does before closing)."""
        self.flush()


class FakeFuture:
    """What ``KafkaProducer.send`` returns: whether the send failed, and why."""

    def __init__(self, error: Exception | None = None) -> None:
        self.exception = error

    def failed(self) -> bool:
        return self.exception is not None


class FakeProducer:
    """Records what is sent; ``fail_with`` is raised by ``send``, ``future_error`` reported by its futures."""

    def __init__(self, fail_with: Exception | None = None, future_error: Exception | None = None) -> None:
        self.sent: list[tuple[str, bytes | None, bytes]] = []
        self.fail_with = fail_with
        self.future_error = future_error
        self.flushed = 0
        self.closed = False

    def send(self, topic: str, key: bytes | None = None, value: bytes = b"") -> Any:
        if self.fail_with is not None:
            raise self.fail_with
        self.sent.append((topic, key, value))
        return FakeFuture(self.future_error)

    def flush(self, timeout: float | None = None) -> None:
        self.flushed += 1

    def close(self, timeout: float | None = None) -> None:
        self.closed = True
