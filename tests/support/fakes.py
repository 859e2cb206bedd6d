"""Test doubles of newsmon's ports and of kafka-python's producer, for unit tests that run without a broker."""

from __future__ import annotations

from typing import Any

from newsmon.core.errors import PoisonMessage, TransientError
from newsmon.core.messages import DeadLetter, FeedStatus, RawArticle


class ListPublisher:
    """A fetcher Publisher that keeps articles, dead letters and feed statuses in lists, refusing articles
    like the schema does (an empty body is poison)."""

    def __init__(self, *, failing_flushes: int = 0) -> None:
        self.articles: list[RawArticle] = []
        self.dead_letters: list[DeadLetter] = []
        self.statuses: list[FeedStatus] = []
        self.flushes = 0
        # The next flushes that fail like a broker that does not acknowledge: what they would have
        # acknowledged since the previous flush is lost.
        self.failing_flushes = failing_flushes
        self._unacknowledged = 0

    def publish(self, article: RawArticle) -> None:
        """Keep ``article``; raises PoisonMessage when its body is empty or whitespace only."""
        if not article.body.strip():
            raise PoisonMessage("article.raw.json: body: should match '\\S'")
        self.articles.append(article)
        self._unacknowledged += 1

    def dead_letter(self, letter: DeadLetter) -> None:
        """Keep ``letter``."""
        self.dead_letters.append(letter)

    def feed_status(self, status: FeedStatus) -> None:
        """Keep ``status``."""
        self.statuses.append(status)

    def flush(self) -> None:
        """Count the flush; raises TransientError (dropping the articles since the last flush) while
        ``failing_flushes`` lasts."""
        self.flushes += 1
        unacknowledged, self._unacknowledged = self._unacknowledged, 0
        if self.failing_flushes:
            self.failing_flushes -= 1
            del self.articles[len(self.articles) - unacknowledged :]
            raise TransientError("1 message(s) not acknowledged by kafka")

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
