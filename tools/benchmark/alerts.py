"""``python -m tools.benchmark.alerts [--articles N] [--rate R]``: from ``articles.raw`` to an SSE client.

Runs the real processor and gateway (``newsmon processor``, ``newsmon gateway``) in a namespace of their
own on the broker of ``make stack-up``, with one rule that matches every denial, and an SSE client on
``/alerts/stream``. Publishes N articles (default 250), each with its own denial, at R per second (default
50), timing each from the moment it is sent to ``articles.raw`` until its alert (new, or grown by it)
reaches the client. Prints the count and the p50/p95/p99/max latency. Removes its topics afterwards.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from uuid import uuid4

import httpx
import orjson
from kafka.admin import KafkaAdminClient

from newsmon.core.ids import article_id, canonicalize_url
from newsmon.core.messages import AlertRule, RawArticle, utcnow
from newsmon.core.producer import TopicProducer
from newsmon.core.settings import CommonSettings
from newsmon.core.topic_admin import ensure_topics
from newsmon.core.topics import ARTICLES_RAW, RULES
from tools.report import format_table

PARTITIONS = 4
SYLLABLES = ("ka", "lo", "mi", "ren", "to", "vas", "qu", "zel", "bor", "ni")


def name(n: int) -> str:
    """A made-up capitalised name, different for each ``n``: claims that share no name are other stories."""
    return "".join(SYLLABLES[int(digit)] for digit in str(n)).capitalize() + "ar"


def article(n: int, run: str) -> RawArticle:
    """The ``n``-th article of the run: one denial by the Harbour Authority, about a claim of its own (its
    own story, so that each article raises a new alert)."""
    url = f"https://bench.example.org/{run}/{n}"
    claim = f"the {name(n + 1000)} {name(n + 2000)} contract with {name(n + 3000)} was cancelled"
    now = utcnow()
    return RawArticle(
        id=article_id(canonicalize_url(url)),
        url=url,
        canonical_url=canonicalize_url(url),
        source=f"outlet{n % 5}",
        title=f"Harbour Authority denies report {n}",
        body=f"The Harbour Authority denied reports that {claim}. Shipping in the bay went on as usual.",
        published=now,
        fetched_at=now,
        language_hint="en",
    )


class Listener(threading.Thread):
    """Reads ``/alerts/stream`` and notes when each article's alert (its newest report) arrives."""

    def __init__(self, base_url: str) -> None:
        super().__init__(daemon=True)
        self.base_url = base_url
        self.arrived: dict[str, float] = {}
        self.ready = threading.Event()
        self.stop = threading.Event()

    def run(self) -> None:
        with (
            httpx.Client(timeout=httpx.Timeout(10, read=None)) as client,
            client.stream("GET", f"{self.base_url}/alerts/stream") as response,
        ):
            kind = ""
            for line in response.iter_lines():
                if self.stop.is_set():
                    return
                if line.startswith("event:"):
                    kind = line.partition(":")[2].strip()
                    self.ready.set()
                elif line.startswith("data:") and kind == "alert":
                    alert = orjson.loads(line.partition(":")[2])
                    self.arrived.setdefault(alert["reports"][-1]["article_id"], time.monotonic())


def percentiles(values: Sequence[float]) -> dict[str, Any]:
    """p50, p95, p99 and max of ``values`` in milliseconds (nearest rank). Raises ValueError when empty."""
    ordered = sorted(values)
    if not ordered:
        raise ValueError("no latencies")

    def rank(p: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1000, 1)

    return {"p50_ms": rank(0.5), "p95_ms": rank(0.95), "p99_ms": rank(0.99), "max_ms": round(ordered[-1] * 1000, 1)}


