"""The indexer's loop, written once: poll a batch, decode, build documents, bulk-write, dead-letter, commit.

Two batches are in hand at once: while one is written (a thread waiting on Elasticsearch), the next is
polled and decoded, which takes about as long (stemming the search terms is most of it); one batch is
written at a time, in order, so the newest message for an id is still written last.
At-least-once: a batch's offsets are committed only after it is written and its dead letters are flushed,
so a crash re-delivers it, and re-indexing overwrites the same documents (``_id`` = message id).
A document goes to the time bucket of its message's own timestamp (``newsmon.core.indices``), so a message
delivered again lands where it landed before. A new message for an id that is already stored (an article
fetched again, with a later timestamp) goes where that id is, found by one ``ids`` search per index kind
and batch (:class:`Placements`), so that no id is ever stored in two buckets.
Kafka itself stays behind the two small protocols below (``broker.py`` adapts kafka-python to them).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import KW_ONLY, dataclass, field, replace
from datetime import datetime
from typing import Any, Protocol, TypeVar

import orjson
from prometheus_client import Histogram

from newsmon.core.deadletters import Received, dead_letter
from newsmon.core.errors import PoisonMessage, TransientError
from newsmon.core.indices import ALERTS as ALERTS_INDEX
from newsmon.core.indices import ARTICLES, Granularity, Index
from newsmon.core.indices import DENIALS as DENIALS_INDEX
from newsmon.core.messages import Alert, DeadLetter, DenialRecord, EnrichedArticle, Message, decode
from newsmon.core.metrics import STAGE_SECONDS, Outcome, count, observe_latency
from newsmon.core.retry import RetryPolicy, Stopped, retry_until_stopped
from newsmon.core.topics import ALERTS, ARTICLES_ENRICHED, DENIALS, Topic
from newsmon.indexer import SERVICE
from newsmon.indexer.documents import (
    Document,
    alert_document,
    alert_time,
    article_document,
    article_time,
    denial_document,
    denial_time,
)
from newsmon.indexer.sink import Action, BulkSink, WriteResult

BATCH_SIZE = Histogram(
    "newsmon_indexer_batch_size",
    "Messages per indexer batch",
    buckets=(1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000),
)
logger = logging.getLogger(__name__)
T = TypeVar("T")


class Record(Protocol):
    """The fields of a consumed Kafka record that the indexer reads."""

    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None


class Records(Protocol):
    """Where records come from (kafka-python's KafkaConsumer fits)."""

    def poll(self, timeout_ms: int, max_records: int | None) -> Mapping[Any, Sequence[Record]]: ...

    def commit(self, offsets: Mapping[tuple[str, int], int]) -> None:
        """Commit the next offset to consume of each (topic, partition); raises TransientError."""
        ...

    def assigned(self) -> bool: ...


class DeadLetters(Protocol):
    """Where dead letters go; ``publish`` returns once they are stored, or raises TransientError."""

    def publish(self, letters: Sequence[DeadLetter]) -> None: ...


class Placements(Protocol):
    """Where documents are stored already."""

    def existing(self, alias: str, ids: Sequence[str]) -> Mapping[str, str]:
        """The index holding each of ``ids`` that the alias ``alias`` finds (absent ids are left out).
        Raises TransientError when it cannot tell."""
        ...


@dataclass(frozen=True, slots=True)
class Route:
    """What the records of one topic are decoded as, and where their documents go: the read alias of
    their kind, and the bucket of each message (from its own timestamp)."""

    topic: Topic
    model: type[Message]
    alias: str
    bucket: Callable[[Any], str]
    build: Callable[[Any], Document]


def routes(namespace: str, granularity: Granularity = "month") -> dict[str, Route]:
    """The indexer's routes for ``namespace`` and buckets of ``granularity``, keyed by qualified topic name."""

    def route(
        topic: Topic,
        model: type[Message],
        index: Index,
        stamp: Callable[[Any], datetime],
        build: Callable[[Any], Document],
    ) -> Route:
        alias = index.qualified(namespace)
        return Route(topic, model, alias, lambda message: index.bucket(namespace, stamp(message), granularity), build)

    table = (
        route(ARTICLES_ENRICHED, EnrichedArticle, ARTICLES, article_time, article_document),
        route(DENIALS, DenialRecord, DENIALS_INDEX, denial_time, denial_document),
        route(ALERTS, Alert, ALERTS_INDEX, alert_time, alert_document),
    )
    return {route.topic.qualified(namespace): route for route in table}


def latest_per_document(actions: Sequence[Action]) -> tuple[list[Action], int]:
    """Keep only the last action for each (topic, id) (the newest message wins); returns them and how
    many earlier ones were dropped. One bulk request must not write a document twice."""
    latest = {(action.origin.topic, action.document.id): action for action in actions}
    kept = list(latest.values())
    return kept, len(actions) - len(kept)


def placed(actions: Sequence[Action], aliases: Mapping[str, str], placements: Placements) -> list[Action]:
    """``actions``, each sent to the index that holds its id already if one does (see the module
    docstring); ``aliases`` maps each action's topic to the read alias of its kind. Raises TransientError."""
    by_alias: dict[str, list[str]] = {}
    for action in actions:
        by_alias.setdefault(aliases[action.origin.topic], []).append(action.document.id)
    where = {alias: placements.existing(alias, ids) for alias, ids in by_alias.items()}
    return [
        replace(action, index=where[aliases[action.origin.topic]].get(action.document.id, action.index))
        for action in actions
    ]


@dataclass(frozen=True, slots=True)
class _Batch:
    """Polled records, decoded: their documents (the latest per id) and the dead letters of the undecodable."""

    records: Sequence[Record]
    letters: list[DeadLetter]
    actions: list[Action]
    duplicates: int
    started: float

    def next_offsets(self) -> dict[tuple[str, int], int]:
        """The offset to commit for each (topic, partition) of the batch: one past its last record."""
        offsets: dict[tuple[str, int], int] = {}
        for record in self.records:
            key = (record.topic, record.partition)
            offsets[key] = max(offsets.get(key, 0), record.offset + 1)
        return offsets


@dataclass(slots=True)
class IndexerStats:
    """What a run of the indexer did, message by message."""

    batches: int = 0
    indexed: int = 0
    duplicates: int = 0
    poison: int = 0  # dead-lettered undecoded
    rejected: int = 0  # dead-lettered by Elasticsearch
    retries: int = 0


@dataclass
class Indexer:
    """Consumes the routed topics in batches and indexes them (see the module docstring)."""

    records: Records
    sink: BulkSink
    dead_letters: DeadLetters
    placements: Placements
    _: KW_ONLY
    routes: Mapping[str, Route]
    batch_size: int
    batch_max_seconds: float
    backoff: RetryPolicy
    max_message_bytes: int = 2_000_000
    clock: Callable[[], float] = time.monotonic
    stats: IndexerStats = field(default_factory=IndexerStats)

    def run(
        self, stop: threading.Event, *, idle_seconds: float | None = None, max_batches: int | None = None
    ) -> IndexerStats:
        """Index batches until ``stop`` is set, or (when given) no message came for ``idle_seconds`` or
        ``max_batches`` batches were indexed. Returns the run's stats; raises nothing it could retry.
        A batch polled but not yet written when the run ends stays uncommitted: it is consumed again."""
        idle_since = self.clock()
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="indexer-write") as writer:
            writing: tuple[_Batch, Future[WriteResult]] | None = None
            try:
                while not stop.is_set():
                    records = self._collect(stop)
                    batch = self._decode(records) if records else None
                    if writing is not None:
                        self._finish(*writing)
                        writing = None
                        if max_batches is not None and self.stats.batches >= max_batches:
                            break
                    if batch is not None and not stop.is_set():
                        writing = (batch, writer.submit(self._write, batch, stop))
                        idle_since = self.clock()
                    elif idle_seconds is not None and batch is None:
                        if not self.records.assigned():
                            idle_since = self.clock()  # still joining the group: not idle, just not started
                        elif self.clock() - idle_since >= idle_seconds:
                            break
                if writing is not None:
                    self._finish(*writing)  # stopped while it was written: it is written, so commit it
            except Stopped:
                pass  # stopped while a batch waited for a retry: it stays uncommitted, consumed again
        return self.stats

    def _collect(self, stop: threading.Event) -> list[Record]:
        deadline = self.clock() + self.batch_max_seconds
        batch: list[Record] = []
        while len(batch) < self.batch_size and not stop.is_set():
            remaining = deadline - self.clock()
            if remaining <= 0:
                break
            polled = self.records.poll(
                timeout_ms=max(1, int(remaining * 1000)), max_records=self.batch_size - len(batch)
            )
            for part in polled.values():
                batch.extend(part)
        return batch

    def _decode(self, records: Sequence[Record]) -> _Batch:
        started = self.clock()
        letters: list[DeadLetter] = []
        actions: list[Action] = []
        for record in records:
            origin = Received(record.topic, record.partition, record.offset, record.key, record.value)
            route = self.routes[record.topic]
            try:
                if record.value is not None and len(record.value) > self.max_message_bytes:
                    raise PoisonMessage(
                        f"message of {len(record.value)} bytes over the cap of {self.max_message_bytes}"
                    )
                message = decode(record.value, route.topic, route.model)
            except PoisonMessage as exc:
                letters.append(dead_letter(SERVICE, exc.reason, origin))
                continue
            actions.append(Action(route.bucket(message), route.build(message), origin))
        latest, duplicates = latest_per_document(actions)
        return _Batch(records, letters, latest, duplicates, started)

    def _write(self, batch: _Batch, stop: threading.Event) -> WriteResult:
        """Write ``batch`` and send its dead letters (in the writer thread); raises Stopped when ``stop``
        came while waiting for a retry."""
        aliases = {topic: route.alias for topic, route in self.routes.items()}

        def write() -> WriteResult:
            with STAGE_SECONDS.labels(service=SERVICE, stage="placements").time():
                actions = placed(batch.actions, aliases, self.placements)
            with STAGE_SECONDS.labels(service=SERVICE, stage="bulk").time():
                return self.sink.write(actions)

        result = self._retrying(write, len(batch.actions), stop)
        letters = batch.letters + result.rejected
        if letters:
            self._retrying(lambda: self.dead_letters.publish(letters), len(letters), stop)
        return result

    def _finish(self, batch: _Batch, written: Future[WriteResult]) -> None:
        """Wait for ``batch`` to be written, then commit it and count it; raises Stopped (see _write)."""
        result = written.result()
        try:
            self.records.commit(batch.next_offsets())
        except TransientError as exc:
            # After a rebalance the batch is consumed again: harmless, documents are overwritten.
            logger.warning("commit failed, the batch will be indexed again: %s", exc)
        self._account(batch.records, result, batch.duplicates, poison=len(batch.letters))
        seconds = self.clock() - batch.started
        STAGE_SECONDS.labels(service=SERVICE, stage="batch").observe(seconds)
        letters = len(batch.letters) + len(result.rejected)
        logger.info("%s", _batch_line(batch.records, result, batch.duplicates, letters, seconds))

    def _retrying(self, attempt: Callable[[], T], size: int, stop: threading.Event) -> T:
        """``attempt()`` until it no longer raises TransientError; raises Stopped if ``stop`` is set."""

        def failed(exc: TransientError, failures: int, delay: float) -> None:
            self.stats.retries += size
            count(SERVICE, "retry", size)
            logger.warning("retrying in %.1fs (failure %d): %s", delay, failures, exc)

        return retry_until_stopped(attempt, self.backoff, stop, failed)

    def _account(self, records: Sequence[Record], result: WriteResult, duplicates: int, poison: int) -> None:
        BATCH_SIZE.observe(len(records))
        outcomes: dict[Outcome, int] = {
            "ok": len(result.indexed),
            "duplicate": duplicates,
            "poison": poison,
            "dead_letter": len(result.rejected),
            "retry": result.retries,
        }
        for outcome, amount in outcomes.items():
            if amount:
                count(SERVICE, outcome, amount)
        for action in result.indexed:
            if self.routes[action.origin.topic].topic is ARTICLES_ENRICHED:
                # Searchable from here on (within the index's refresh interval, 1 s).
                observe_latency(
                    "enriched_to_searchable", datetime.fromisoformat(action.document.source["processed_at"])
                )
        self.stats.batches += 1
        self.stats.indexed += len(result.indexed)
        self.stats.duplicates += duplicates
        self.stats.poison += poison
        self.stats.rejected += len(result.rejected)
        self.stats.retries += result.retries


def _batch_line(
    records: Sequence[Record], result: WriteResult, duplicates: int, dead_letters: int, seconds: float
) -> str:
    """One JSON log line per batch: what was indexed, and from which offsets of which partitions."""
    spans: dict[tuple[str, int], list[int]] = {}
    for record in records:
        span = spans.setdefault((record.topic, record.partition), [record.offset, record.offset])
        span[0], span[1] = min(span[0], record.offset), max(span[1], record.offset)
    line = {
        "event": "batch",
        "messages": len(records),
        "indexed": len(result.indexed),
        "duplicates": duplicates,
        "dead_letters": dead_letters,
        "item_retries": result.retries,
        "seconds": round(seconds, 4),
        "offsets": [
            {"topic": topic, "partition": partition, "first": first, "last": last}
            for (topic, partition), (first, last) in sorted(spans.items())
        ],
    }
    return orjson.dumps(line).decode()
