"""The gateway over the real Elasticsearch node, fed by the real indexer from the real broker:
language-aware search ("bantah" finds "membantah", "denied" finds "denies"), denials, articles, health."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from newsmon.core.topics import ARTICLES_ENRICHED, DENIALS
from newsmon.gateway.settings import GatewaySettings
from newsmon.indexer.settings import IndexerSettings
from tests.support.gateway import gateway_client
from tests.support.samples import denial_record, enriched_article, indonesian_article
from tests.support.stack import produce
from tests.support.workers import index_all

INDONESIAN = indonesian_article()
ENGLISH = enriched_article()


@pytest.fixture
async def gateway(stack: IndexerSettings) -> AsyncIterator[httpx.AsyncClient]:
    """A client of the gateway app (lifespan run) over the namespace, once both articles are indexed."""
    produce(stack, ARTICLES_ENRICHED, [INDONESIAN, ENGLISH])
    produce(stack, DENIALS, [denial_record(INDONESIAN), denial_record(ENGLISH)])
    assert index_all(stack).indexed == 4
    async with gateway_client(GatewaySettings(namespace=stack.namespace)) as client:
        yield client


async def _ids(client: httpx.AsyncClient, path: str, **params: str) -> list[str]:
    response = await client.get(path, params=params)
    assert response.status_code == 200, response.text
    key = "articles" if path == "/search" else "denials"
    return [item["id"] for item in response.json()[key]]


async def test_a_stem_finds_its_inflections_in_each_language(gateway: httpx.AsyncClient) -> None:
    assert await _ids(gateway, "/search", q="bantah") == [INDONESIAN.id]
    assert await _ids(gateway, "/search", q="denied") == [ENGLISH.id]
    assert await _ids(gateway, "/search", q="bantah", lang="id") == [INDONESIAN.id]
    assert await _ids(gateway, "/search", q="bantah", lang="en") == []
    assert await _ids(gateway, "/search", q='"northern port"') == [ENGLISH.id]
    assert await _ids(gateway, "/search", q="denied -harbour") == []


async def test_search_results_carry_highlighted_snippets(gateway: httpx.AsyncClient) -> None:
    page = (await gateway.get("/search", params={"q": "bantah"})).json()
    assert page["total"] == 1
    (article,) = page["articles"]
    assert "<mark>membantah</mark>" in article["title_highlight"]
    assert any("<mark>membantah</mark>" in snippet for snippet in article["snippets"])
    english = (await gateway.get("/search", params={"q": "denied"})).json()["articles"][0]
    assert "<mark>denies</mark>" in english["title_highlight"]


async def test_filters_and_newest_first_without_q(gateway: httpx.AsyncClient) -> None:
    assert len(await _ids(gateway, "/search")) == 2
    assert await _ids(gateway, "/search", entity="ministry of home affairs") == [INDONESIAN.id]
    assert await _ids(gateway, "/search", source="news.example.org") == [ENGLISH.id]
    assert await _ids(gateway, "/search", **{"from": "2030-01-01"}) == []


async def test_denials_are_searched_and_filtered(gateway: httpx.AsyncClient) -> None:
    assert await _ids(gateway, "/denials", q="bantah") == [denial_record(INDONESIAN).id]
    assert await _ids(gateway, "/denials", denier="Harbour Authority") == [denial_record(ENGLISH).id]
    assert await _ids(gateway, "/denials", min_confidence="0.95") == []
    assert len(await _ids(gateway, "/denials", type="denial")) == 2


async def test_an_article_whole_health_and_readiness(gateway: httpx.AsyncClient) -> None:
    article = await gateway.get(f"/articles/{INDONESIAN.id}")
    assert (article.status_code, article.json()["body"]) == (200, INDONESIAN.body)
    assert (await gateway.get(f"/articles/{'0' * 32}")).status_code == 404
    assert (await gateway.get("/healthz")).status_code == 200
    assert (await gateway.get("/readyz")).json() == {"status": "ready"}


async def test_an_unreachable_node_is_503_not_a_traceback(namespace: str) -> None:
    async with gateway_client(GatewaySettings(namespace=namespace, elasticsearch_url="http://127.0.0.1:9")) as client:
        search = await client.get("/search", params={"q": "bantah"})
        ready = await client.get("/readyz")
    assert search.status_code == 503
    assert search.json()["detail"] == "search is unavailable, try again shortly"
    assert "127.0.0.1" not in search.text and "127.0.0.1" not in ready.text
    assert ready.status_code == 503
