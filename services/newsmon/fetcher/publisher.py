"""The fetcher's only Kafka code: articles to ``articles.raw`` keyed by id, bad inputs to the dead letters."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any, Protocol

from kafka import KafkaProducer
from kafka.errors import KafkaError, MessageSizeTooLargeError

from newsmon.core.errors import PoisonMessage, TransientError
from newsmon.core.messages import DeadLetter, Message, RawArticle, encode
from newsmon.core.topics import ARTICLES_RAW, DEAD_LETTER, Topic


class Publisher(Protocol):
    """Where the fetcher's output goes (Kafka in service, a list in unit tests)."""

    def publish(self, article: RawArticle) -> None:
        """Send ``article``; raises PoisonMessage when it breaks its schema or cannot be sent."""

    def dead_letter(self, letter: DeadLetter) -> None:
        """Send ``letter`` to the dead-letter topic."""

    def flush(self) -> None:
        """Wait until everything sent is acknowledged; raises TransientError if something was not."""

    def close(self) -> None:
        """Flush and release the connection."""


class KafkaPublisher:
    """A :class:`Publisher` over a kafka-python producer (``acks=all``) on the namespaced topics.

    ``producer`` is made from ``bootstrap_servers`` unless one is given (a fake, in unit tests)."""

    def __init__(
        self,
        *,
        bootstrap_servers: str,
        namespace: str,
        schemas_dir: Path,
        producer: Any | None = None,
    ) -> None:
        self._schemas_dir = schemas_dir
        self._articles = ARTICLES_RAW.qualified(namespace)
        self._dead_letters = DEAD_LETTER.qualified(namespace)
        self._producer = producer or KafkaProducer(
            bootstrap_servers=bootstrap_servers.split(","),
            client_id="newsmon-fetcher",
            acks="all",
            retries=5,
            linger_ms=20,
        )
        self._in_flight: list[Any] = []
        self._lock = threading.Lock()

    def publish(self, article: RawArticle) -> None:
        """Send ``article`` to ``articles.raw`` keyed by its id.

        Raises PoisonMessage when it breaks the topic's schema or is too large for the broker,
        TransientError when the broker cannot be reached."""
        self._send(self._articles, ARTICLES_RAW, article.id, article)

    def dead_letter(self, letter: DeadLetter) -> None:
        """Send ``letter`` to the dead-letter topic; raises TransientError if the broker cannot be reached."""
        self._send(self._dead_letters, DEAD_LETTER, letter.key, letter)

    def flush(self) -> None:
        """Wait for every acknowledgement; raises TransientError naming the first send that failed."""
        with self._lock:
            in_flight, self._in_flight = self._in_flight, []
        try:
            self._producer.flush()
        except KafkaError as exc:
            raise TransientError(f"kafka flush failed: {exc}") from exc
        failed = [future.exception for future in in_flight if future.failed()]
        if failed:
            raise TransientError(f"{len(failed)} message(s) not acknowledged by kafka, first: {failed[0]}")

    def close(self) -> None:
        """Flush what is in flight, then close the producer."""
        try:
            self.flush()
        finally:
            self._producer.close()

    def _send(self, name: str, topic: Topic, key: str | None, message: Message) -> None:
        value = encode(message, topic, self._schemas_dir)
        try:
            future = self._producer.send(name, key=key.encode("utf-8") if key else None, value=value)
        except MessageSizeTooLargeError as exc:
            raise PoisonMessage(f"{topic.name}: message of {len(value)} bytes is too large: {exc}") from exc
        except KafkaError as exc:
            raise TransientError(f"kafka send to {name} failed: {exc}") from exc
        with self._lock:
            self._in_flight.append(future)
