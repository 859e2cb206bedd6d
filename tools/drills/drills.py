"""The drills: one fault each, injected at a seeded random moment into a pipeline replaying the archive.

A drill runs every service under the :class:`Supervisor` in a namespace of its own on the private stack,
injects its fault, waits until everything expected is in the sinks (or its deadline passes) and until the
pipeline has settled (the fetcher done, every consumer group at the end of its topics: nothing more is
coming), and returns a :class:`Result`: the census, whether every service runs again, and how much each
one logged. Every wait is for a condition, polled, with a generous deadline: a loaded machine only makes
a drill slower.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from uuid import uuid4

import httpx
from elasticsearch import Elasticsearch
from kafka.errors import KafkaError

from newsmon.core.indices import ARTICLES, DENIALS
from newsmon.core.monitor import GroupLag
from newsmon.core.producer import TopicProducer
from newsmon.core.topic_admin import ensure_topics
from newsmon.core.topics import ALERTS, ARTICLES_ENRICHED, ARTICLES_RAW, RULES, Topic
from newsmon.core.topics import DENIALS as DENIALS_TOPIC
from newsmon.indexer.settings import IndexerSettings
from newsmon.processor.app import app_id
from tools.drills.census import (
    NO_ALERT_CAP,
    STORY_WINDOW,
    Census,
    ExpectedAlerts,
    compare_alerts,
    denial_messages,
    expect_alerts,
    index_count,
    index_ids,
    indexed_alerts,
    take_census,
    writes,
)
from tools.drills.corpus import EVERY_DENIAL, Expectation
from tools.drills.stack import PrivateStack, free_ports
from tools.drills.supervisor import Service, Supervisor, environment, peak_lines_per_second

SERVICES = ("processor", "indexer", "gateway")
# A drill that is not whole has failed once nothing new has reached its indices for STALL_SECONDS, or at the
# latest DEADLINE_SECONDS after its fault ended (it stops by itself either way). Progress, not a clock, decides
# because a drill takes 2-4 minutes of CPU, which a machine shared with other jobs may stretch tenfold.
STALL_SECONDS = 300.0
DEADLINE_SECONDS = 2400.0
ES_OUTAGE_SECONDS = 30.0
# Mean log lines per second over any LOG_RATE_WINDOW seconds, per service, above which a service floods its
# log. The window is 10 s because a start is logged in a burst once: Faust's worker writes ~120 lines in its
# first 3 s (24 lines/s over 5 s), which is no flood; a flood (a client logging each retry) lasts as long as
# the outage does.
LOG_RATE_BOUND = 20.0
LOG_RATE_WINDOW = 10
_POLL_SECONDS = 1.0
# Set when the run is interrupted: every wait gives up at once, so that drills running side by side end.
ABORT = threading.Event()
_PARTITIONS = 4


@dataclass
class Context:
    """What a fault acts on: the stack, the supervised services, and when and where to strike."""

    stack: PrivateStack
    supervisor: Supervisor
    es: Elasticsearch
    namespace: str
    expected: Expectation
    rng: random.Random
    fetcher: Service

    def articles_indexed(self) -> int:
        """How many articles are searchable now."""
        return index_count(self.es, ARTICLES.qualified(self.namespace))

    def until_share_indexed(self, low: float = 0.1, high: float = 0.6, timeout: float = 900.0) -> None:
        """Wait until a random share (between ``low`` and ``high``) of the articles is indexed."""
        target = self.rng.uniform(low, high) * len(self.expected.articles)
        deadline = time.monotonic() + timeout
        while self.articles_indexed() < target and time.monotonic() < deadline and not ABORT.is_set():
            time.sleep(0.5)


Fault = Callable[[Context], None]


def start_in_order(context: Context) -> None:
    """Start the consumers, wait until the processor is ready, then start the fetcher."""
    for name in SERVICES:
        context.supervisor.start(Service(name))
    _wait_for_processor(context.supervisor)
    context.supervisor.start(context.fetcher)


@dataclass(frozen=True, slots=True)
class Drill:
    """A named fault; ``start`` starts the services, ``fault`` strikes once they run. A drill whose fault
    strikes the shared broker or node (``alone``) runs by itself; the others may run side by side, each
    with services of its own."""

    name: str
    fault: Fault
    start: Fault = start_in_order
    alone: bool = False


@dataclass(frozen=True, slots=True)
class Result:
    """What a drill found."""

    name: str
    census: Census
    recovery_seconds: float | None
    # What had not settled when the drill gave up waiting (empty: settled); see _wait_until_settled.
    unsettled: dict[str, int]
    alive: dict[str, bool]
    restarts: dict[str, int]
    peak_log_lines_per_second: dict[str, float]
    logs: Path
    seconds: float
    # CPU seconds of each service (every run of it): what the drill costs whatever the load.
    cpu_seconds: dict[str, float]

    def passed(self) -> bool:
        """Nothing lost or doubled, every service running, no log flood, recovered and settled in time."""
        return (
            self.census.whole()
            and all(self.alive.values())
            and self.recovery_seconds is not None
            and not self.unsettled
            and all(rate <= LOG_RATE_BOUND for rate in self.peak_log_lines_per_second.values())
        )


def run_drill(drill: Drill, stack: PrivateStack, archive: Path, expected: Expectation, work: Path, seed: int) -> Result:
    """Run ``drill`` over ``archive`` on ``stack`` (logs and Faust data under ``work``) and return its result."""
    namespace = f"drills-{uuid4().hex[:6]}-{drill.name}"
    began = time.monotonic()
    (gateway_port,) = free_ports(1)
    supervisor = Supervisor(_environment(stack, namespace, work / namespace, gateway_port), work / namespace)
    fetcher = Service("fetcher", ("--archive", str(archive)), finishes=True)
    with Elasticsearch(stack.elasticsearch) as es:
        context = Context(stack, supervisor, es, namespace, expected, random.Random(f"{seed}:{drill.name}"), fetcher)
        ensure_topics(stack.kafka, namespace, _PARTITIONS)
        _publish_rule(stack.kafka, namespace)
        try:
            drill.start(context)
            drill.fault(context)
            fault_ended = time.monotonic()
            recovered, alerts = _wait_until_whole(context)
            recovery = None if recovered is None else recovered - fault_ended
            unsettled = _wait_until_settled(context)
            census = take_census(es, stack.kafka, namespace, expected, alerts)
            alive = {name: supervisor.alive(name) for name in (*SERVICES, "fetcher")}
            alive["gateway"] = alive["gateway"] and _gateway_ready(gateway_port)
        finally:
            supervisor.stop()
    return Result(
        name=drill.name,
        census=census,
        recovery_seconds=recovery,
        unsettled=unsettled,
        alive=alive,
        restarts=dict(supervisor.restarts),
        peak_log_lines_per_second={
            name: peak_lines_per_second(counts, LOG_RATE_WINDOW) for name, counts in supervisor.lines.items()
        },
        logs=work / namespace,
        seconds=time.monotonic() - began,
        cpu_seconds=dict(supervisor.cpu_seconds),
    )


def _environment(stack: PrivateStack, namespace: str, folder: Path, gateway_port: int) -> dict[str, str]:
    return environment(
        namespace=namespace,
        kafka_bootstrap_servers=stack.kafka,
        elasticsearch_url=stack.elasticsearch,
        topic_partitions=str(_PARTITIONS),
        metrics_port="0",
        faust_web_port="0",
        faust_datadir=str(folder / "faust"),
        gateway_port=str(gateway_port),
        indexer_batch_max_seconds="0.5",
        # The drill's rule matches every denial on purpose: the flood cap would cut the alerts it counts
        # (which alerts it cuts depends on the timing of the partitions, which no expectation can know).
        processor_alerts_per_rule=str(NO_ALERT_CAP),
        processor_story_window_seconds=str(STORY_WINDOW.total_seconds()),
    )


def _publish_rule(servers: str, namespace: str) -> None:
    producer = TopicProducer(servers, namespace, "newsmon-drills")
    try:
        producer.send(RULES, EVERY_DENIAL.id, EVERY_DENIAL)
    finally:
        producer.close()


def _wait_for_processor(supervisor: Supervisor, timeout: float = 120.0) -> None:
    """Wait until the processor's worker says it is ready (its agents then read the rule first)."""
    deadline = time.monotonic() + timeout
    while "Ready" not in supervisor.log_text("processor") and time.monotonic() < deadline:
        time.sleep(0.5)


