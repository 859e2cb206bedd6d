"""Each stage alone from a full topic, the whole pipeline end to end, and latency at offered rates: the real
``newsmon`` services as child processes on the local stack, each run in a scratch namespace of its own.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from elasticsearch import Elasticsearch
from kafka import KafkaConsumer, TopicPartition

from newsmon.core.indices import ARTICLES
from newsmon.core.messages import DenialRecord, EnrichedArticle, RawArticle, decode
from newsmon.core.settings import CommonSettings
from newsmon.core.topics import ARTICLES_ENRICHED, ARTICLES_RAW, DENIALS
from newsmon.indexer.documents import Document, article_document, denial_document
from newsmon.processor.app import app_id
from tools.benchmark.suite.stack import (
    MachineLoad,
    Progress,
    Scratch,
    Service,
    index_counter,
    running,
    service_env,
    topic_counter,
    wait_for_group,
    watch,
)

# Long enough for the slowest stage of a full run on a busy 2-core machine; a stage that takes longer is
# reported unfinished ("finished": false) and the suite goes on.
STAGE_TIMEOUT_SECONDS = 240.0


def write_archive(articles: Sequence[RawArticle], path: Path) -> Path:
    """Write ``articles`` as a JSONL archive the fetcher replays (url, title, body, language); return ``path``."""
    with path.open("w", encoding="utf-8") as lines:
        for article in articles:
            record = {"url": article.url, "title": article.title, "body": article.body}
            lines.write(json.dumps({**record, "language": article.language_hint}) + "\n")
    return path


@dataclass(frozen=True, slots=True)
class Joined:
    """How long a stage's processors took to form a stable group, and whether they did within the timeout."""

    seconds: float
    stable: bool


@dataclass(frozen=True, slots=True)
class StageRun:
    """What one stage did: its rate while it worked, the CPU seconds its processes and the whole machine used
    meanwhile and the peak memory of each process."""

    progress: Progress
    peak_mb: dict[str, float]
    cpu_seconds: float = 0.0
    machine_seconds: float = 0.0
    # Of a stage that waited for its processors' group before counting: how long that took, whether it settled.
    joined: Joined | None = None
    # Of each process, by name: where a run of several services spent ``cpu_seconds``.
    cpu_by_service: dict[str, float] = field(default_factory=dict)

    @classmethod
    def of(
        cls, progress: Progress, services: Sequence[Service], machine: MachineLoad, joined: Joined | None = None
    ) -> StageRun:
        """The run of ``services`` that made ``progress`` while ``machine`` was sampled."""
        start, end = progress.first_at, progress.ended_at
        cpu = {service.name: service.cpu_seconds(start, end) for service in services}
        peaks = {service.name: service.peak_mb for service in services}
        return cls(progress, peaks, sum(cpu.values()), machine.busy_seconds(start, end), joined, cpu)

    def row(self) -> dict[str, Any]:
        """The run as a report row: ``cpu_ms_per_item`` is what an item cost the stage's own processes,
        ``cpu_cores`` how many cores they kept busy, ``machine_cores`` how many the whole machine did and
        ``others_cpu_ms_per_item`` what an item cost the rest of it (Kafka, Elasticsearch, the suite, any other job)."""
        items, seconds = self.progress.items, self.progress.seconds
        others = max(0.0, self.machine_seconds - self.cpu_seconds)
        return {
            "per_s": round(self.progress.per_s, 1),
            "items": items,
            "seconds": round(seconds, 2),
            "finished": self.progress.reached,
            "cpu_ms_per_item": round(1000 * self.cpu_seconds / items, 2) if items else 0.0,
            "cpu_cores": round(self.cpu_seconds / seconds, 2) if seconds else 0.0,
            "machine_cores": round(self.machine_seconds / seconds, 2) if seconds else 0.0,
            "others_cpu_ms_per_item": round(1000 * others / items, 2) if items else 0.0,
            "peak_mb": {name: round(mb, 1) for name, mb in self.peak_mb.items()},
            "cpu_ms_per_item_by_service": {
                name: round(1000 * spent / items, 2) if items else 0.0 for name, spent in self.cpu_by_service.items()
            },
            **({"joined_s": round(self.joined.seconds, 1), "group_stable": self.joined.stable} if self.joined else {}),
        }


@dataclass(frozen=True, slots=True)
class WarmUp:
    """Articles, other than the measured ones, that a run's workers analyse before it is timed.

    A worker's first articles cost it more than the later ones: each compiles the patterns and fills the caches
    its words need (in one process, after preload: 7.8 ms each for the corpus's first 500, then 4.0-4.4 ms)."""

    archive: Path
    articles: int


