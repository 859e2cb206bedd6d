"""Counting what a drill left behind: every expected id found once, nothing lost, nothing extra.

Articles and denials are counted in their Elasticsearch indices against the ids computed from the archive
beforehand (documents are keyed by message id, so a redelivered message overwrites its document; a
document under an id that was not expected is a duplicate that escaped deduplication).

Alerts group the reports of one story (``newsmon.processor.stories``), so which alerts there are depends
on the order in which the processor received the denials (the story of a denier is named after its
first report), and an alert lists at most ``rules.MAX_REPORTS`` reports. The expected alerts are
therefore what the processor's own :class:`~newsmon.processor.steps.AlertStep` makes of the denials as
they arrived (each partition of the ``denials`` topic in order, each denial once: a redelivered denial
must change nothing). They are compared with the alerts index by alert id, version and each report
(alert id, denial id): a report missing from its alert is lost; one in another alert, or twice, is a
duplicate; an alert whose last indexed version is older than the expected one is stale (lost).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from elasticsearch import Elasticsearch, NotFoundError, TransportError
from elasticsearch.helpers import scan
from kafka import KafkaConsumer, TopicPartition

from newsmon.core.deadletters import Received
from newsmon.core.indices import ALERTS as ALERTS_INDEX
from newsmon.core.indices import ARTICLES, DENIALS
from newsmon.core.messages import Alert, AlertRule
from newsmon.core.topics import ALERTS
from newsmon.core.topics import DENIALS as DENIALS_TOPIC
from newsmon.processor.rules import AlertCap, RuleBook
from newsmon.processor.steps import AlertStep
from tools.drills.corpus import Expectation

# The drills' services run with this story window and no alert cap to speak of (drills.environment).
STORY_WINDOW = timedelta(hours=6)
NO_ALERT_CAP = 1_000_000


@dataclass(frozen=True, slots=True)
class Tally:
    """One kind of thing: how many were expected, found, lost and extra."""

    expected: int
    found: int
    lost: int
    duplicated: int


@dataclass(frozen=True, slots=True)
class Census:
    """What a drill left in the sinks: ``alerts`` by id, ``reports`` by (alert id, denial id)."""

    articles: Tally
    denials: Tally
    alerts: Tally
    reports: Tally
    stale: int
    unreported: int
    alert_redeliveries: int

    def tallies(self) -> tuple[Tally, ...]:
        """The four tallies, articles first."""
        return (self.articles, self.denials, self.alerts, self.reports)

    def lost(self) -> int:
        """Everything expected and missing (an alert at a stale version counts as lost)."""
        return sum(t.lost for t in self.tallies()) + self.stale

    def duplicated(self) -> int:
        """Everything found more than once or not expected at all."""
        return sum(t.duplicated for t in self.tallies())

    def whole(self) -> bool:
        """True when nothing was lost or doubled."""
        return self.lost() == 0 and self.duplicated() == 0


@dataclass(frozen=True, slots=True)
class ExpectedAlerts:
    """The last version of every alert the denials must raise, and the denials no alert reports (those
    beyond a full alert's report cap)."""

    alerts: Mapping[str, Alert]
    unreported: int

    def reports(self) -> frozenset[str]:
        """Every (alert id, denial id) pair, as ``alert/denial``."""
        return frozenset(pair for alert in self.alerts.values() for pair in _pairs(alert))


def tally(expected: frozenset[str], found: Counter[str]) -> Tally:
    """Compare the ids found (with how often each was seen) with those expected."""
    extra = sum(count for key, count in found.items() if key not in expected)
    doubled = sum(count - 1 for key, count in found.items() if key in expected and count > 1)
    return Tally(len(expected), sum(found.values()), len(expected - found.keys()), extra + doubled)


def expect_alerts(denials: Iterable[Received], rules: Iterable[AlertRule]) -> ExpectedAlerts:
    """The alerts that the processor's :class:`AlertStep` raises from ``denials`` (``denials`` topic
    messages, in the order each partition delivered them) under ``rules``, with fresh tables and the
    drills' settings; a denial seen before is skipped (handled again, it must change nothing).

    Raises PoisonMessage when a message is not a valid denial record (the processor would dead-letter it:
    the drills never produce one)."""
    book = RuleBook({rule.id: rule.model_dump(mode="json") for rule in rules})
    step = AlertStep(book, {}, {}, AlertCap(NO_ALERT_CAP, STORY_WINDOW), STORY_WINDOW)
    latest: dict[str, Alert] = {}
    seen: set[str] = set()
    for message in denials:
        denial_id = json.loads(message.value or b"{}").get("id")
        if denial_id in seen:
            continue
        seen.add(denial_id)
        for output in step(message):
            latest[str(output.key)] = Alert.model_validate_json(output.value or b"")
    reported = {report.denial_id for alert in latest.values() for report in alert.reports}
    return ExpectedAlerts(latest, len(seen - reported))


def compare_alerts(expected: ExpectedAlerts, found: Iterable[Alert]) -> tuple[Tally, Tally, int]:
    """Compare the alerts ``found`` (one version each) with ``expected``: returns the tally by alert id,
    the tally by report, and how many found alerts are stale (at an older version than expected; one at a
    newer version holds a report too many, counted as duplicated)."""
    found = list(found)
    alerts = tally(frozenset(expected.alerts), Counter(alert.id for alert in found))
    reports = tally(expected.reports(), Counter(pair for alert in found for pair in _pairs(alert)))
    stale = sum(
        1 for alert in found if alert.id in expected.alerts and alert.version < expected.alerts[alert.id].version
    )
    return alerts, reports, stale


def take_census(
    es: Elasticsearch, bootstrap_servers: str, namespace: str, expected: Expectation, alerts: ExpectedAlerts
) -> Census:
    """Count the articles, denials and alerts of ``namespace`` against ``expected`` and ``alerts``."""
    alert_tally, report_tally, stale = compare_alerts(alerts, indexed_alerts(es, namespace))
    on_topic = [json.loads(m.value or b"{}") for m in topic_messages(bootstrap_servers, ALERTS.qualified(namespace))]
    versions = Counter((message.get("id"), message.get("version")) for message in on_topic)
    return Census(
        articles=tally(expected.articles, index_ids(es, ARTICLES.qualified(namespace))),
        denials=tally(expected.denials, index_ids(es, DENIALS.qualified(namespace))),
        alerts=alert_tally,
        reports=report_tally,
        stale=stale,
        unreported=alerts.unreported,
        alert_redeliveries=sum(versions.values()) - len(versions),
    )


def indexed_alerts(es: Elasticsearch, namespace: str) -> list[Alert]:
    """Every alert in the alerts index of ``namespace`` (its last indexed version)."""
    return [Alert.model_validate(hit["_source"]["alert"]) for hit in _hits(es, ALERTS_INDEX.qualified(namespace))]


def denial_messages(bootstrap_servers: str, namespace: str) -> list[Received]:
    """Every message of the ``denials`` topic of ``namespace``, partition after partition, each in order."""
    return topic_messages(bootstrap_servers, DENIALS_TOPIC.qualified(namespace))


def index_ids(es: Elasticsearch, index: str) -> Counter[str]:
    """Every document id in ``index`` (after a refresh); empty when the index does not exist."""
    return Counter(hit["_id"] for hit in _hits(es, index, source=False))


def index_count(es: Elasticsearch, index: str) -> int:
    """How many documents ``index`` holds now (0 when it is missing or the node does not answer)."""
    try:
        return int(es.count(index=index)["count"])
    except (TransportError, NotFoundError, ConnectionError):
        return 0


def writes(es: Elasticsearch, namespace: str) -> int:
    """How many documents were written to the indices of ``namespace`` so far (overwrites too), or -1 when
    the node does not answer: a number that moves while the pipeline makes progress."""
    try:
        stats = es.indices.stats(index=f"{namespace}-*", metric="indexing")
    except (TransportError, ConnectionError):
        return -1
    return int(stats["_all"]["primaries"].get("indexing", {}).get("index_total", 0))


def topic_messages(bootstrap_servers: str, topic: str) -> list[Received]:
    """Every message on ``topic`` from its start, partition after partition, each in offset order."""
    consumer = KafkaConsumer(bootstrap_servers=bootstrap_servers, enable_auto_commit=False)
    try:
        partitions = [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or ())]
        if not partitions:
            return []
        consumer.assign(partitions)
        consumer.seek_to_beginning(*partitions)
        ends = consumer.end_offsets(partitions)
        by_partition: dict[int, list[Received]] = {p.partition: [] for p in partitions}
        while any(consumer.position(p) < ends[p] for p in partitions):
            for part, records in consumer.poll(timeout_ms=1000).items():
                by_partition[part.partition].extend(
                    Received(r.topic, r.partition, r.offset, r.key, r.value) for r in records
                )
        return [message for p in sorted(by_partition) for message in by_partition[p]]
    finally:
        consumer.close()


def _pairs(alert: Alert) -> list[str]:
    return [f"{alert.id}/{report.denial_id}" for report in alert.reports]


def _hits(es: Elasticsearch, index: str, *, source: bool = True) -> Iterable[dict[str, Any]]:
    """Every hit of ``index`` after a refresh (none when the index does not exist)."""
    try:
        es.indices.refresh(index=index)
    except NotFoundError:
        return []
    return scan(es, index=index, query={"query": {"match_all": {}}}, _source=source)
