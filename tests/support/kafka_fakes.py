"""A stand-in for kafka-python's producer, for unit tests of the code that produces through it."""

from __future__ import annotations

from typing import Any


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