@dataclass(frozen=True, slots=True)
class OfferedRun:
    """Articles offered at ``rate`` a second (None: as fast as the fetcher goes) from ``archive``."""

    rate: float | None
    archive: Path
    ids: set[str]


class Stages:
    """Runs the stages in namespaces of ``scratch``; logs and Faust data go below ``scratch.folder``."""

    def __init__(self, scratch: Scratch, es: Elasticsearch, machine: MachineLoad) -> None:
        self._scratch = scratch
        self._machine = machine
        self._settings: CommonSettings = scratch.settings
        self._es = es
        self._runs = 0

    def _service(self, namespace: str, command: list[str], name: str, **env: str) -> Service:
        self._runs += 1
        folder = self._scratch.folder / f"{self._runs:02d}-{name}"
        folder.mkdir(parents=True)
        return Service(command, service_env(namespace, folder / "faust", **env), folder / f"{name}.log")

    def fetch(self, namespace: str, archive: Path, expected: int, rate: float | None = None) -> StageRun:
        """Replay ``archive`` into ``namespace``'s ``articles.raw`` with ``newsmon fetcher``; the fetcher's rate."""
        command = ["fetcher", "--archive", str(archive), *(["--rate", str(rate)] if rate else [])]
        counter = topic_counter(self._settings, namespace, ARTICLES_RAW)
        fetcher = self._service(namespace, command, "fetcher")
        try:
            with running([fetcher]):
                start = counter()
                progress = watch(counter, start + expected, STAGE_TIMEOUT_SECONDS, start=start)
                fetcher.process.wait(timeout=STAGE_TIMEOUT_SECONDS)
        finally:
            counter.close()
        return StageRun.of(progress, [fetcher], self._machine)

    def process(self, namespace: str, workers: int, expected: int, warmed: int = 0) -> StageRun:
        """Run ``workers`` processors on the namespace's full ``articles.raw``; their enriched articles a second
        from the moment every worker is in the group (the rebalances of their joins are timed apart, in
        ``joined_s``: a sustained rate is the stage's, not that of its first seconds), and past the topic's
        first ``warmed`` articles, which warm the workers up (:class:`WarmUp`)."""
        counter = topic_counter(self._settings, namespace, ARTICLES_ENRICHED)
        services = [self._service(namespace, ["processor"], f"processor-{n}") for n in range(1, workers + 1)]
        try:
            with running(services):
                joined = self._join(namespace, workers)
                progress = watch(counter, warmed + expected, STAGE_TIMEOUT_SECONDS, start=warmed)
        finally:
            counter.close()
        return StageRun.of(progress, services, self._machine, joined)

    def index(self, namespace: str, expected: int) -> StageRun:
        """Run the indexer on the namespace's full ``articles.enriched`` and ``denials`` until the indices hold
        ``expected`` documents (the distinct ids: a message repeated by a rebalance overwrites its document);
        its documents a second."""
        service = self._service(namespace, ["indexer"], "indexer")
        with running([service]):
            progress = watch(index_counter(self._es, namespace), expected, STAGE_TIMEOUT_SECONDS, start=0)
        return StageRun.of(progress, [service], self._machine)

    def end_to_end(
        self, namespace: str, archive: Path, expected: int, workers: int, warm_up: WarmUp | None = None
    ) -> StageRun:
        """Processors and indexer, and once every processor is in the group (and has been warmed up by
        ``warm_up``'s articles, searchable before it goes on) the fetcher's replay of ``archive``; articles
        searchable a second."""
        consumers = [self._service(namespace, ["processor"], f"processor-{n}") for n in range(1, workers + 1)]
        consumers.append(self._service(namespace, ["indexer"], "indexer"))
        articles = index_counter(self._es, namespace, (ARTICLES,))
        warmed = 0 if warm_up is None else warm_up.articles
        with running(consumers):
            joined = self._join(namespace, workers)
            if warm_up is not None:
                self._replayed(namespace, warm_up.archive, articles, warmed, 0)
            progress, fetcher = self._replayed(namespace, archive, articles, warmed + expected, warmed)
        return StageRun.of(progress, [*consumers, fetcher], self._machine, joined)

    def offered(self, namespace: str, runs: Sequence[OfferedRun], warm_up: Path, workers: int) -> list[dict[str, Any]]:
        """With processors and indexer running (warmed up by ``warm_up``, one article, once every worker has
        joined the group: a rebalance is measured by the scaling runs, not here), replay each run's archive at
        its rate; return the latency of each run's articles from publication to enrichment."""
        consumers = [self._service(namespace, ["processor"], f"processor-{n}") for n in range(1, workers + 1)]
        consumers.append(self._service(namespace, ["indexer"], "indexer"))
        rows = []
        with running(consumers):
            # Reported with each row: had the group not settled, a rebalance would be in the latencies.
            stable = self._join(namespace, workers).stable
            self._through(namespace, warm_up, 1, None)
            for run in runs:
                self._through(namespace, run.archive, len(run.ids), run.rate)
                rows.append(
                    {
                        "offered_per_s": run.rate or "saturation",
                        **latencies(self._settings, namespace, run.ids),
                        "group_stable": stable,
                    }
                )
        return rows

    def _replayed(
        self, namespace: str, archive: Path, count: Callable[[], int], target: int, start: int
    ) -> tuple[Progress, Service]:
        """Replay ``archive`` with the fetcher until ``count`` goes from ``start`` to ``target``."""
        fetcher = self._service(namespace, ["fetcher", "--archive", str(archive)], "fetcher")
        with running([fetcher]):
            return watch(count, target, STAGE_TIMEOUT_SECONDS, start=start), fetcher

    def _join(self, namespace: str, workers: int) -> Joined:
        """Wait until the namespace's ``workers`` processors form a stable group (at most the stage's timeout)."""
        started = time.monotonic()
        stable = wait_for_group(self._settings, app_id(namespace), workers, STAGE_TIMEOUT_SECONDS)
        return Joined(time.monotonic() - started, stable)

    def _through(self, namespace: str, archive: Path, expected: int, rate: float | None) -> Progress:
        counter = topic_counter(self._settings, namespace, ARTICLES_ENRICHED)
        try:
            start = counter()
            self.fetch(namespace, archive, expected, rate)
            return watch(counter, start + expected, STAGE_TIMEOUT_SECONDS, start=start)
        finally:
            counter.close()


