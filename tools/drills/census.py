"""Counting what a drill left behind: every expected id found once, nothing lost, nothing extra.

Articles and denials are counted in their Elasticsearch indices (documents are keyed by message id, so a
redelivered message overwrites its document; a document under an id that was not expected is a duplicate
that escaped deduplication). With one rule matching every denial, every denial must be reported by exactly
one alert: alerts are counted by the denials they report (an alert reports its ``denial``, or each of its
``reports`` when it groups a story's), in the alerts index when the indexer keeps one, else on the
``alerts`` topic, where a redelivered alert repeats its id (counted apart: the sinks keep one by id).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

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
    """What a drill left in the sinks; ``alerts`` tallies the denials the alerts report."""

    articles: Tally
    denials: Tally
    alerts: Tally
    alert_count: int
    alert_redeliveries: int
    alerts_counted_in: str

    def complete(self) -> bool:
        """True when nothing expected is missing (though something may be doubled)."""
        return all(t.lost == 0 for t in (self.articles, self.denials, self.alerts))

    def whole(self) -> bool:
        """True when nothing was lost or doubled."""
        return all(t.lost == 0 and t.duplicated == 0 for t in (self.articles, self.denials, self.alerts))


def tally(expected: frozenset[str], found: Counter[str]) -> Tally:
    """Compare the ids found (with how often each was seen) with those expected."""
    extra = sum(count for key, count in found.items() if key not in expected)
    doubled = sum(count - 1 for key, count in found.items() if key in expected and count > 1)
    return Tally(len(expected), sum(found.values()), len(expected - found.keys()), extra + doubled)


def reported_denials(alerts: Iterable[Mapping[str, Any]]) -> tuple[Counter[str], int]:
    """How many distinct alerts (by id; versions of one alert merge) report each denial, and how many
    distinct alerts there are."""
    by_alert: dict[str, set[str]] = {}
    for alert in alerts:
        reports = alert.get("reports") or [{"denial_id": alert["denial"]["id"]}]
        by_alert.setdefault(alert["id"], set()).update(report["denial_id"] for report in reports)
    return Counter(denial for denials in by_alert.values() for denial in denials), len(by_alert)


def index_ids(es: Elasticsearch, index: str) -> Counter[str]:
    """Every document id in ``index`` (after a refresh); empty when the index does not exist."""
    return Counter(hit["_id"] for hit in _hits(es, index, source=False))


def index_count(es: Elasticsearch, index: str) -> int:
    """How many documents ``index`` holds now (0 when it is missing or the node does not answer)."""
    try:
        return int(es.count(index=index)["count"])
    except (TransportError, NotFoundError, ConnectionError):
        return 0


def topic_messages(bootstrap_servers: str, topic: str) -> list[dict[str, Any]]:
    """Every message on ``topic``, from its start, as JSON objects."""
    consumer = KafkaConsumer(bootstrap_servers=bootstrap_servers, enable_auto_commit=False)
    try:
        partitions = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or ())]
        if not partitions:
            return []
        consumer.assign(partitions)
        consumer.seek_to_beginning(*partitions)
        ends = consumer.end_offsets(partitions)
        messages: list[dict[str, Any]] = []
        while any(consumer.position(p) < ends[p] for p in partitions):
            for records in consumer.poll(timeout_ms=1000).values():
                messages.extend(json.loads(record.value) for record in records if record.value)
        return messages
    finally:
        consumer.close()


def take_census(es: Elasticsearch, bootstrap_servers: str, namespace: str, expected: Expectation) -> Census:
    """Count the articles, denials and alerts of ``namespace`` against ``expected``."""
    on_topic = topic_messages(bootstrap_servers, ALERTS.qualified(namespace))
    alerts_index = f"{namespace}-{ALERTS_INDEX_KIND}"
    indexed = [hit["_source"]["alert"] for hit in _hits(es, alerts_index, source=True)]
    reported, count = reported_denials(indexed or on_topic)
    return Census(
        articles=tally(expected.articles, index_ids(es, ARTICLES.qualified(namespace))),
        denials=tally(expected.denials, index_ids(es, DENIALS.qualified(namespace))),
        alerts=tally(expected.denials, reported),
        alert_count=count,
        alert_redeliveries=len(on_topic) - len({message["id"] for message in on_topic}),
        alerts_counted_in=alerts_index if indexed else f"topic {ALERTS.qualified(namespace)}",
    )


def _hits(es: Elasticsearch, index: str, *, source: bool) -> Iterable[dict[str, Any]]:
    """Every hit of ``index`` after a refresh (none when the index does not exist)."""
    try:
        es.indices.refresh(index=index)
    except NotFoundError:
        return []
    return scan(es, index=index, query={"query": {"match_all": {}}}, _source=source)
