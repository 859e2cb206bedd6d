"""``python -m tools.benchmark.search [--articles N] [--at 10000,100000]``: search latency through the gateway.

Indexes N synthetic articles and their denial records (``tools.benchmark.documents``) with the bulk
helpers into a scratch namespace (its templates installed as the indexer installs them), starts the real
gateway (``python -m newsmon gateway``) on it, and at each size in ``--at`` times a mix of searches over
HTTP with facets on: p50/p95 per kind of search and over all. The scratch indices are deleted afterwards.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from itertools import islice
from typing import Any
from uuid import uuid4

import httpx
from elasticsearch import Elasticsearch, helpers

from newsmon.core.indices import ALL_INDICES, ARTICLES
from newsmon.indexer.settings import IndexerSettings
from newsmon.indexer.templates import install_templates, remove_indices
from tools.benchmark.documents import Action, bulk_actions
from tools.benchmark.measure import Call, time_calls
from tools.report import format_table

# (label, query parameters): what analysts ask, every one with facets (the default).
SEARCHES: tuple[tuple[str, dict[str, Any]], ...] = (
    ("newest", {}),
    ("word", {"q": "denied"}),
    ("word id", {"q": "membantah", "lang": "id"}),
    ("phrase", {"q": '"secret talks"'}),
    ("or+not", {"q": "(kremlin OR nato) -rumour"}),
    ("prefix", {"q": "negotiat*"}),
    ("filtered", {"q": "talks", "source": "news-3.en.example", "from": "2026-10-01"}),
    ("by date", {"q": "minister", "sort": "date"}),
)
CHUNK = 1000


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print one table per size; returns the exit code (0)."""
    parser = argparse.ArgumentParser(prog="python -m tools.benchmark.search", description=__doc__)
    parser.add_argument("--articles", type=int, default=100_000, help="articles indexed in the end")
    parser.add_argument("--at", default="10000,100000", help="sizes (comma-separated) at which to measure")
    parser.add_argument("--seconds", type=float, default=20.0, help="minimum timed seconds per size")
    parser.add_argument("--keep", action="store_true", help="keep the scratch indices (their namespace is printed)")
    parser.add_argument("--namespace", help="go on in the scratch namespace of an earlier --keep run")
    args = parser.parse_args(argv)
    sizes = sorted({int(size) for size in args.at.split(",") if int(size) <= args.articles} | {args.articles})
    settings = IndexerSettings(namespace=args.namespace or f"bench-search-{uuid4().hex[:8]}")
    print(f"scratch namespace {settings.namespace}", flush=True)
    with Elasticsearch(settings.elasticsearch_url, request_timeout=120) as es, _scratch(es, settings, args.keep):
        for measured in latency_at_sizes(es, settings.namespace, sizes, args.seconds):
            print(format_size(measured), flush=True)
    return 0


def latency_at_sizes(
    es: Elasticsearch, namespace: str, sizes: Sequence[int], seconds: float
) -> Iterator[dict[str, Any]]:
    """Grow ``namespace`` (templates installed) to each of ``sizes`` articles in turn, going on from what it
    holds, and time the SEARCHES through a real gateway on it for at least ``seconds`` at each size.

    Yields per size: ``articles``, ``index_s`` (the bulk indexing that got there), ``searches`` (the rows of
    :func:`measure`), ``elasticsearch_ms`` (the mean time the gateway waited for Elasticsearch per article
    search, from its ``newsmon_stage_seconds``) and ``load_1m`` (the machine's load as the timing ends).
    Raises httpx.HTTPStatusError when the gateway answers an error, RuntimeError when it does not start."""
    indexed = int(es.count(index=ARTICLES.qualified(namespace))["count"])
    actions = islice(bulk_actions(max(sizes)), indexed, None)  # the same corpus, after what is there
    with _gateway(namespace) as gateway:
        for size in sorted(sizes):
            started = time.perf_counter()
            indexed += _index(es, namespace, actions, max(0, size - indexed))
            index_s = time.perf_counter() - started
            spent, searches = _elasticsearch_seconds(gateway)
            rows = measure(gateway, seconds)
            spent_after, searches_after = _elasticsearch_seconds(gateway)
            yield {
                "articles": indexed,
                "index_s": round(index_s, 1),
                "searches": rows,
                "elasticsearch_ms": round((spent_after - spent) / max(1.0, searches_after - searches) * 1000, 1),
                "load_1m": round(os.getloadavg()[0], 1),
            }


