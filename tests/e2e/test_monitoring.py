"""Monitoring over the real parts: the processor, indexer, gateway and fetcher run as the real commands, a
private Prometheus scrapes them and evaluates the alert rules, an article with a denial travels the pipeline
and raises an alert that a webhook receives, and then every dashboard panel's and every alert rule's PromQL is
run through Prometheus's HTTP API (``tools.dashboards.live``, the command an operator runs)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsmon.core.messages import Feed
from newsmon.core.settings import CommonSettings
from newsmon.gateway.auth import create_key
from newsmon.processor.app import app_id
from tests.support.ports import free_port
from tests.support.prometheus import Prometheus, running_prometheus
from tests.support.stack import read_topic
from tests.support.web import LOCAL_FETCHER_ENV, Site
from tests.support.workers import API_KEYS_FILE, Pipeline, running_pipeline, running_service
from tools.dashboards.live import check_panels, check_rules, report

from .conftest import MEASUREMENTS
from .test_pipeline import PARAGRAPHS, TITLE, article_page, rss

HOOK = "/hook"


def has_sample(prometheus: Prometheus, expr: str) -> bool:
    answer = prometheus.query(expr)
    assert answer["status"] == "success", f"{expr}: {answer.get('error')}"
    return bool(answer["data"]["result"])


@pytest.fixture
def pipeline(namespace: str, tmp_path: Path) -> Iterator[Pipeline]:
    """The processor, indexer and gateway, whose webhooks may reach the local site (on loopback)."""
    with running_pipeline(namespace, tmp_path, settings={"NEWSMON_GATEWAY_WEBHOOKS_ALLOW_PRIVATE": "true"}) as running:
        yield running


def add_webhook_rule(pipeline: Pipeline, site: Site, folder: Path) -> None:
    """An alert rule matching every denial, posting to the site's :data:`HOOK`; returns once the processor
    holds it (Faust wrote it to the rule table's changelog), so that the next denial raises an alert."""
    key = create_key(folder / API_KEYS_FILE, "e2e")
    rule = {"name": "Every denial", "webhook_url": site.base_url + HOOK}
    stored = pipeline.gateway.put("/rules/all", json=rule, headers={"Authorization": f"Bearer {key}"})
    assert stored.status_code == 200, stored.text
    changelog = f"{app_id(pipeline.namespace)}-rules-changelog"
    servers = CommonSettings().kafka_bootstrap_servers
    pipeline.wait_for("the rule in the processor's table", lambda: read_topic(servers, changelog, bool, bool, 5.0))


@pytest.fixture
def prometheus(pipeline: Pipeline, site: Site, tmp_path: Path) -> Iterator[Prometheus]:
    """Prometheus scraping the pipeline and a fetcher that polls a local feed with one Indonesian article;
    the fetcher starts once Prometheus runs and the webhook rule is in place, so that every counter is
    scraped at 0 before it moves."""
    url = site.add("/nasional/pelabuhan.html", "text/html; charset=utf-8", "")
    site.add("/nasional/pelabuhan.html", "text/html; charset=utf-8", article_page(TITLE, PARAGRAPHS, url))
    feed_url = site.add("/rss.xml", "application/rss+xml", rss("Berita Uji", [(TITLE, url)]))
    feeds = tmp_path / "feeds.json"
    feeds.write_text(json.dumps([Feed(url=feed_url, name="Berita Uji", language="id").model_dump()]))
    port = free_port()
    targets = {**pipeline.targets, "fetcher": f"127.0.0.1:{port}"}
    env = {
        **pipeline.env,
        **LOCAL_FETCHER_ENV,
        "NEWSMON_METRICS_PORT": str(port),
        "NEWSMON_FETCHER_FEEDS_FILE": str(feeds),
    }
    pipeline.logs["fetcher"] = tmp_path / "fetcher.log"
    add_webhook_rule(pipeline, site, tmp_path)
    with running_prometheus(tmp_path / "prometheus", targets) as running:
        pipeline.wait_for("Prometheus scraping the pipeline", lambda: has_sample(running, "sum(up) >= 3"), 30)
        with running_service(["newsmon", "fetcher"], env, pipeline.logs["fetcher"], stop_seconds=20.0):
            yield running


def test_every_panel_and_alert_rule_answers_from_the_running_pipeline(
    pipeline: Pipeline, site: Site, prometheus: Prometheus
) -> None:
    pipeline.wait_for("the article searchable", lambda: pipeline.gateway.get("/search?q=bantah").json()["total"])
    pipeline.wait_for("the alert posted to the webhook", lambda: [post for post in site.posts if post[0] == HOOK])
    legs = ("published_to_fetched", "fetched_to_enriched", "enriched_to_searchable", "enriched_to_alert_delivered")
    pipeline.wait_for(
        "every latency leg and every service seen by Prometheus",
        lambda: (
            all(has_sample(prometheus, f'newsmon_pipeline_latency_seconds_count{{leg="{leg}"}} > 0') for leg in legs)
            and has_sample(prometheus, 'sum(up{job=~"fetcher|processor|indexer|gateway"}) == 4')
            and has_sample(prometheus, "min(newsmon_dependency_up) == 1")
        ),
        timeout=60,
    )

    # A derivative or rate needs a second sample after the first: a few more scrapes (one a second) at most.
    deadline = time.monotonic() + 30
    panels = check_panels(prometheus.url)
    while not all(panel.shows_data for panel in panels) and time.monotonic() < deadline:
        time.sleep(1)
        panels = check_panels(prometheus.url)
    rules = check_rules(prometheus.url)
    MEASUREMENTS.extend(report(panels, rules).splitlines())
    assert all(panel.shows_data for panel in panels), [f"{p.dashboard} / {p.title}" for p in panels if not p.shows_data]
    assert rules, "no alert rule loaded"
    assert all(rule.healthy for rule in rules), [rule for rule in rules if not rule.healthy]