def latencies(settings: CommonSettings, namespace: str, ids: set[str]) -> dict[str, float]:
    """Publication (the raw article's Kafka timestamp) to enrichment (the enriched article's) of ``ids``:
    p50, p99 and max in seconds, and how many of them were enriched."""
    published = _timestamps(settings, ARTICLES_RAW.qualified(namespace), ids)
    enriched = _timestamps(settings, ARTICLES_ENRICHED.qualified(namespace), ids)
    delays = sorted((enriched[key] - published[key]) / 1000 for key in enriched.keys() & published.keys())
    if not delays:
        return {"enriched": 0}
    return {
        "enriched": len(delays),
        "p50_s": round(statistics.median(delays), 3),
        "p99_s": round(delays[min(len(delays) - 1, int(0.99 * len(delays)))], 3),
        "max_s": round(delays[-1], 3),
    }


def _timestamps(settings: CommonSettings, name: str, ids: set[str]) -> dict[str, int]:
    """The first timestamp (ms) of each message of topic ``name`` keyed by one of ``ids``."""
    found: dict[str, int] = {}
    for record in read_all(settings, name):
        key = record.key.decode() if record.key else ""
        if key in ids:
            found.setdefault(key, record.timestamp)
    return found


def read_all(settings: CommonSettings, name: str) -> Iterator[Any]:
    """Every record of topic ``name`` as it is now, partition by partition."""
    consumer = KafkaConsumer(bootstrap_servers=settings.kafka_bootstrap_servers, group_id=None)
    try:
        partitions = [TopicPartition(name, p) for p in sorted(consumer.partitions_for_topic(name) or ())]
        consumer.assign(partitions)
        consumer.seek_to_beginning(*partitions)
        ends = consumer.end_offsets(partitions)
        while any(consumer.position(partition) < end for partition, end in ends.items()):
            for records in consumer.poll(timeout_ms=1000).values():
                yield from records
    finally:
        consumer.close()


def documents(settings: CommonSettings, namespace: str) -> list[tuple[str, Document]]:
    """The documents the indexer makes of the namespace's enriched articles and denials, by index kind."""
    built: list[tuple[str, Document]] = []
    for record in read_all(settings, ARTICLES_ENRICHED.qualified(namespace)):
        built.append(("articles", article_document(decode(record.value, ARTICLES_ENRICHED, EnrichedArticle))))
    for record in read_all(settings, DENIALS.qualified(namespace)):
        built.append(("denials", denial_document(decode(record.value, DENIALS, DenialRecord))))
    return built
