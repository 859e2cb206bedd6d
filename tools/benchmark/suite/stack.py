"""The benchmark's hold on the local stack: scratch namespaces, services as child processes, and progress
read from the outside (topic end offsets, index counts) while they work.

Every namespace the suite makes starts with ``bench-`` and is removed (topics, groups, indices, templates)
when the run ends, whatever happens.
"""

from __future__ import annotations

import bisect
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from uuid import uuid4

import psutil
from elasticsearch import ApiError, Elasticsearch
from kafka import KafkaConsumer, TopicPartition
from kafka.admin import KafkaAdminClient
from kafka.errors import KafkaError

from newsmon.core.indices import ALL_INDICES, Index
from newsmon.core.settings import CommonSettings
from newsmon.core.topic_admin import ensure_topics
from newsmon.core.topics import Topic
from newsmon.indexer.settings import IndexerSettings
from newsmon.indexer.templates import remove_indices
from newsmon.processor.app import app_id

POLL_SECONDS = 0.2


@dataclass
class Scratch:
    """The namespaces made in one run, so that all of them are removed at its end."""

    settings: CommonSettings
    folder: Path
    namespaces: list[str] = field(default_factory=list)

    def namespace(self, label: str) -> str:
        """A new namespace ``bench-<label>-<random>`` with every topic created (8 partitions by default)."""
        name = f"bench-{label}-{uuid4().hex[:6]}"
        ensure_topics(self.settings.kafka_bootstrap_servers, name, self.settings.topic_partitions)
        self.namespaces.append(name)
        return name

    def remove_all(self) -> None:
        """Delete the topics, consumer groups, indices and index templates of every namespace made."""
        admin = KafkaAdminClient(bootstrap_servers=self.settings.kafka_bootstrap_servers)
        try:
            topics = admin.list_topics()
            for name in self.namespaces:
                admin.delete_topics([topic for topic in topics if topic.startswith(f"{name}.")])
                groups = [app_id(name), IndexerSettings(namespace=name).qualified_group_id()]
                # A group that never formed cannot be deleted, and need not be.
                with suppress(KafkaError):
                    admin.delete_groups(groups)
        finally:
            admin.close()
        with Elasticsearch(self.settings.elasticsearch_url) as es:
            for name in self.namespaces:
                remove_indices(es, name)


@contextmanager
def scratch(settings: CommonSettings, folder: Path) -> Iterator[Scratch]:
    """A :class:`Scratch` whose namespaces are removed when the block ends."""
    made = Scratch(settings, folder)
    try:
        yield made
    finally:
        made.remove_all()


