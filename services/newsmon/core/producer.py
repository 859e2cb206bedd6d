"""The one Kafka producer of the kafka-python services (the fetcher, the indexer's dead letters).

Idempotent with ``acks=all``: the broker stores each message once, on every in-sync replica, however often
the client retries it. Every message is encoded and validated against its topic's schema before it is sent
(:func:`newsmon.core.messages.encode`), and sent to the topic's name in the service's namespace. (The
processor produces through Faust, whose producer is its own.)
"""

from __future__ import annotations

import threading
from typing import Any

from kafka import KafkaProducer
from kafka.errors import KafkaError, MessageSizeTooLargeError

from newsmon.core.errors import PoisonMessage, TransientError
from newsmon.core.messages import Message, encode
from newsmon.core.topics import Topic


class TopicProducer:
    """Sends messages to newsmon topics; :meth:`flush` waits for the broker's acknowledgements.

    ``producer`` is made from ``bootstrap_servers`` unless one is given (a fake, in unit tests). Raises
    TransientError when no broker can be reached."""

    def __init__(
        self,
        bootstrap_servers: str,
        namespace: str,
        client_id: str,
        *,
        linger_ms: int = 0,
        flush_timeout: float = 30.0,
        producer: Any | None = None,
    ) -> None:
        self._namespace = namespace
        self._flush_timeout = flush_timeout
        try:
            self._producer = producer or KafkaProducer(
                bootstrap_servers=bootstrap_servers.split(","),
                client_id=client_id,
                enable_idempotence=True,
                acks="all",
                linger_ms=linger_ms,
            )
        except KafkaError as exc:
            raise TransientError(f"Kafka unreachable at {bootstrap_servers}: {exc}") from exc
        self._in_flight: list[Any] = []
        self._lock = threading.Lock()

    def send(self, topic: Topic, key: str | None, message: Message) -> None:
        """Send ``message`` to ``topic`` (keyed by ``key``, UTF-8) without waiting for it to be stored.

        Raises PoisonMessage when it breaks the topic's schema or is too large for the broker,
        TransientError when the broker cannot take it."""
        self._send(topic, key, encode(message, topic))

    def send_tombstone(self, topic: Topic, key: str) -> None:
        """Send a tombstone (no value) for ``key`` to the compacted ``topic``: it deletes what ``key`` held.

        Raises TransientError when the broker cannot take it."""
        self._send(topic, key, None)

    def _send(self, topic: Topic, key: str | None, value: bytes | None) -> None:
        name = topic.qualified(self._namespace)
        try:
            future = self._producer.send(name, key=None if key is None else key.encode("utf-8"), value=value)
        except MessageSizeTooLargeError as exc:
            raise PoisonMessage(f"{topic.name}: message of {len(value or b'')} bytes is too large: {exc}") from exc
        except KafkaError as exc:
            raise TransientError(f"kafka send to {name} failed: {exc}") from exc
        with self._lock:
            self._in_flight.append(future)

    def flush(self) -> None:
        """Wait until every message sent is acknowledged; raises TransientError naming the first that was not
        (each failure is reported once)."""
        with self._lock:
            in_flight, self._in_flight = self._in_flight, []
        try:
            self._producer.flush(timeout=self._flush_timeout)
        except KafkaError as exc:
            raise TransientError(f"kafka flush failed: {exc}") from exc
        failed = [future.exception for future in in_flight if future.failed()]
        if failed:
            raise TransientError(f"{len(failed)} message(s) not acknowledged by kafka, first: {failed[0]}")

    def close(self) -> None:
        """Flush what is in flight, then close the producer; raises TransientError like :meth:`flush`."""
        try:
            self.flush()
        finally:
            self._producer.close(timeout=self._flush_timeout)
