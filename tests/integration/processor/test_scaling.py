"""Two processor workers in one consumer group on the real broker: every article is processed, across a
rebalance, and indexed exactly once.

The workers start on a backlog, so the second joins while the first holds records in its queues: Faust's
recovery used to drop records fetched for the moving partitions, which were then never read again (see
``newsmon.processor.transport.RebalanceSafeConsumer``), so a lost article fails this test.

Kafka delivers at least once: a partition that moves during a rebalance can be consumed again from its last
committed offset, so ``articles.enriched`` may hold an article twice. Exactly once is an effect: the indexer
writes each article under its id, so a repeat overwrites the same document. The test counts the repeats in
the topic (run with ``-s`` to see them) and asserts that no article is missing and none is indexed twice.
"""

from __future__ import annotations

import re
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from elasticsearch import Elasticsearch
from kafka import KafkaProducer

from newsmon.core.indices import ARTICLES
from newsmon.core.messages import EnrichedArticle, RawArticle, encode
from newsmon.core.topic_admin import ensure_topics
from newsmon.core.topics import ARTICLES_ENRICHED, ARTICLES_RAW
from newsmon.indexer.settings import IndexerSettings
from newsmon.processor.app import app_id
from tests.support.samples import raw_article
from tests.support.stack import new_namespace, remove_indices, remove_topics, require_elasticsearch
from tests.support.workers import Worker, consume, index_all, running_worker

PER_PHASE = 30
# Sent over a few seconds, so that the group rebalances while articles are flowing.
SEND_INTERVAL_SECONDS = 0.1
# Published at once before the workers start: more than the first works through before the second joins,
# so that the rebalance finds records fetched and queued but not processed.
BACKLOG = 500
# How long a worker may take to start (it loads the extraction core's models first) and take partitions.
JOIN_SECONDS = 120.0
PARTITIONS = 4
OK = re.compile(r'^newsmon_messages_total\{outcome="ok",service="processor"\} (\S+)$', re.MULTILINE)


@contextmanager
def shared_namespace(settings: IndexerSettings) -> Iterator[str]:
    """The namespace of ``settings`` with its topics created; its topics, groups and indices removed at the end."""
    require_elasticsearch(settings.elasticsearch_url)
    ensure_topics(settings.kafka_bootstrap_servers, settings.namespace, partitions=PARTITIONS)
    try:
        yield settings.namespace
    finally:
        groups = [app_id(settings.namespace), settings.qualified_group_id()]
        remove_topics(settings.kafka_bootstrap_servers, settings.namespace, groups=groups)
        remove_indices(settings.elasticsearch_url, settings.namespace)


def send(
    producer: KafkaProducer,
    namespace: str,
    phase: int,
    count: int = PER_PHASE,
    first: int = 0,
    interval: float = 0.0,
) -> set[str]:
    """Publish articles ``first`` to ``first + count`` of ``phase`` to ``namespace``, ``interval`` seconds
    apart; return their ids."""
    numbers = range(first, first + count)
    articles: list[RawArticle] = [raw_article(f"https://news.example.org/scale/{phase}/{n}") for n in numbers]
    for article in articles:
        producer.send(ARTICLES_RAW.qualified(namespace), key=article.id.encode(), value=encode(article, ARTICLES_RAW))
        time.sleep(interval)
    producer.flush(timeout=30)
    return {article.id for article in articles}


def send_until_working(producer: KafkaProducer, namespace: str, phase: int, worker: Worker) -> set[str]:
    """Publish :data:`PER_PHASE` articles of ``phase``, then more a few at a time until ``worker`` has
    processed some, so that it holds partitions; return their ids."""
    wanted = send(producer, namespace, phase, interval=SEND_INTERVAL_SECONDS)

    def more() -> None:
        wanted.update(send(producer, namespace, phase, count=5, first=len(wanted), interval=SEND_INTERVAL_SECONDS))

    until_working(worker, more)
    return wanted


def enriched(worker: Worker, wanted: set[str]) -> list[EnrichedArticle]:
    """The enriched articles on the topic, read until every one of ``wanted`` is among them."""
    return consume(worker, ARTICLES_ENRICHED, EnrichedArticle, lambda got: wanted <= {a.id for a in got})


def processed(worker: Worker) -> float:
    """How many messages ``worker`` processed without failure, from its /metrics (0 before it serves them)."""
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{worker.metrics_port}/metrics", timeout=10) as response:
            match = OK.search(response.read().decode())
    except OSError:
        return 0.0
    return float(match.group(1)) if match else 0.0


def until_working(worker: Worker, meanwhile: Callable[[], object] = lambda: time.sleep(0.2)) -> None:
    """Call ``meanwhile`` until ``worker`` has processed a message, so that it holds partitions."""
    deadline = time.monotonic() + JOIN_SECONDS
    while not processed(worker):
        assert time.monotonic() < deadline, f"the worker processed nothing in {JOIN_SECONDS:.0f}s:\n{worker.tail()}"
        meanwhile()


def test_two_workers_process_every_article_once_across_a_rebalance(
    producer: KafkaProducer, record_property: Callable[[str, object], None]
) -> None:
    settings = IndexerSettings(namespace=new_namespace(), metrics_port=0, indexer_batch_max_seconds=0.2)
    with (
        tempfile.TemporaryDirectory(prefix="newsmon-scaling-") as folder,
        shared_namespace(settings) as namespace,
        ExitStack() as first_running,
    ):
        root = Path(folder)
        for number in (1, 2):
            (root / str(number)).mkdir()
        # The first starts on a backlog the group never committed and takes every partition; the group
        # rebalances when the second joins while the first still holds records and more articles flow.
        # Then the first leaves, and the second takes every partition.
        wanted = send(producer, namespace, 0, count=BACKLOG)
        first = first_running.enter_context(
            running_worker(root / "1", create_topics=False, namespace=namespace, partitions=PARTITIONS)
        )
        until_working(first)
        with running_worker(root / "2", create_topics=False, namespace=namespace, partitions=PARTITIONS) as second:
            wanted |= send_until_working(producer, namespace, 1, second)
            enriched(first, wanted)
            by_first = processed(first)
            first_running.close()
            wanted |= send(producer, namespace, 2, interval=SEND_INTERVAL_SECONDS)
            articles = enriched(second, wanted)
            by_second = processed(second)

        stats = index_all(settings)
        with Elasticsearch(settings.elasticsearch_url) as es:
            hits = es.search(index=ARTICLES.qualified(namespace), size=len(wanted) + 10, source=False)["hits"]

    repeats = len(articles) - len({article.id for article in articles})
    record_property("topic_repeats", repeats)
    print(f"\n{len(wanted)} articles, {repeats} repeated in the topic; by worker: {by_first:.0f}, {by_second:.0f}")
    assert by_first > 0 and by_second > 0, "both workers must have had partitions"
    assert {a.id for a in articles} == wanted
    ids = [hit["_id"] for hit in hits["hits"]]
    assert hits["total"]["value"] == len(wanted) == len(ids) and set(ids) == wanted
    assert stats.poison == stats.rejected == 0
