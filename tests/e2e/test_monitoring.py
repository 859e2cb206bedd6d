"""Monitoring over the real parts: the processor, indexer, gateway and fetcher run as the real commands, a
private Prometheus scrapes them and evaluates the alert rules, an article travels the pipeline, and then
every dashboard panel's and every alert rule's PromQL is run through Prometheus's HTTP API."""

from __future__ import annotations

import json
import math
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsmon.core.messages import Feed
from tests.support.ports import free_port
from tests.support.prometheus import Prometheus, running_prometheus
from tests.support.web import Site
from tests.support.workers import Pipeline, running_service
from tools.dashboards.__main__ import OUTPUT

from .conftest import MEASUREMENTS
from .test_pipeline import PARAGRAPHS, TITLE, article_page, rss

# Long enough for every rate() window to hold a few scrapes after the article went through.
SETTLE_SECONDS = 5.0


def panel_queries() -> Iterator[tuple[str, str, list[str]]]:
    """(dashboard name, panel title, its PromQL expressions) for every panel that has a query."""
    for path in sorted(OUTPUT.glob("*.json")):
        for panel in json.loads(path.read_text(encoding="utf-8"))["panels"]:
            exprs = [target["expr"] for target in panel.get("targets", [])]
            if exprs:
                yield path.stem, panel["title"], exprs


def series(prometheus: Prometheus, expr: str) -> list[dict[str, Any]]:
    """The result of ``expr``; fails the test with Prometheus's error when the query is invalid."""
    answer = prometheus.query(expr)
    assert answer["status"] == "success", f"{expr}: {answer.get('error')}"
    result: list[dict[str, Any]] = answer["data"]["result"]
    return result


def has_sample(prometheus: Prometheus, expr: str) -> bool:
    return bool(series(prometheus, expr))


@pytest.fixture
def prometheus(pipeline: Pipeline, site: Site, tmp_path: Path) -> Iterator[Prometheus]:
    """Prometheus scraping the pipeline and a fetcher that polls a local feed with one Indonesian article;
    the fetcher starts once Prometheus runs, so that every counter is scraped at 0 before it moves."""
    url = site.add("/nasional/pelabuhan.html", "text/html; charset=utf-8", "")
    site.add("/nasional/pelabuhan.html", "text/html; charset=utf-8", article_page(TITLE, PARAGRAPHS, url))
    feed_url = site.add("/rss.xml", "application/rss+xml", rss("Berita Uji", [(TITLE, url)]))
    feeds = tmp_path / "feeds.json"
    feeds.write_text(json.dumps([Feed(url=feed_url, name="Berita Uji", language="id").model_dump()]))
    port = free_port()
    targets = {**pipeline.targets, "fetcher": f"127.0.0.1:{port}"}
    env = {**pipeline.env, "NEWSMON_METRICS_PORT": str(port), "NEWSMON_FETCHER_FEEDS_FILE": str(feeds)}
    pipeline.logs["fetcher"] = tmp_path / "fetcher.log"
    with running_prometheus(tmp_path / "prometheus", targets) as running:
        pipeline.wait_for("Prometheus scraping the pipeline", lambda: has_sample(running, "sum(up) >= 3"), 30)
        with running_service(["newsmon", "fetcher"], env, pipeline.logs["fetcher"], stop_seconds=20.0):
            yield running


def test_every_panel_and_alert_rule_answers_from_the_running_pipeline(
    pipeline: Pipeline, prometheus: Prometheus
) -> None:
    pipeline.wait_for("the article searchable", lambda: pipeline.gateway.get("/search?q=bantah").json()["total"])
    pipeline.wait_for("the denial listed", lambda: pipeline.gateway.get("/denials").json()["denials"])
    pipeline.wait_for(
        "the whole pipeline seen by Prometheus",
        lambda: (
            has_sample(prometheus, 'newsmon_pipeline_latency_seconds_count{leg="enriched_to_searchable"} > 0')
            and has_sample(prometheus, 'sum(up{job=~"fetcher|processor|indexer|gateway"}) == 4')
        ),
        timeout=60,
    )
    time.sleep(SETTLE_SECONDS)
    assert series(prometheus, "min(newsmon_dependency_up) == 1"), "a service does not reach Kafka or Elasticsearch"

    empty = []
    for dashboard, title, exprs in panel_queries():
        results = [series(prometheus, expr) for expr in exprs]
        finite = sum(math.isfinite(float(sample["value"][1])) for result in results for sample in result)
        found = sum(len(result) for result in results)
        MEASUREMENTS.append(f"panel {dashboard} / {title}: {found} series, {finite} with a number")
        if not found:
            empty.append(f"{dashboard} / {title}")
    assert not empty, f"panels without data: {empty}"

    rules = prometheus.rules()
    assert rules, "no alert rule loaded"
    for rule in rules:
        series(prometheus, rule["query"])
        assert rule["health"] in ("ok", "unknown"), f"{rule['name']}: {rule.get('lastError')}"
    firing = [rule["name"] for rule in rules if rule["state"] == "firing"]
    MEASUREMENTS.append(f"{len(rules)} alert rules evaluated; firing: {firing or 'none'}")