class Service:
    """``python -m newsmon <command>`` in a child process, its log in a file, its peak memory and CPU time
    sampled."""

    def __init__(self, command: list[str], env: Mapping[str, str], log: Path) -> None:
        self.name = log.stem
        self._log = log.open("wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "newsmon", *command],
            env={**os.environ, **env},
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        self.peak_mb = 0.0
        # (monotonic time, CPU seconds used so far), every half second while the process lives.
        self.cpu_samples: list[tuple[float, float]] = []
        self._sampler = threading.Thread(target=self._sample, daemon=True)
        self._sampler.start()

    def _sample(self) -> None:
        # VmHWM is the kernel's own peak resident size of the process; it is gone once the process is.
        status = Path(f"/proc/{self.process.pid}/status")
        try:
            process = psutil.Process(self.process.pid)
            while self.process.poll() is None:
                for line in status.read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        self.peak_mb = max(self.peak_mb, int(line.split()[1]) / 1024)
                times = process.cpu_times()
                self.cpu_samples.append((time.monotonic(), times.user + times.system))
                time.sleep(0.5)
        except (OSError, psutil.Error):
            return

    def cpu_seconds(self, start: float, end: float) -> float:
        """CPU seconds the process used between two ``time.monotonic()`` moments, interpolated between its
        samples (half a second apart: the error is small beside a stage of tens of seconds)."""
        return _interpolated(self.cpu_samples, end) - _interpolated(self.cpu_samples, start)

    def stop(self, timeout: float = 30.0) -> None:
        """SIGTERM, wait up to ``timeout`` seconds, then SIGKILL."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()


def machine_busy_seconds() -> float:
    """CPU seconds every core of the machine has spent busy since boot (time stolen by a hypervisor too)."""
    times = psutil.cpu_times()
    return float(times.user + times.nice + times.system + times.irq + times.softirq + times.steal)


class MachineLoad:
    """The machine's busy CPU seconds, every process's (Kafka's and Elasticsearch's JVMs, the suite's own),
    sampled every half second in a thread until :meth:`stop`: what a stage's services leave to the rest."""

    def __init__(self) -> None:
        self.samples: list[tuple[float, float]] = []
        self._stopped = threading.Event()
        self._sampler = threading.Thread(target=self._sample, daemon=True)
        self._sampler.start()

    def _sample(self) -> None:
        while True:
            self.samples.append((time.monotonic(), machine_busy_seconds()))
            if self._stopped.wait(0.5):
                return

    def busy_seconds(self, start: float, end: float) -> float:
        """CPU seconds the machine spent busy between two ``time.monotonic()`` moments (interpolated)."""
        return _interpolated(self.samples, end) - _interpolated(self.samples, start)

    def stop(self) -> None:
        """Stop sampling."""
        self._stopped.set()
        self._sampler.join()


@contextmanager
def machine_load() -> Iterator[MachineLoad]:
    """A :class:`MachineLoad` sampling while the block runs."""
    load = MachineLoad()
    try:
        yield load
    finally:
        load.stop()


def _interpolated(samples: Sequence[tuple[float, float]], moment: float) -> float:
    """The value of a growing count at ``moment`` from ``(time, value)`` samples in time order: linear between
    the two around it, the nearest one outside them, 0 without samples."""
    if not samples:
        return 0.0
    times = [at for at, _ in samples]
    k = bisect.bisect_left(times, moment)
    if k == 0:
        return samples[0][1]
    if k == len(samples):
        return samples[-1][1]
    (t0, v0), (t1, v1) = samples[k - 1], samples[k]
    return v0 + (v1 - v0) * (moment - t0) / (t1 - t0) if t1 > t0 else v1


def service_env(namespace: str, folder: Path, **extra: str) -> dict[str, str]:
    """The environment of a service of the suite in ``namespace`` (no metrics port, Faust data in ``folder``)."""
    return {
        "NEWSMON_NAMESPACE": namespace,
        "NEWSMON_METRICS_PORT": "0",
        "NEWSMON_FAUST_WEB_PORT": "0",
        "NEWSMON_FAUST_DATADIR": str(folder),
        "NEWSMON_LOG_LEVEL": "WARNING",
        **extra,
    }


@contextmanager
def running(services: list[Service]) -> Iterator[list[Service]]:
    """Yield ``services`` and stop them all when the block ends."""
    try:
        yield services
    finally:
        for service in services:
            service.stop()


class TopicCounter:
    """How many messages a topic holds now (the sum of its partitions' end offsets)."""

    def __init__(self, bootstrap_servers: str, name: str) -> None:
        self._consumer = KafkaConsumer(bootstrap_servers=bootstrap_servers, group_id=None)
        partitions = self._consumer.partitions_for_topic(name) or set()
        self._partitions = [TopicPartition(name, partition) for partition in sorted(partitions)]

    def __call__(self) -> int:
        return sum(self._consumer.end_offsets(self._partitions).values())

    def close(self) -> None:
        """Close the consumer."""
        self._consumer.close()


def topic_counter(settings: CommonSettings, namespace: str, topic: Topic) -> TopicCounter:
    """A :class:`TopicCounter` of ``topic`` in ``namespace``."""
    return TopicCounter(settings.kafka_bootstrap_servers, topic.qualified(namespace))


def index_counter(es: Elasticsearch, namespace: str, indices: Sequence[Index] = ALL_INDICES) -> Callable[[], int]:
    """How many documents the namespace's ``indices`` hold, as searches see them (refreshed every second)."""
    names = [index.qualified(namespace) for index in indices]

    def count() -> int:
        try:
            return int(es.count(index=names, ignore_unavailable=True, allow_no_indices=True)["count"])
        except ApiError:
            return 0  # an index just created answers 503 until its shard is up

    return count


@dataclass(frozen=True, slots=True)
class Progress:
    """How a count grew from its first change to its target: the rate between the two."""

    items: int
    seconds: float
    reached: bool
    # ``time.monotonic()`` at the first change (0.0 when the count never moved).
    first_at: float = 0.0

    @property
    def ended_at(self) -> float:
        """``time.monotonic()`` when the count was last read."""
        return self.first_at + self.seconds

    @property
    def per_s(self) -> float:
        """Items a second between the first change and the end."""
        return self.items / self.seconds if self.seconds > 0 else 0.0


def watch(count: Callable[[], int], target: int, timeout: float, start: int | None = None) -> Progress:
    """Poll ``count`` until it reaches ``target`` (or ``timeout`` seconds pass) and return the rate from the
    moment it first moved past ``start`` (default: its value now), which leaves out start-up time."""
    base = count() if start is None else start
    deadline = time.monotonic() + timeout
    first_at: float | None = None
    first_value = base
    value = base
    while value < target and time.monotonic() < deadline:
        time.sleep(POLL_SECONDS)
        value = count()
        if first_at is None and value > base:
            first_at, first_value = time.monotonic(), base
    if first_at is None:
        return Progress(0, 0.0, False)
    # The count moved within the poll before ``first_at``: half a poll on average, a whole one at most.
    first_at -= POLL_SECONDS
    return Progress(value - first_value, time.monotonic() - first_at, value >= target, first_at)


def wait_for_group(settings: CommonSettings, group: str, members: int, timeout: float) -> bool:
    """Wait until consumer ``group`` is stable with ``members`` members (every worker has joined and the
    rebalance is over); returns whether it got there within ``timeout`` seconds."""
    admin = KafkaAdminClient(bootstrap_servers=settings.kafka_bootstrap_servers)
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with suppress(KafkaError):
                state = admin.describe_groups([group]).get(group, {})
                if state.get("group_state") == "Stable" and len(state.get("members", ())) == members:
                    return True
            time.sleep(POLL_SECONDS)
        return False
    finally:
        admin.close()
