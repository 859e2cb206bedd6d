from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from kafka.errors import KafkaTimeoutError, MessageSizeTooLargeError

from newsmon.core.errors import PoisonMessage, TransientError
from newsmon.core.messages import DeadLetter, RawArticle, decode
from newsmon.core.settings import CommonSettings
from newsmon.core.topics import ARTICLES_RAW, DEAD_LETTER
from newsmon.fetcher.publisher import KafkaPublisher

SCHEMAS = CommonSettings().schemas_dir


class FakeFuture:
    def __init__(self, error: Exception | None = None) -> None:
        self.exception = error

    def failed(self) -> bool:
        return self.exception is not None


class FakeProducer:
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

    def flush(self) -> None:
        self.flushed += 1

    def close(self) -> None:
        self.closed = True


def _article(body: str = "The ministry denied reports that the plant would close.") -> RawArticle:
    return RawArticle(
        id="0123456789abcdef0123456789abcdef",
        url="https://a.example/1",
        canonical_url="https://a.example/1",
        source="A",
        title="Plant",
        body=body,
        published=None,
        language_hint="en",
        fetched_at=datetime(2024, 5, 14, tzinfo=UTC),
    )


def _publisher(producer: FakeProducer) -> KafkaPublisher:
    return KafkaPublisher(bootstrap_servers="unused:9092", namespace="ns1", schemas_dir=SCHEMAS, producer=producer)


def test_article_goes_to_the_namespaced_topic_keyed_by_id_and_decodes() -> None:
    producer = FakeProducer()

    _publisher(producer).publish(_article())

    ((topic, key, value),) = producer.sent
    assert (topic, key) == ("ns1.articles.raw", b"0123456789abcdef0123456789abcdef")
    assert decode(value, ARTICLES_RAW, RawArticle, SCHEMAS) == _article()


def test_dead_letter_goes_to_the_dead_letter_topic() -> None:
    producer = FakeProducer()
    letter = DeadLetter(service="fetcher", topic=None, payload="https://a.example/x", reason="not HTML")

    _publisher(producer).dead_letter(letter)

    ((topic, key, value),) = producer.sent
    assert (topic, key) == ("ns1.deadletter", None)
    assert decode(value, DEAD_LETTER, DeadLetter, SCHEMAS).reason == "not HTML"


def test_article_breaking_the_schema_is_poison_and_not_sent() -> None:
    producer = FakeProducer()

    with pytest.raises(PoisonMessage, match="body"):
        _publisher(producer).publish(_article(body=""))
    assert producer.sent == []


def test_too_large_is_poison_and_broker_trouble_is_transient() -> None:
    with pytest.raises(PoisonMessage, match="too large"):
        _publisher(FakeProducer(fail_with=MessageSizeTooLargeError("big"))).publish(_article())
    with pytest.raises(TransientError, match=r"ns1\.articles\.raw"):
        _publisher(FakeProducer(fail_with=KafkaTimeoutError("no metadata"))).publish(_article())


def test_flush_reports_unacknowledged_sends_and_close_closes() -> None:
    producer = FakeProducer(future_error=KafkaTimeoutError("expired"))
    publisher = _publisher(producer)
    publisher.publish(_article())

    with pytest.raises(TransientError, match="1 message"):
        publisher.flush()
    publisher.flush()  # the failure was reported once; nothing is in flight any more
    publisher.close()
    assert producer.closed