def _wait_until_whole(context: Context) -> tuple[float | None, ExpectedAlerts]:
    """Wait until every expected article, denial and alert is there; returns when (None when it stalled or
    at the deadline) and the alerts expected from the denials as the processor received them."""
    deadline = time.monotonic() + DEADLINE_SECONDS
    es, namespace, expected = context.es, context.namespace, context.expected
    articles, denials = ARTICLES.qualified(namespace), DENIALS.qualified(namespace)

    def indexed() -> bool:
        # The counts first (cheap); the ids only once the counts are there.
        return (
            index_count(es, articles) >= len(expected.articles)
            and index_count(es, denials) >= len(expected.denials)
            and expected.articles <= index_ids(es, articles).keys()
            and expected.denials <= index_ids(es, denials).keys()
        )

    def progress() -> int:
        return writes(es, namespace)

    if not _poll(indexed, deadline, progress):
        return None, ExpectedAlerts({}, 0)
    # Every expected denial is on its topic now (it was indexed from there): which alerts they raise is known.
    alerts = expect_alerts(denial_messages(context.stack.kafka, namespace), [EVERY_DENIAL])

    def alerted() -> bool:
        by_id, reports, stale = compare_alerts(alerts, indexed_alerts(es, namespace))
        return by_id.lost == 0 and reports.lost == 0 and stale == 0

    return (time.monotonic() if _poll(alerted, deadline, progress) else None), alerts


