"""table.py: a compacted topic followed as a table, over the real broker."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from newsmon.core.messages import Feed
from newsmon.core.producer import TopicProducer
from newsmon.core.table import TopicTable
from newsmon.core.topics import FEEDS
from newsmon.indexer.settings import IndexerSettings
from tests.support.stack import produce

A = Feed(url="https://a.example/rss", name="A")
B = Feed(url="https://b.example/rss", name="B")


@pytest.fixture
def producer(stack: IndexerSettings) -> Iterator[TopicProducer]:
    producer = TopicProducer(stack.kafka_bootstrap_servers, stack.namespace, "test-table")
    yield producer
    producer.close()


def test_the_table_reads_what_was_there_then_follows_changes_and_tombstones(
    stack: IndexerSettings, producer: TopicProducer
) -> None:
    producer.send(FEEDS, A.url, A)
    producer.send(FEEDS, B.url, B)
    producer.flush()
    table = TopicTable(stack.kafka_bootstrap_servers, stack.namespace, FEEDS, Feed, "test-table").start()
    try:
        assert table.ready(timeout=30)
        assert table.rows() == {A.url: A, B.url: B}
        changed = A.model_copy(update={"enabled": False})
        producer.send(FEEDS, A.url, changed)
        producer.send_tombstone(FEEDS, B.url)
        produce(stack, FEEDS, [b"not json"])  # no key, not JSON: ignored
        producer.flush()
        assert table.sync(timeout=30)
        assert table.rows() == {A.url: changed}
        assert table.get(A.url) == changed and table.get(B.url) is None
    finally:
        table.close()


def test_a_missing_topic_is_waited_for_and_close_is_prompt(namespace: str) -> None:
    table = TopicTable("127.0.0.1:9092", namespace, FEEDS, Feed, "test-table").start()
    try:
        assert not table.ready(timeout=1.5)
        assert table.rows() == {}
    finally:
        started = time.monotonic()
        table.close(timeout=10)
    # Well under the 10 s the join would give up after: the thread stopped (loosely bound, CI is loaded).
    assert time.monotonic() - started < 8
