"""The limits of the parts each stage drives, measured on the suite's own messages: Kafka with its own perf
tools and with the producer the fetcher uses, Elasticsearch ``_bulk`` through the official helpers,
``analyze()`` on one core and on all of them at once, and page extraction (trafilatura) on the bundled archive.
"""

from __future__ import annotations

import multiprocessing
import re
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psutil
from elasticsearch import Elasticsearch, helpers
from kafka import KafkaProducer

from newsmon.core.indices import ARTICLES, DENIALS
from newsmon.core.settings import CommonSettings
from newsmon.fetcher.archive import ArchivedHtml, read_archive
from newsmon.fetcher.extract import extract_page
from newsmon.fetcher.settings import BUNDLED_ARCHIVE
from newsmon.indexer.documents import Document
from newsmon.indexer.templates import install_templates
from newsmon.nlp.analysis import analyze, preload
from newsmon.nlp.denials import supported_languages
from tools.benchmark.suite.stack import machine_busy_seconds

KAFKA_VERSION = "3.9.1"
# The local stack caches the broker's jars here (deploy/local/kafka.sh); the perf tools are one more jar.
KAFKA_CACHES = (Path("/var/cache/newsmon"), Path.home() / ".cache" / "newsmon")


def kafka_classpath(cache: Path) -> str | None:
    """The classpath of Kafka's perf tools: the broker's cached jars plus kafka-tools, fetched with Maven
    into ``cache`` once. None when the broker's jars or Maven are missing."""
    found = [root / f"kafka-{KAFKA_VERSION}" / "libs" for root in KAFKA_CACHES]
    libs = next((folder for folder in found if folder.is_dir()), None)
    if libs is None:
        return None
    tools = cache / f"kafka-tools-{KAFKA_VERSION}"
    if not (tools / f"kafka-tools-{KAFKA_VERSION}.jar").is_file():
        tools.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            [
                "mvn",
                "-B",
                "-q",
                "dependency:copy",
                f"-Dartifact=org.apache.kafka:kafka-tools:{KAFKA_VERSION}",
                f"-DoutputDirectory={tools}",
            ],
            capture_output=True,
            check=False,
        )
        if done.returncode != 0:
            return None
    return f"{tools}/*:{libs}/*"


