"""Prometheus metrics shared by every service (STYLE habit 6): every outcome counted, every stage timed.

Every label takes its values from a short, fixed list (services, outcomes, pipeline legs, the denial
languages and types, the feed list, the gateway's route templates), so the number of series stays bounded.
Labelled series are created up front (:func:`init_service`, :func:`init_feeds`) so that a quiet counter
reads 0 on a dashboard instead of "no data". ``deploy/grafana/dashboards`` and ``deploy/prometheus/alerts.yml``
are built on these names; the README's "Monitoring" section lists them.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any, Final, Literal, TypeVar, cast, get_args

from prometheus_client import REGISTRY, Counter, Gauge, Histogram, start_http_server
from prometheus_client.metrics import MetricWrapperBase
from prometheus_client.metrics_core import Metric

from newsmon.core.messages import Alert, utcnow
from newsmon.nlp.denials.resources import supported_languages
from newsmon.nlp.types import DenialType

Outcome = Literal["ok", "duplicate", "poison", "retry", "dead_letter", "error"]
Leg = Literal["published_to_fetched", "fetched_to_enriched", "enriched_to_searchable", "enriched_to_alert_delivered"]
Dependency = Literal["kafka", "elasticsearch"]
Channel = Literal["sse", "websocket", "webhook"]
ClientKind = Literal["sse", "websocket"]
RuleOutcome = Literal["matched", "not_matched", "disabled"]

# A language without denial resources is counted as "other", so the label keeps to a fixed list.
OTHER_LANGUAGE: Final = "other"
DENIAL_LANGUAGES: Final = (*supported_languages(), OTHER_LANGUAGE)
# Which shared infrastructure each service needs (and so reports on).
DEPENDENCIES: Final[dict[str, tuple[Dependency, ...]]] = {
    "fetcher": ("kafka",),
    "processor": ("kafka",),
    "indexer": ("kafka", "elasticsearch"),
    "gateway": ("kafka", "elasticsearch"),
}

# The stages each service times in ``newsmon_stage_seconds`` (the gateway: its Elasticsearch searches and
# gets by index kind, and webhook posts), created with the service's other series.
STAGES: Final[dict[str, tuple[str, ...]]] = {
    "fetcher": ("feed", "page", "extract", "publish"),
    "processor": ("analyze",),
    "indexer": ("batch", "placements", "bulk"),
    "gateway": ("search_articles", "search_denials", "search_alerts", "get_articles", "webhook"),
}

MESSAGES = Counter(
    "newsmon_messages_total",
    "Messages (or fetched items) handled, by service and outcome",
    ["service", "outcome"],
)
STAGE_SECONDS = Histogram(
    "newsmon_stage_seconds",
    "Time spent in one stage of a service",
    ["service", "stage"],
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
)
# From a second (a hot pipeline) to a week (an article published long before a feed listed it).
LATENCY_SECONDS = Histogram(
    "newsmon_pipeline_latency_seconds",
    "Time between two moments in an article's life, from the timestamps its messages carry",
    ["leg"],
    buckets=(0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600, 4 * 3600, 24 * 3600, 7 * 24 * 3600),
)
CONSUMER_LAG = Gauge(
    "newsmon_consumer_lag_messages",
    "Messages in a topic that a consumer group has not committed yet (end offset - committed offset)",
    ["group", "topic"],
)
DEPENDENCY_UP = Gauge(
    "newsmon_dependency_up",
    "1 when the service reached the dependency at its last check, else 0",
    ["service", "dependency"],
)
FEED_LAST_SUCCESS = Gauge(
    "newsmon_feed_last_success_timestamp_seconds", "When the feed was last fetched and parsed (Unix time)", ["feed"]
)
FEED_LAST_ITEM = Gauge(
    "newsmon_feed_last_item_timestamp_seconds",
    "When the feed last listed an item not seen before (its publication time, else when it was seen)",
    ["feed"],
)
FEED_FAILURES = Gauge("newsmon_feed_consecutive_failures", "Failed polls of the feed since its last success", ["feed"])
FEED_ARTICLES = Counter("newsmon_feed_articles_total", "Articles of the feed published to articles.raw", ["feed"])
FEED_INTERVAL = Gauge(
    "newsmon_feed_item_interval_seconds",
    "Typical time between two new items of the feed (median gap of its listed items' publication times)",
    ["feed"],
)
DENIALS_FOUND = Counter("newsmon_denials_total", "Denials found, by article language and type", ["language", "type"])
RULE_EVALUATIONS = Counter(
    "newsmon_alert_rule_evaluations_total",
    "Alert rules checked against a denial, by outcome (matched = an alert raised)",
    ["outcome"],
)
ALERTS_DELIVERED = Counter(
    "newsmon_alerts_delivered_total", "Alerts handed to a subscriber, by channel and outcome", ["channel", "outcome"]
)
REQUEST_SECONDS = Histogram(
    "newsmon_http_request_duration_seconds",
    "Gateway requests, by route template, method and status code",
    ["route", "method", "status"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
OPEN_CLIENTS = Gauge("newsmon_gateway_open_clients", "Clients connected to a live stream, by kind", ["kind"])
DENIALS_DROPPED = Counter(
    "newsmon_denials_dropped_total", "Denials found past the cap of denials per article, and not published"
)


class _ScrapeWatch:
    """A collector with no metrics that notes the first time the registry is collected (a scrape)."""

    def __init__(self) -> None:
        self.scraped = threading.Event()

    def describe(self) -> list[Metric]:
        # Having describe() keeps the registry from calling collect() when the watch is registered.
        return []

    def collect(self) -> list[Metric]:
        self.scraped.set()
        return []


_SCRAPES = _ScrapeWatch()
REGISTRY.register(_SCRAPES)


def wait_for_first_scrape(seconds: float) -> bool:
    """Wait up to ``seconds`` until the metrics were read once (by Prometheus, through ``/metrics``), so that
    the series a burst of work is about to move are stored at their starting values first: a counter first
    seen after the burst shows no increase, and a histogram no latency. Returns whether they were read."""
    return _SCRAPES.scraped.wait(seconds)


W = TypeVar("W", bound=MetricWrapperBase)

# (metric, label values) -> its series. ``labels()`` checks the values, builds a key and takes the metric's lock
# on every call (some 3 us), and the processor records several series per message; every label value comes from
# a short fixed list (see above), so few are kept. A race only looks the same series up twice.
_SERIES: dict[tuple[MetricWrapperBase, tuple[str, ...]], Any] = {}


def series(metric: W, *values: str) -> W:
    """The series of ``metric`` with the label ``values`` (in the metric's label order), looked up once."""
    key = (metric, values)
    found = _SERIES.get(key)
    if found is None:
        found = _SERIES[key] = metric.labels(*values)
    return cast(W, found)


def count(service: str, outcome: Outcome, amount: int = 1) -> None:
    """Add ``amount`` to ``newsmon_messages_total{service, outcome}``."""
    series(MESSAGES, service, outcome).inc(amount)


def init_service(service: str) -> None:
    """Create the series of ``service`` (its outcomes, and the families it alone records) at 0."""
    for outcome in get_args(Outcome):
        MESSAGES.labels(service=service, outcome=outcome)
    for stage in STAGES.get(service, ()):
        STAGE_SECONDS.labels(service=service, stage=stage)
    families: dict[str, Iterable[Leg]] = {
        "fetcher": ("published_to_fetched",),
        "processor": ("fetched_to_enriched",),
        "indexer": ("enriched_to_searchable",),
        "gateway": ("enriched_to_alert_delivered",),
    }
    for leg in families.get(service, ()):
        LATENCY_SECONDS.labels(leg=leg)
    if service == "processor":
        for language in DENIAL_LANGUAGES:
            for kind in get_args(DenialType):
                DENIALS_FOUND.labels(language=language, type=kind)
        for rule_outcome in get_args(RuleOutcome):
            RULE_EVALUATIONS.labels(outcome=rule_outcome)
    if service == "gateway":
        for channel in get_args(Channel):
            for delivered in ("ok", "failed"):
                ALERTS_DELIVERED.labels(channel=channel, outcome=delivered)
        for kind in get_args(ClientKind):
            OPEN_CLIENTS.labels(kind=kind)


def serve_metrics(port: int, service: str | None = None, host: str = "127.0.0.1") -> None:
    """Create the series of ``service`` (when given) and expose ``/metrics`` on ``host``:``port`` in a
    background thread; port 0 disables the endpoint."""
    if service is not None:
        init_service(service)
    if port:
        start_http_server(port, addr=host)


def observe_latency(leg: Leg, start: datetime | None, end: datetime | None = None) -> None:
    """Record ``end`` (default: now) minus ``start`` on ``leg``; nothing when ``start`` is unknown. A clock
    ahead of ours (a publication time in the future) counts as 0."""
    if start is not None:
        series(LATENCY_SECONDS, leg).observe(max(0.0, ((end or utcnow()) - start).total_seconds()))


def observe_denial(language: str, kind: DenialType) -> None:
    """Count one denial found in an article of ``language`` (outside the resource languages: "other")."""
    label = language if language in DENIAL_LANGUAGES else OTHER_LANGUAGE
    series(DENIALS_FOUND, label, kind).inc()


def observe_rules(outcome: RuleOutcome, amount: int) -> None:
    """Count ``amount`` alert rules checked against a denial with ``outcome``."""
    series(RULE_EVALUATIONS, outcome).inc(amount)


def observe_alert_delivered(alert: Alert, channel: Channel, *, ok: bool = True) -> None:
    """Record that ``alert`` was handed to a subscriber over ``channel`` (the gateway calls this for every
    SSE, WebSocket or webhook delivery): counts the outcome and, when ``ok``, the time since the denial
    was detected (that is, since its article was enriched)."""
    ALERTS_DELIVERED.labels(channel=channel, outcome="ok" if ok else "failed").inc()
    if ok:
        observe_latency("enriched_to_alert_delivered", alert.denial.detected_at)


@contextmanager
def open_client(kind: ClientKind) -> Iterator[None]:
    """Count a streaming client as open for the duration of the block (the gateway's SSE and WebSocket
    handlers wrap their loop in it)."""
    OPEN_CLIENTS.labels(kind=kind).inc()
    try:
        yield
    finally:
        OPEN_CLIENTS.labels(kind=kind).dec()


def observe_request(route: str, method: str, status: int, seconds: float) -> None:
    """Record one gateway request on its route template (e.g. ``/articles/{article_id}``)."""
    REQUEST_SECONDS.labels(route=route, method=method, status=str(status)).observe(seconds)


def set_dependency(service: str, dependency: Dependency, up: bool) -> None:
    """Record whether ``service`` reached ``dependency`` at its last check."""
    DEPENDENCY_UP.labels(service=service, dependency=dependency).set(1 if up else 0)


def set_lag(group: str, topic: str, lag: int) -> None:
    """Record the lag of consumer ``group`` on ``topic`` (the unqualified topic name)."""
    CONSUMER_LAG.labels(group=group, topic=topic).set(lag)


def init_feeds(names: Iterable[str]) -> None:
    """Create the per-feed series of every feed in the feed list at 0."""
    for name in names:
        for gauge in (FEED_LAST_SUCCESS, FEED_LAST_ITEM, FEED_FAILURES, FEED_INTERVAL):
            gauge.labels(feed=name)
        FEED_ARTICLES.labels(feed=name)


def feed_polled(name: str, *, failures: int, interval: float | None = None, newest: datetime | None = None) -> None:
    """Record a poll of feed ``name``: ``failures`` in a row (0: it succeeded, so now is its last success),
    the typical ``interval`` between its items and the time of its ``newest`` new item, when known."""
    FEED_FAILURES.labels(feed=name).set(failures)
    if failures == 0:
        FEED_LAST_SUCCESS.labels(feed=name).set_to_current_time()
    if interval is not None:
        FEED_INTERVAL.labels(feed=name).set(interval)
    if newest is not None:
        FEED_LAST_ITEM.labels(feed=name).set(newest.timestamp())


def feed_article(name: str) -> None:
    """Count one article of feed ``name`` published."""
    FEED_ARTICLES.labels(feed=name).inc()