def format_size(measured: dict[str, Any]) -> str:
    """One size of :func:`latency_at_sizes` as text: how it was reached, the table, Elasticsearch's share."""
    return (
        f"{measured['articles']} articles (indexing took {measured['index_s']:.0f} s)\n"
        f"{format_table(measured['searches'])}\nof which Elasticsearch: {measured['elasticsearch_ms']:.1f} ms mean"
        f" per article search; load average {measured['load_1m']:.1f} on {os.cpu_count()} CPUs"
    )


def measure(gateway: httpx.Client, seconds: float) -> list[dict[str, Any]]:
    """``time_calls`` rows of the SEARCHES (and of a second page read with its cursor), after a warm-up pass.

    Raises httpx.HTTPStatusError when the gateway answers an error."""
    calls = [Call(label, _search(gateway, params)) for label, params in SEARCHES]
    cursor = _get(gateway, {"q": "denied"})["next_cursor"]
    calls.append(Call("next page", _search(gateway, {"q": "denied", "cursor": cursor})))
    for call in calls:
        call.run()
    rows = time_calls("search", calls, seconds, by_language=True)
    return [{"search": row["lang"], **{k: row[k] for k in ("calls", "per_s", "ms_p50", "ms_p95")}} for row in rows]


def _elasticsearch_seconds(gateway: httpx.Client) -> tuple[float, float]:
    """The gateway's total seconds in, and count of, searches of the articles index (its /metrics)."""
    found = {"sum": 0.0, "count": 0.0}
    for line in gateway.get("/metrics/").text.splitlines():
        for kind in found:
            if line.startswith(f"newsmon_stage_seconds_{kind}{{") and 'stage="search_articles"' in line:
                found[kind] = float(line.rsplit(" ", 1)[1])
    return found["sum"], found["count"]


def _search(gateway: httpx.Client, params: dict[str, Any]) -> Any:
    return lambda: _get(gateway, params)


def _get(gateway: httpx.Client, params: dict[str, Any]) -> dict[str, Any]:
    response = gateway.get("/search", params=params)
    response.raise_for_status()
    body: dict[str, Any] = response.json()
    return body


def _index(es: Elasticsearch, namespace: str, articles: Iterator[tuple[Action, ...]], count: int) -> int:
    """Bulk-index the next ``count`` of ``articles`` (each with its denial record); return how many."""
    names = {index.kind: index.qualified(namespace) for index in ALL_INDICES}
    done = 0

    def bodies() -> Iterator[dict[str, Any]]:
        nonlocal done
        for actions in islice(articles, count):
            done += 1
            yield from ({"_index": names[a.index], "_id": a.id, "_source": a.source} for a in actions)

    for ok, item in helpers.streaming_bulk(es, bodies(), chunk_size=CHUNK, raise_on_error=True):
        if not ok:
            raise RuntimeError(f"bulk indexing failed: {item}")
    es.indices.refresh(index=list(names.values()))
    return done


@contextmanager
def _scratch(es: Elasticsearch, settings: IndexerSettings, keep: bool) -> Iterator[None]:
    install_templates(es, settings.namespace)
    try:
        yield
    finally:
        if not keep:
            remove_indices(es, settings.namespace)
            print(f"deleted the indices of {settings.namespace}", flush=True)


@contextmanager
def _gateway(namespace: str) -> Iterator[httpx.Client]:
    """The real gateway in a child process on a free port, until the block ends."""
    port = _free_port()
    env = {
        **os.environ,
        "NEWSMON_NAMESPACE": namespace,
        "NEWSMON_GATEWAY_PORT": str(port),
        "NEWSMON_LOG_LEVEL": "WARNING",
    }
    process = subprocess.Popen([sys.executable, "-m", "newsmon", "gateway"], env=env)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            _wait_alive(client)
            yield client
    finally:
        process.terminate()
        process.wait(timeout=30)


def _wait_alive(client: httpx.Client, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if client.get("/healthz").status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.2)
    raise RuntimeError("the gateway did not start")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


if __name__ == "__main__":
    sys.exit(main())