def kafka_perf(classpath: str, servers: str, topic: str, records: int, size: int) -> dict[str, float]:
    """Produce ``records`` of ``size`` bytes with ``ProducerPerformance`` (acks=all, idempotent, as newsmon's
    producers), then consume them with ``ConsumerPerformance``; return both rates in messages a second."""
    java = ["java", "-Xmx512m", "-cp", classpath]
    produced = subprocess.run(
        [
            *java,
            "org.apache.kafka.tools.ProducerPerformance",
            "--topic",
            topic,
            "--num-records",
            str(records),
            "--record-size",
            str(size),
            "--throughput",
            "-1",
            "--producer-props",
            f"bootstrap.servers={servers}",
            "acks=all",
            "enable.idempotence=true",
            "linger.ms=20",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    ).stdout
    consumed = subprocess.run(
        [
            *java,
            "org.apache.kafka.tools.ConsumerPerformance",
            "--topic",
            topic,
            "--messages",
            str(records),
            "--bootstrap-server",
            servers,
            "--timeout",
            "60000",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    ).stdout
    produce_rate = float(re.findall(r"([0-9.]+) records/sec", produced)[-1])
    # The last CSV line: ..., data.consumed.in.nMsg, nMsg.sec, rebalance.time.ms, fetch.time.ms, ...
    fields = [field.strip() for field in consumed.strip().splitlines()[-1].split(",")]
    return {"produce_per_s": produce_rate, "consume_per_s": float(fields[9])}


def raw_producer(settings: CommonSettings, topic: str, values: Sequence[bytes]) -> float:
    """Send ``values`` with kafka-python set up as the fetcher's producer; return messages a second."""
    producer = KafkaProducer(
        bootstrap_servers=settings.kafka_bootstrap_servers.split(","), enable_idempotence=True, acks="all", linger_ms=20
    )
    try:
        started = time.perf_counter()
        for value in values:
            producer.send(topic, value=value)
        producer.flush(timeout=120)
        return len(values) / (time.perf_counter() - started)
    finally:
        producer.close()


def raw_bulk(es: Elasticsearch, namespace: str, documents: Sequence[tuple[str, Document]]) -> float:
    """Index ``documents`` (index kind, document) into the namespace's indices with ``streaming_bulk`` in
    chunks of 500; return documents a second."""
    install_templates(es, namespace)
    # Each alias holds the one index of the current bucket, so it takes the writes.
    names = {index.kind: index.qualified(namespace) for index in (ARTICLES, DENIALS)}
    actions = (
        {"_op_type": "index", "_index": names[kind], "_id": document.id, "_source": document.source}
        for kind, document in documents
    )
    started = time.perf_counter()
    for ok, item in helpers.streaming_bulk(es, actions, chunk_size=500, raise_on_error=False):
        if not ok:
            raise RuntimeError(f"raw bulk refused a document: {item}")
    return len(documents) / (time.perf_counter() - started)


@dataclass(frozen=True, slots=True)
class AnalyzePass:
    """One timed pass of :func:`analyze_per_core` or :func:`analyze_in_order`: its texts a CPU second, and the
    cores the machine's other processes kept busy meanwhile (they share the cores and caches: a busy pass is a
    slow one)."""

    rate: float
    others_busy_cores: float


def wait_until_quiet(busy_below: float = 0.3, sample_seconds: float = 3.0, give_up_after: float = 120.0) -> float:
    """Wait until the machine's processes use fewer than ``busy_below`` cores over ``sample_seconds`` (Kafka's
    and Elasticsearch's JVMs compile and settle for a minute or so after they start), at most
    ``give_up_after`` seconds; return the cores busy in the last sample."""
    deadline = time.monotonic() + give_up_after
    while True:
        busy = float(psutil.cpu_percent(interval=sample_seconds)) / 100 * (psutil.cpu_count() or 1)
        if busy < busy_below or time.monotonic() >= deadline:
            return busy


def analyze_per_core(texts: Sequence[str], passes: int = 3) -> list[AnalyzePass]:
    """``analyze()`` on every text in this process, first untimed and then ``passes`` times timed; return each
    timed pass, fastest first. Every language is preloaded first, all its patterns compiled, as the processor
    does as it starts (else lists compiled lazily, per first character, would be timed); the untimed pass warms
    the rest. The fastest pass is the limit: as timeit's documentation says, slower ones measure other
    processes' load on the shared cores (and caches), not the code."""
    preload(supported_languages())
    for text in texts:
        analyze(text)
    return sorted((_timed_pass(texts) for _ in range(passes)), key=lambda done: done.rate, reverse=True)


def analyze_in_order(warm_up: Sequence[str], texts: Sequence[str]) -> AnalyzePass:
    """``analyze()`` in this process on ``warm_up`` untimed, then on each of ``texts`` once, timed: the work a
    processor worker is given (its warm-up, then each message once, with whatever its caches have not seen yet),
    without the stream around it. Every language is preloaded first, as the processor does as it starts."""
    preload(supported_languages())
    for text in warm_up:
        analyze(text)
    return _timed_pass(texts)


def _timed_pass(texts: Sequence[str]) -> AnalyzePass:
    wall, machine, own = time.perf_counter(), machine_busy_seconds(), time.process_time()
    for text in texts:
        analyze(text)
    own = time.process_time() - own
    others = (machine_busy_seconds() - machine - own) / (time.perf_counter() - wall)
    return AnalyzePass(len(texts) / own, max(0.0, others))


def analyze_together(texts: Sequence[str], processes: int, timeout: float = 1800.0) -> float:
    """Texts a second of ``analyze()`` in ``processes`` processes at once, forked from this one (models loaded),
    each timed over every text after an untimed pass: the limit of the cores together. It falls short of
    ``processes`` x one core's rate where the cores share caches, memory bandwidth or, as a virtual machine's
    often do, a physical core: what processor workers can gain by running side by side."""
    context = multiprocessing.get_context("fork")
    start = context.Barrier(processes)
    seconds = context.Queue()
    workers = [context.Process(target=_analyze_timed, args=(texts, start, seconds)) for _ in range(processes)]
    for worker in workers:
        worker.start()
    try:
        slowest = max(seconds.get(timeout=timeout) for _ in workers)
    finally:
        for worker in workers:
            worker.join(timeout=10)
            if worker.is_alive():
                worker.kill()
    return processes * len(texts) / float(slowest)


def _analyze_timed(texts: Sequence[str], start: Any, seconds: Any) -> None:
    for text in texts:
        analyze(text)
    start.wait()
    began = time.perf_counter()
    for text in texts:
        analyze(text)
    seconds.put(time.perf_counter() - began)


def html_extraction(rounds: int) -> dict[str, Any]:
    """Extract every page of the bundled archive ``rounds`` times (trafilatura, as the fetcher does);
    return pages a second and the mean page size."""
    pages = [item for item in read_archive(BUNDLED_ARCHIVE) if isinstance(item, ArchivedHtml)]
    started = time.perf_counter()
    for _ in range(rounds):
        for page in pages:
            extract_page(page.html, page.url)
    seconds = time.perf_counter() - started
    return {
        "pages_per_s": rounds * len(pages) / seconds,
        "mean_kb": sum(len(page.html) for page in pages) / len(pages) / 1000,
    }
