"""The real path into Elasticsearch for integration tests: namespaced topics, produce, run the indexer.

``isolated_stack`` gives each test its own topics, indices and templates (named by the test's namespace)
and removes them afterwards. It fails, with a clear message, when the broker or the node is not running:
an integration test that skips would let a CI run without its stack look green.
"""

from __future__ import annotations

import socket
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

import pytest
from elasticsearch import Elasticsearch
from kafka import KafkaConsumer, KafkaProducer
from kafka.admin import KafkaAdminClient, NewTopic

from newsmon.core.indices import ALL_INDICES
from newsmon.core.messages import DeadLetter, Message, decode, encode
from newsmon.core.topics import ARTICLES_ENRICHED, DEAD_LETTER, DENIALS, Topic
from newsmon.indexer.consumer import IndexerStats
from newsmon.indexer.main import run_until_idle
from newsmon.indexer.settings import IndexerSettings

TOPICS = (ARTICLES_ENRICHED, DENIALS, DEAD_LETTER)


def _reachable(host_port: str) -> bool:
    host, _, port = host_port.rpartition(":")
    try:
        socket.create_connection((host, int(port)), timeout=2).close()
    except OSError:
        return False
    return True


@contextmanager
def isolated_stack(namespace: str) -> Iterator[IndexerSettings]:
    """Indexer settings for ``namespace`` with its topics created; deletes topics, indices and templates
    on exit. Fails when Kafka or Elasticsearch is not up (``make stack-up``)."""
    settings = IndexerSettings(
        namespace=namespace,
        metrics_port=0,
        indexer_batch_max_seconds=0.2,
        indexer_initial_backoff_seconds=0.1,
    )
    es_url = urlsplit(settings.elasticsearch_url)
    for where in (settings.kafka_bootstrap_servers, f"{es_url.hostname}:{es_url.port}"):
        if not _reachable(where):
            pytest.fail(f"{where} is not reachable: start the stack (make stack-up)", pytrace=False)
    admin = KafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap_servers)
    names = [topic.qualified(namespace) for topic in TOPICS]
    admin.create_topics([NewTopic(name, 1, 1) for name in names])
    es = Elasticsearch(settings.elasticsearch_url)
    try:
        yield settings
    finally:
        admin.delete_topics(names)
        admin.delete_groups([settings.qualified_group_id()])  # answers an error if it never existed
        admin.close()
        quiet = es.options(ignore_status=404)
        for index in ALL_INDICES:
            quiet.indices.delete(index=index.qualified(namespace))
            quiet.indices.delete_index_template(name=index.qualified(namespace))
        es.close()


def produce(settings: IndexerSettings, topic: Topic, messages: Iterable[Message | bytes]) -> None:
    """Publish ``messages`` (encoded and validated, or raw bytes as they are) to the namespaced ``topic``."""
    producer = KafkaProducer(bootstrap_servers=settings.kafka_bootstrap_servers, acks="all")
    try:
        for message in messages:
            value = message if isinstance(message, bytes) else encode(message, topic)
            producer.send(topic.qualified(settings.namespace), value=value)
        producer.flush(timeout=30)
    finally:
        producer.close()


def index_all(settings: IndexerSettings) -> IndexerStats:
    """Run the real indexer until it has been idle for a moment, then refresh the indices."""
    stats = run_until_idle(settings, idle_seconds=2.0, timeout_seconds=60.0)
    with Elasticsearch(settings.elasticsearch_url) as es:
        es.indices.refresh(index=[index.qualified(settings.namespace) for index in ALL_INDICES])
    return stats


def dead_letters(settings: IndexerSettings, expected: int) -> list[DeadLetter]:
    """The dead letters of the namespace (waiting up to 10 s for ``expected`` of them)."""
    consumer = KafkaConsumer(
        DEAD_LETTER.qualified(settings.namespace),
        bootstrap_servers=settings.kafka_bootstrap_servers,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        consumer_timeout_ms=10_000,
    )
    letters = []
    try:
        for record in consumer:
            letters.append(decode(record.value, DEAD_LETTER, DeadLetter))
            if len(letters) >= expected:
                break
    finally:
        consumer.close()
    return letters