def _services(namespace: str, folder: Path, port: int) -> list[subprocess.Popen[bytes]]:
    env = {
        **os.environ,
        "NEWSMON_NAMESPACE": namespace,
        "NEWSMON_TOPIC_PARTITIONS": str(PARTITIONS),
        "NEWSMON_METRICS_PORT": "0",
        "NEWSMON_FAUST_WEB_PORT": "0",
        "NEWSMON_FAUST_DATADIR": str(folder / "faust"),
        "NEWSMON_GATEWAY_PORT": str(port),
        "NEWSMON_PROCESSOR_ALERTS_PER_RULE": "1000000",
        "NEWSMON_LOG_LEVEL": "WARNING",
    }
    return [
        subprocess.Popen(
            [sys.executable, "-m", "newsmon", name],
            env=env,
            stdout=(folder / f"{name}.log").open("wb"),
            stderr=subprocess.STDOUT,
        )
        for name in ("processor", "gateway")
    ]


def _wait(what: str, done: Any, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what}: not within {timeout:.0f}s")
        time.sleep(0.05)


def run(count: int, rate: float) -> dict[str, Any]:
    """Measure ``count`` articles sent at ``rate`` per second; returns the table's row."""
    settings = CommonSettings()
    namespace, run_id = f"bench-{uuid4().hex[:8]}", uuid4().hex[:8]
    ensure_topics(settings.kafka_bootstrap_servers, namespace, PARTITIONS)
    port = 18000 + int(run_id[:3], 16) % 1000
    producer = TopicProducer(settings.kafka_bootstrap_servers, namespace, "newsmon-bench")
    with tempfile.TemporaryDirectory(prefix="newsmon-bench-") as folder:
        services = _services(namespace, Path(folder), port)
        try:
            producer.send(RULES, "all", AlertRule(id="all", name="Every denial"))
            producer.flush()
            _wait("gateway", lambda: _alive(f"http://127.0.0.1:{port}"), 60)
            listener = Listener(f"http://127.0.0.1:{port}")
            listener.start()
            _wait("stream", listener.ready.is_set, 30)
            # Warm-up: the first article loads the extraction core's models.
            warm = article(-1, run_id)
            producer.send(ARTICLES_RAW, warm.id, warm)
            producer.flush()
            _wait("warm-up alert", lambda: warm.id in listener.arrived, 180)
            sent = _publish(producer, [article(n, run_id) for n in range(count)], rate)
            _wait("every alert", lambda: all(key in listener.arrived for key in sent), 120)
            listener.stop.set()
        finally:
            producer.close()
            for service in services:
                service.terminate()
            for service in services:
                service.wait(timeout=60)
            _remove(settings.kafka_bootstrap_servers, namespace)
    latencies = [listener.arrived[key] - moment for key, moment in sent.items()]
    return {"articles": count, "rate_per_s": rate, "alerts_received": len(latencies)} | percentiles(latencies)


def _publish(producer: TopicProducer, articles: list[RawArticle], rate: float) -> dict[str, float]:
    sent: dict[str, float] = {}
    start = time.monotonic()
    for n, item in enumerate(articles):
        time.sleep(max(0.0, start + n / rate - time.monotonic()))
        producer.send(ARTICLES_RAW, item.id, item)
        producer.flush()
        sent[item.id] = time.monotonic()
    return sent


def _alive(base_url: str) -> bool:
    try:
        return httpx.get(f"{base_url}/healthz", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def _remove(servers: str, namespace: str) -> None:
    admin = KafkaAdminClient(bootstrap_servers=servers)
    try:
        admin.delete_topics([name for name in admin.list_topics() if name.startswith(f"{namespace}.")])
    finally:
        admin.close()


def main(argv: Sequence[str] | None = None) -> int:
    """Print the latency table; returns 0."""
    parser = argparse.ArgumentParser(prog="python -m tools.benchmark.alerts", description=__doc__)
    parser.add_argument("--articles", type=int, default=250)
    parser.add_argument("--rate", type=float, default=50.0)
    args = parser.parse_args(argv)
    print(format_table([run(args.articles, args.rate)]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
