"""Feeds through the API, over the real broker: a feed added to the gateway is polled by a running fetcher
(the real command, against a local web site) without a restart, its health shows in ``GET /feeds``, and
once removed it is polled no more."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from newsmon.core.messages import RawArticle, decode
from newsmon.core.topics import ARTICLES_RAW
from newsmon.gateway.auth import create_key
from newsmon.gateway.settings import GatewaySettings
from newsmon.indexer.settings import IndexerSettings
from tests.support.gateway import gateway_client
from tests.support.stack import read_topic
from tests.support.web import LOCAL_FETCHER_ENV, Site
from tests.support.workers import running_service, tail

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour authority denies closure</title>
</head><body><article><h1>Harbour authority denies closure</h1>
<p>The Harbour Authority denied on Monday that the northern port will close next year, calling the report
unfounded. A spokesperson said that maintenance works would continue through the winter months.</p>
<p>Shipping companies had asked for clarity after the report spread among dock workers last week.</p>
</article></body></html>"""
FEED = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Dock News</title>
<language>en</language><item><title>Harbour authority denies closure</title><link>{base}/news/closure</link>
</item></channel></rss>"""


@pytest.fixture
async def gateway(stack: IndexerSettings, tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    """A gateway client that sends a valid API key with every request."""
    settings = GatewaySettings(namespace=stack.namespace, gateway_api_keys_file=tmp_path / "keys.jsonl")
    async with gateway_client(settings) as client:
        client.headers["X-API-Key"] = create_key(settings.gateway_api_keys_file, "tester")
        yield client


async def _wait(what: str, probe: Callable[[], Awaitable[Any]], log: Path, timeout: float = 60.0) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = await probe()
        if found:
            return found
        time.sleep(0.5)
    pytest.fail(f"{what}: not within {timeout:.0f}s; fetcher log:\n{tail(log)}")


async def test_a_feed_added_through_the_api_is_polled_then_removed(
    gateway: httpx.AsyncClient, stack: IndexerSettings, site: Site, tmp_path: Path
) -> None:
    site.add("/news/closure", "text/html; charset=utf-8", PAGE)
    feed_url = site.add("/rss.xml", "application/rss+xml", FEED.format(base=site.base_url))
    (tmp_path / "feeds.json").write_text("[]")
    env = {
        **LOCAL_FETCHER_ENV,
        "NEWSMON_NAMESPACE": stack.namespace,
        "NEWSMON_METRICS_PORT": "0",
        "NEWSMON_FETCHER_FEEDS_FILE": str(tmp_path / "feeds.json"),
    }
    log = tmp_path / "fetcher.log"
    with running_service(["newsmon", "fetcher"], env, log, stop_seconds=20):
        added = await gateway.post("/feeds", json={"url": feed_url, "name": "Dock News"})
        assert added.status_code == 201, added.text
        feed_id = added.json()["id"]

        async def healthy() -> Any:
            health = (await gateway.get(f"/feeds/{feed_id}")).json()["health"]
            return health if health and health["articles_seen"] else None

        health = await _wait("the feed polled and its health shown", healthy, log)
        assert health["last_success"] and health["last_error"] is None and health["articles_seen"] == 1
        (article,) = read_topic(
            stack.kafka_bootstrap_servers,
            ARTICLES_RAW.qualified(stack.namespace),
            lambda record: decode(record.value, ARTICLES_RAW, RawArticle),
            lambda found: len(found) >= 1,
        )
        assert (article.source, article.feed_url, article.title) == (
            "Dock News",
            feed_url,
            "Harbour authority denies closure",
        )

        removed = await gateway.delete(f"/feeds/{feed_id}")
        assert removed.status_code == 204
        assert (await gateway.get("/feeds")).json()["feeds"] == []

        async def dropped() -> bool:
            return "polling 0 feeds" in log.read_text()

        await _wait("the fetcher dropping the removed feed", dropped, log, timeout=30)
