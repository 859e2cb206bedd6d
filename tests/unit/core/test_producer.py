"""producer.py: messages encoded and validated per topic, sent to the namespaced topic, failures told apart."""

from __future__ import annotations

import pytest
from kafka.errors import KafkaTimeoutError, MessageSizeTooLargeError

from newsmon.core.errors import PoisonMessage, TransientError
from newsmon.core.messages import Feed, decode
from newsmon.core.producer import TopicProducer
from newsmon.core.topics import FEEDS
from tests.support.fakes import FakeProducer

FEED = Feed(url="https://a.example/rss", name="A")


def _producer(fake: FakeProducer) -> TopicProducer:
    return TopicProducer("unused:9092", "ns1", "newsmon-test", producer=fake)


def test_a_message_goes_to_the_namespaced_topic_keyed_and_decodes() -> None:
    fake = FakeProducer()

    _producer(fake).send(FEEDS, FEED.url, FEED)

    ((topic, key, value),) = fake.sent
    assert (topic, key) == ("ns1.feeds", b"https://a.example/rss")
    assert decode(value, FEEDS, Feed) == FEED


def test_a_message_breaking_the_schema_is_poison_and_not_sent() -> None:
    fake = FakeProducer()

    with pytest.raises(PoisonMessage, match="name"):
        _producer(fake).send(FEEDS, None, FEED.model_copy(update={"name": ""}))
    assert fake.sent == []


def test_too_large_is_poison_and_broker_trouble_is_transient() -> None:
    with pytest.raises(PoisonMessage, match="too large"):
        _producer(FakeProducer(fail_with=MessageSizeTooLargeError("big"))).send(FEEDS, None, FEED)
    with pytest.raises(TransientError, match=r"ns1\.feeds"):
        _producer(FakeProducer(fail_with=KafkaTimeoutError("no metadata"))).send(FEEDS, None, FEED)


def test_flush_reports_unacknowledged_sends_once_and_close_closes() -> None:
    fake = FakeProducer(future_error=KafkaTimeoutError("expired"))
    producer = _producer(fake)
    producer.send(FEEDS, None, FEED)

    with pytest.raises(TransientError, match="1 message"):
        producer.flush()
    producer.flush()  # the failure was reported once; nothing is in flight any more
    producer.close()
    assert fake.closed
