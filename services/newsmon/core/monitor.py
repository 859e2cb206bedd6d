"""What a service sees of its surroundings, checked in a background thread and exported as metrics:
whether Kafka and Elasticsearch answer (``newsmon_dependency_up``) and how far its consumer group is
behind the end of the topics it reads (``newsmon_consumer_lag_messages``).

The checks run beside the service's own work, never inside it, so a slow broker delays a gauge, not an
article. The pure part (:func:`lag_by_topic`) is tested offline; the rest is tested on the real stack.
"""

from __future__ import annotations

import logging
import socket
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import httpx
from kafka import TopicPartition
from kafka.admin import KafkaAdminClient, OffsetSpec
from kafka.errors import KafkaError

from newsmon.core.metrics import DEPENDENCIES, Dependency, set_dependency, set_lag
from newsmon.core.settings import CommonSettings
from newsmon.core.topics import Topic

log = logging.getLogger("newsmon.monitor")
_TIMEOUT_SECONDS = 3.0


def lag_by_topic(
    end: Mapping[tuple[str, int], int], committed: Mapping[tuple[str, int], int], topics: Mapping[str, str]
) -> dict[str, int]:
    """Sum, per topic, the end offset minus the committed offset of every partition in ``end`` (keyed by
    qualified topic and partition); a partition the group never committed counts from 0. ``topics`` maps
    qualified names to the names reported (each of them gets an entry, 0 when it has no partition)."""
    lags = dict.fromkeys(topics.values(), 0)
    for (qualified, partition), offset in end.items():
        if qualified in topics:
            lags[topics[qualified]] += max(0, offset - committed.get((qualified, partition), 0))
    return lags


def tcp_reachable(servers: str) -> bool:
    """Whether one of the comma-separated ``host:port`` ``servers`` accepts a TCP connection."""
    for server in servers.split(","):
        host, _, port = server.strip().rpartition(":")
        try:
            socket.create_connection((host, int(port)), timeout=_TIMEOUT_SECONDS).close()
        except (OSError, ValueError):
            continue
        return True
    return False


def elasticsearch_reachable(url: str) -> bool:
    """Whether the Elasticsearch node at ``url`` answers ``_cluster/health`` with 200 (whatever the colour)."""
    try:
        return httpx.get(f"{url.rstrip('/')}/_cluster/health", timeout=_TIMEOUT_SECONDS).status_code == 200
    except httpx.HTTPError:
        return False


class GroupLag:
    """Reads a consumer group's lag on its topics through the Kafka admin API (one client, kept open)."""

    def __init__(self, servers: str, group: str, topics: Mapping[str, str]) -> None:
        self._servers = servers
        self.group = group
        self.topics = dict(topics)  # qualified name -> reported name
        self._admin: KafkaAdminClient | None = None

    def read(self) -> dict[str, int]:
        """The lag per reported topic name; raises KafkaError when the broker cannot tell."""
        if self._admin is None:
            self._admin = KafkaAdminClient(bootstrap_servers=self._servers, client_id="newsmon-monitor")
        described = self._admin.describe_topics(list(self.topics))
        partitions = [
            TopicPartition(topic["name"], partition["partition_index"])
            for topic in described
            if topic["error_code"] == 0
            for partition in topic["partitions"]
        ]
        ends = self._admin.list_partition_offsets(dict.fromkeys(partitions, OffsetSpec.LATEST))
        groups = self._admin.list_group_offsets({self.group: partitions})
        committed = {
            (tp.topic, tp.partition): meta.offset for tp, meta in groups.get(self.group, {}).items() if meta.offset >= 0
        }
        end = {(tp.topic, tp.partition): found.offset for tp, found in ends.items()}
        return lag_by_topic(end, committed, self.topics)

    def close(self) -> None:
        """Close the admin client, if one was opened."""
        if self._admin is not None:
            self._admin.close()
            self._admin = None


@dataclass
class Monitor:
    """Checks ``service``'s dependencies and consumer group lag every ``interval`` seconds until stopped."""

    service: str
    probes: Mapping[Dependency, Callable[[], bool]]
    lag: GroupLag | None = None
    interval: float = 15.0
    _stop: threading.Event = field(default_factory=threading.Event)

    def check(self) -> None:
        """Run every probe and read the lag once, recording the results; never raises."""
        for dependency, probe in self.probes.items():
            set_dependency(self.service, dependency, probe())
        if self.lag is None:
            return
        try:
            lags = self.lag.read()
        except (KafkaError, OSError) as exc:
            log.warning("consumer lag of %s unknown: %s", self.lag.group, exc)
            self.lag.close()  # reconnect at the next check
            return
        for topic, lag in lags.items():
            set_lag(self.lag.group, topic, lag)

    def start(self) -> Monitor:
        """Check now and then every ``interval`` seconds in a daemon thread; returns self. (The lag series
        appear with the first successful read, every topic at once: a lag not read yet is unknown, not 0.)"""
        threading.Thread(target=self._run, name=f"{self.service}-monitor", daemon=True).start()
        return self

    def stop(self) -> None:
        """Ask the thread to stop after its current check."""
        self._stop.set()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.check()
            self._stop.wait(self.interval)
        if self.lag is not None:
            self.lag.close()


def start_monitor(
    service: str, settings: CommonSettings, group: str | None = None, topics: Sequence[Topic] = ()
) -> Monitor:
    """Start checking what ``service`` depends on (see ``metrics.DEPENDENCIES``) and, with a ``group``,
    its lag on ``topics`` of the settings' namespace, every ``settings.monitor_interval_seconds``."""
    every: dict[Dependency, Callable[[], bool]] = {
        "kafka": lambda: tcp_reachable(settings.kafka_bootstrap_servers),
        "elasticsearch": lambda: elasticsearch_reachable(settings.elasticsearch_url),
    }
    probes = {dependency: every[dependency] for dependency in DEPENDENCIES.get(service, ())}
    lag = None
    if group is not None:
        names = {topic.qualified(settings.namespace): topic.name for topic in topics}
        lag = GroupLag(settings.kafka_bootstrap_servers, group, names)
    return Monitor(service, probes, lag, settings.monitor_interval_seconds).start()
