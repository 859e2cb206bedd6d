"""Prometheus metrics shared by every service (STYLE habit 6): every outcome counted, every stage timed."""

from __future__ import annotations

from typing import Literal

from prometheus_client import Counter, Histogram, start_http_server

Outcome = Literal["ok", "duplicate", "poison", "retry", "dead_letter", "error"]

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

DENIALS_DROPPED = Counter(
    "newsmon_denials_dropped_total", "Denials found past the cap of denials per article, and not published"
)


def count(service: str, outcome: Outcome, amount: int = 1) -> None:
    """Add ``amount`` to ``newsmon_messages_total{service, outcome}``."""
    MESSAGES.labels(service=service, outcome=outcome).inc(amount)


def serve_metrics(port: int, host: str = "127.0.0.1") -> None:
    """Expose ``/metrics`` on ``host``:``port`` in a background thread; port 0 disables it."""
    if port:
        start_http_server(port, addr=host)
