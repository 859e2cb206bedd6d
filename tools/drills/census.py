"""Counting what a drill left behind: every expected id found once, nothing lost, nothing extra.

Articles and denials are counted in their Elasticsearch indices (documents are keyed by message id, so a
redelivered message overwrites its document; a document under an id that was not expected is a duplicate
that escaped deduplication). Alerts are counted in their index when the indexer keeps one, otherwise by
distinct id on the ``alerts`` topic (redeliveries on the topic are counted apart: the sinks deduplicate
them by id).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass

from elasticsearch import Elasticsearch, NotFoundError, TransportError
from elasticsearch.helpers import scan
from kafka import KafkaConsumer, TopicPartition

from newsmon.core.indices import ARTICLES, DENIALS
from newsmon.core.topics import ALERTS
from tools.drills.corpus import Expectation

ALERTS_INDEX_KIND = "alerts"


@dataclass(frozen=True, slots=True)
class Tally:
    """One kind of document: how many were expected, found, lost and extra."""

    expected: int
    found: int
    lost: int
    duplicated: int


@dataclass(frozen=True, slots=True)
class Census:
    """What a drill left in the sinks."""

    articles: Tally
    denials: Tally
    alerts: Tally
    alert_redeliveries: int
    alerts_counted_in: str

    def whole(self) -> bool:
        """True when nothing was lost or doubled."""
        return all(t.lost == 0 and t.duplicated == 0 for t in (self.articles, self.denials, self.alerts))


def tally(expected: frozenset[str], found: Counter[str]) -> Tally:
    """Compare the ids found (with how often each was seen) with those expected."""
    extra = sum(count for key, count in found.items() if key not in expected)
    doubled = sum(count - 1 for key, count in found.items() if key in expected and count > 1)
    return Tally(len(expected), sum(found.values()), len(expected - found.keys()), extra + doubled)


def index_ids(es: Elasticsearch, index: str) -> Counter[str]:
    """Every document id in ``index`` (after a refresh); empty when the index does not exist."""
    try:
        es.indices.refresh(index=index)
    except NotFoundError:
        return Counter()
    return Counter(hit["_id"] for hit in scan(es, index=index, query={"query": {"match_all": {}}}, _source=False))


def index_count(es: Elasticsearch, index: str) -> int:
    """How many documents ``index`` holds now (0 when it is missing or the node does not answer)."""
    try:
        return int(es.count(index=index)["count"])
    except (TransportError, NotFoundError, ConnectionError):
        return 0


def topic_ids(bootstrap_servers: str, topic: str) -> Counter[str]:
    """The ``id`` of every message on ``topic``, with how often each occurs."""
    consumer = KafkaConsumer(bootstrap_servers=bootstrap_servers, enable_auto_commit=False)
    try:
        partitions = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or ())]
        if not partitions:
            return Counter()
        consumer.assign(partitions)
        consumer.seek_to_beginning(*partitions)
        ends = consumer.end_offsets(partitions)
        ids: Counter[str] = Counter()
        while any(consumer.position(p) < ends[p] for p in partitions):
            for records in consumer.poll(timeout_ms=1000).values():
                ids.update(json.loads(record.value)["id"] for record in records if record.value)
        return ids
    finally:
        consumer.close()


def take_census(es: Elasticsearch, bootstrap_servers: str, namespace: str, expected: Expectation) -> Census:
    """Count the articles, denials and alerts of ``namespace`` against ``expected``."""
    articles = index_ids(es, ARTICLES.qualified(namespace))
    denials = index_ids(es, DENIALS.qualified(namespace))
    on_topic = topic_ids(bootstrap_servers, ALERTS.qualified(namespace))
    alerts_index = f"{namespace}-{ALERTS_INDEX_KIND}"
    indexed = index_ids(es, alerts_index)
    if indexed:
        alerts, place = indexed, alerts_index
    else:
        alerts, place = Counter(dict.fromkeys(on_topic, 1)), f"topic {ALERTS.qualified(namespace)}"
    return Census(
        articles=tally(expected.articles, articles),
        denials=tally(expected.denials, denials),
        alerts=tally(expected.alerts, alerts),
        alert_redeliveries=sum(on_topic.values()) - len(on_topic),
        alerts_counted_in=place,
    )