def _wait_until_settled(context: Context, timeout: float = 300.0) -> dict[str, int]:
    """Wait until the fetcher is done and every consumer group has committed the end of its topics twice
    in a row (nothing is in flight: whatever a drill counts next is final); returns what was still unsettled
    at the last look ("fetcher" while it runs, "<group> <topic>" with its lag; empty once settled)."""
    namespace = context.namespace
    lags = [
        _group_lag(context, app_id(namespace), (ARTICLES_RAW, DENIALS_TOPIC, RULES)),
        _group_lag(
            context,
            IndexerSettings(namespace=namespace).qualified_group_id(),
            (ARTICLES_ENRICHED, DENIALS_TOPIC, ALERTS),
        ),
    ]
    quiet = 0
    unsettled: dict[str, int] = {}

    def settled() -> bool:
        nonlocal quiet, unsettled
        unsettled = {} if context.supervisor.finished("fetcher") else {"fetcher": 1}
        try:
            for lag in lags:
                unsettled |= {f"{lag.group} {topic}": n for topic, n in lag.read().items() if n}
        except KafkaError:
            unsettled["lag unreadable"] = 1
        quiet = 0 if unsettled else quiet + 1
        return quiet >= 2

    try:
        _poll(settled, time.monotonic() + timeout)
        return unsettled
    finally:
        for lag in lags:
            lag.close()


def _group_lag(context: Context, group: str, topics: tuple[Topic, ...]) -> GroupLag:
    return GroupLag(context.stack.kafka, group, {topic.qualified(context.namespace): topic.name for topic in topics})


def _poll(condition: Callable[[], bool], deadline: float, progress: Callable[[], int] | None = None) -> bool:
    """Check ``condition`` every :data:`_POLL_SECONDS` until it holds (True), or ``deadline`` passes, or
    ``progress`` (when given) has not changed for :data:`STALL_SECONDS`, or the run is aborted (False)."""
    last, moved = None, time.monotonic()
    while not condition():
        if ABORT.is_set():
            return False
        now = time.monotonic()
        if progress is not None and (current := progress()) != last:
            last, moved = current, now
        if now >= deadline or (progress is not None and now - moved >= STALL_SECONDS):
            return False
        time.sleep(_POLL_SECONDS)
    return True


def _gateway_ready(port: int) -> bool:
    try:
        return httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=5).status_code == 200
    except httpx.TransportError:
        return False


# --- the faults ---------------------------------------------------------------------------------------------


def calm(context: Context) -> None:
    """No fault: the baseline."""


def kill(service: str) -> Fault:
    """kill -9 of ``service`` while a random share of the articles is indexed (the fetcher: a random
    moment of its replay)."""

    def fault(context: Context) -> None:
        if service == "fetcher":
            time.sleep(context.rng.uniform(1.0, 4.0))
        else:
            context.until_share_indexed()
        context.supervisor.kill(service)

    return fault


def elasticsearch_down(context: Context) -> None:
    """Elasticsearch stopped for 30 s while articles flow, then started again."""
    context.until_share_indexed()
    context.stack.down("elasticsearch")
    time.sleep(ES_OUTAGE_SECONDS)
    context.stack.up("elasticsearch")


def broker_restart(context: Context) -> None:
    """The broker stopped and started again while articles flow (once a random share of them is indexed).

    Not a fixed time after the fetcher starts: that could fall inside the processor's start-up, whose log burst
    and the clients' reconnection errors then shared one window of the log bound (20.3 lines/s once in CI)."""
    context.until_share_indexed()
    context.stack.down("kafka")
    context.stack.up("kafka")


def start_before_broker(context: Context) -> None:
    """Every service, the fetcher too, starts while the broker is down; the broker comes a while later."""
    context.stack.down("kafka")
    for name in (*SERVICES, "fetcher"):
        context.supervisor.start(context.fetcher if name == "fetcher" else Service(name))
    time.sleep(context.rng.uniform(5.0, 15.0))
    context.stack.up("kafka")


DRILLS: tuple[Drill, ...] = (
    Drill("calm", calm),
    Drill("kill-fetcher", kill("fetcher")),
    Drill("kill-processor", kill("processor")),
    Drill("kill-indexer", kill("indexer")),
    Drill("kill-gateway", kill("gateway")),
    Drill("elasticsearch-down", elasticsearch_down, alone=True),
    Drill("broker-restart", broker_restart, alone=True),
    Drill("fetcher-before-broker", calm, start=start_before_broker, alone=True),
)
