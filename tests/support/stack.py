"""The real Kafka broker and Elasticsearch node of ``make stack-up``, as integration and e2e tests use them.

Every test works in a namespace of its own (topic and index names start with it) and removes it afterwards,
so that several runs share the stack. When the broker or the node is down the test fails, saying so: an
integration test that skipped would let a run without its stack look green.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar
from urllib.parse import urlsplit
from uuid import uuid4

import pytest
from elasticsearch import Elasticsearch
from kafka import KafkaConsumer, KafkaProducer
from kafka.admin import KafkaAdminClient
from kafka.consumer.fetcher import ConsumerRecord

from newsmon.core.messages import DeadLetter, Message, decode, encode
from newsmon.core.settings import CommonSettings
from newsmon.core.topic_admin import ensure_topics
from newsmon.core.topics import DEAD_LETTER, Topic
from newsmon.indexer import templates
from newsmon.indexer.settings import IndexerSettings

T = TypeVar("T")


def new_namespace() -> str:
    """Return a fresh namespace for topic and index names, so that tests never see each other's messages."""
    return f"test-{uuid4().hex[:10]}"


def reachable(host_port: str, timeout: float = 2.0) -> bool:
    """Return whether a TCP connection to ``host:port`` opens within ``timeout`` seconds."""
    host, _, port = host_port.strip().rpartition(":")
    try:
        socket.create_connection((host, int(port)), timeout=timeout).close()
    except OSError:
        return False
    return True


def require_kafka(bootstrap_servers: str) -> None:
    """Fail the test (without a traceback) unless the first of ``bootstrap_servers`` accepts connections."""
    first = bootstrap_servers.split(",")[0]
    if not reachable(first):
        pytest.fail(f"no Kafka broker at {first}: start the stack (make stack-up)", pytrace=False)


def require_elasticsearch(url: str) -> None:
    """Fail the test (without a traceback) unless the Elasticsearch node at ``url`` accepts connections."""
    parts = urlsplit(url)
    if not reachable(f"{parts.hostname}:{parts.port or 9200}"):
        pytest.fail(f"no Elasticsearch node at {url}: start the stack (make stack-up)", pytrace=False)


def remove_topics(bootstrap_servers: str, namespace: str, groups: Sequence[str] = ()) -> None:
    """Delete the topics of ``namespace`` and the consumer ``groups`` (whether they exist or not)."""
    admin = KafkaAdminClient(bootstrap_servers=bootstrap_servers)
    try:
        admin.delete_topics([name for name in admin.list_topics() if name.startswith(f"{namespace}.")])
        if groups:
            admin.delete_groups(list(groups))  # answers an error for a group that never existed
    finally:
        admin.close()


def remove_indices(elasticsearch_url: str, namespace: str) -> None:
    """Delete the indices and index templates of ``namespace`` (whether they exist or not)."""
    with Elasticsearch(elasticsearch_url) as es:
        templates.remove_indices(es, namespace)


def read_topic(
    bootstrap_servers: str,
    name: str,
    convert: Callable[[ConsumerRecord], T],
    until: Callable[[list[T]], bool],
    timeout: float = 30.0,
) -> list[T]:
    """Read topic ``name`` from its start, converting each record, until ``until(converted)`` holds or
    ``timeout`` seconds have passed; return what was read (the caller judges whether it is enough)."""
    consumer = KafkaConsumer(
        name,
        bootstrap_servers=bootstrap_servers,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        group_id=None,
    )
    found: list[T] = []
    deadline = time.monotonic() + timeout
    try:
        while not until(found) and time.monotonic() < deadline:
            for records in consumer.poll(timeout_ms=500).values():
                found.extend(convert(record) for record in records)
    finally:
        consumer.close()
    return found


def produce(settings: CommonSettings, topic: Topic, messages: Iterable[Message | bytes]) -> None:
    """Publish ``messages`` (encoded and validated, or raw bytes as they are) to ``topic`` in the namespace
    of ``settings``, and wait for the broker's acknowledgements."""
    producer = KafkaProducer(bootstrap_servers=settings.kafka_bootstrap_servers, acks="all")
    try:
        for message in messages:
            value = message if isinstance(message, bytes) else encode(message, topic)
            producer.send(topic.qualified(settings.namespace), value=value)
        producer.flush(timeout=30)
    finally:
        producer.close()


def dead_letters(settings: CommonSettings, expected: int) -> list[DeadLetter]:
    """The dead letters of the namespace of ``settings``, waiting up to 10 s for ``expected`` of them."""
    return read_topic(
        settings.kafka_bootstrap_servers,
        DEAD_LETTER.qualified(settings.namespace),
        lambda record: decode(record.value, DEAD_LETTER, DeadLetter),
        lambda letters: len(letters) >= expected,
        timeout=10.0,
    )


@contextmanager
def isolated_stack(namespace: str) -> Iterator[IndexerSettings]:
    """Indexer settings for ``namespace``, its topics created; on exit its topics, consumer group, indices
    and index templates are removed. Fails when Kafka or Elasticsearch is not up."""
    settings = IndexerSettings(
        namespace=namespace,
        metrics_port=0,
        indexer_batch_max_seconds=0.2,
        indexer_initial_backoff_seconds=0.1,
    )
    require_kafka(settings.kafka_bootstrap_servers)
    require_elasticsearch(settings.elasticsearch_url)
    ensure_topics(settings.kafka_bootstrap_servers, namespace, partitions=1)
    try:
        yield settings
    finally:
        remove_topics(settings.kafka_bootstrap_servers, namespace, groups=[settings.qualified_group_id()])
        remove_indices(settings.elasticsearch_url, namespace)


def stored(es: Elasticsearch, index: str, doc_id: str) -> list[dict[str, Any]]:
    """Every copy of document ``doc_id`` in ``index`` (an alias reads every bucket behind it), each hit with
    its ``_index``, ``_version`` and ``_source``; refreshes first, so that what was written is seen."""
    es.indices.refresh(index=index)
    response = es.search(index=index, query={"ids": {"values": [doc_id]}}, version=True)
    return list(response["hits"]["hits"])
