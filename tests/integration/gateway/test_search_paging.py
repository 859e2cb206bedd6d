"""Search as analysts use it, over the real indexer and Elasticsearch node: facets, cursors that stay
stable while more articles are indexed, sort by relevance or date, the query syntax and its errors."""

from __future__ import annotations

import base64
import json
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import httpx
import pytest
from elasticsearch import Elasticsearch

from newsmon.core.messages import EnrichedArticle
from newsmon.core.topics import ARTICLES_ENRICHED, DENIALS
from newsmon.gateway.settings import GatewaySettings
from newsmon.indexer.settings import IndexerSettings
from tests.support.gateway import gateway_client
from tests.support.samples import NOW, denial_record, enriched_article, indonesian_article
from tests.support.stack import produce
from tests.support.workers import index_all


def _english(i: int) -> EnrichedArticle:
    return enriched_article(
        f"https://news.example.org/a/{i}",
        source="Alpha News" if i % 2 else "beta.example",
        published=NOW - timedelta(days=i % 3, minutes=i),
        # Every third article says "harbour" twice, so that it ranks above the others.
        title=f"Harbour authority denies plan {i}" + (" for the harbour" if i % 3 == 0 else ""),
    )


ENGLISH = [_english(i) for i in range(20)]
INDONESIAN = [
    indonesian_article(f"https://berita.example.id/b/{i}", published=NOW - timedelta(hours=i)) for i in range(10)
]
LATER = [_english(100 + i).model_copy(update={"published": NOW + timedelta(days=1)}) for i in range(5)]


@pytest.fixture
async def gateway(stack: IndexerSettings) -> AsyncIterator[httpx.AsyncClient]:
    """A client of the gateway over the namespace once 30 articles and 3 denials are indexed."""
    produce(stack, ARTICLES_ENRICHED, [*ENGLISH, *INDONESIAN])
    produce(stack, DENIALS, [denial_record(ENGLISH[0]), denial_record(ENGLISH[1]), denial_record(INDONESIAN[0])])
    assert index_all(stack).indexed == 33
    async with gateway_client(GatewaySettings(namespace=stack.namespace)) as client:
        yield client


async def _get(client: httpx.AsyncClient, path: str, **params: Any) -> dict[str, Any]:
    response = await client.get(path, params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def _counts(buckets: list[dict[str, Any]]) -> dict[str, int]:
    return {bucket["value"]: bucket["count"] for bucket in buckets}


async def test_facets_count_sources_languages_entities_deniers_and_days(gateway: httpx.AsyncClient) -> None:
    facets = (await _get(gateway, "/search"))["facets"]
    assert _counts(facets["sources"]) == {"Alpha News": 10, "beta.example": 10, "berita.example.id": 10}
    assert _counts(facets["languages"]) == {"en": 20, "id": 10}
    assert _counts(facets["entities"]) == {"Harbour Authority": 20, "Ministry of Home Affairs": 10}
    assert _counts(facets["deniers"]) == {"Harbour Authority": 2, "Ministry of Home Affairs": 1}
    assert _counts(facets["days"]) == {"2026-11-26": 6, "2026-11-27": 7, "2026-11-28": 17}
    narrowed = (await _get(gateway, "/search", q="bantah"))["facets"]
    assert (_counts(narrowed["languages"]), _counts(narrowed["deniers"])) == (
        {"id": 10},
        {"Ministry of Home Affairs": 1},
    )
    denials = (await _get(gateway, "/denials"))["facets"]
    assert _counts(denials["types"]) == {"denial": 3}
    assert (await _get(gateway, "/search", facets="false"))["facets"] is None


async def test_a_cursor_reads_every_result_once_while_newer_articles_are_indexed(
    gateway: httpx.AsyncClient, stack: IndexerSettings
) -> None:
    page = await _get(gateway, "/search", size=7)
    seen = [article["id"] for article in page["articles"]]
    produce(stack, ARTICLES_ENRICHED, LATER)  # newest of all: they would shift every page by 5
    index_all(stack)
    while page["next_cursor"]:
        page = await _get(gateway, "/search", size=7, cursor=page["next_cursor"])
        seen += [article["id"] for article in page["articles"]]
    assert sorted(seen) == sorted(article.id for article in [*ENGLISH, *INDONESIAN])
    fresh = await _get(gateway, "/search", size=7)
    assert (fresh["total"], fresh["total_relation"]) == (35, "eq")
    assert {article["id"] for article in fresh["articles"][:5]} == {article.id for article in LATER}


async def test_sort_by_relevance_or_by_date(gateway: httpx.AsyncClient) -> None:
    best = (await _get(gateway, "/search", q="harbour", size=20))["articles"]
    scores = [article["score"] for article in best]
    assert scores == sorted(scores, reverse=True) and scores[0] > scores[-1]
    assert {article["id"] for article in best[:7]} == {ENGLISH[i].id for i in range(0, 20, 3)}
    newest = (await _get(gateway, "/search", q="harbour", size=20, sort="date"))["articles"]
    dates = [article["published"] for article in newest]
    assert dates == sorted(dates, reverse=True)


async def test_or_not_prefix_and_groups(gateway: httpx.AsyncClient) -> None:
    async def total(q: str) -> int:
        return int((await _get(gateway, "/search", q=q, facets="false"))["total"])

    assert await total("harbour OR kementerian") == 30
    assert await total("harb*") == 20
    assert await total('(harbour OR bantah) -"for the harbour"') == 23
    assert await total("harbour NOT plan") == 0
    assert await total("membantah AND pemilu") == 10


@pytest.mark.parametrize(
    ("q", "detail"),
    [
        ('"northern port', "bad query: unclosed quote at character 1: close it, or remove it"),
        ("harbour OR", "bad query: OR at character 9 needs something to search on each side"),
        ("h*", "bad query: 'h*' at character 1: a prefix needs at least 2 letters before '*'"),
    ],
)
async def test_syntax_errors_are_400_with_the_reason(gateway: httpx.AsyncClient, q: str, detail: str) -> None:
    for path in ("/search", "/denials"):
        response = await gateway.get(path, params={"q": q})
        assert (response.status_code, response.headers["content-type"]) == (400, "application/problem+json")
        assert response.json()["detail"] == detail


async def test_a_cursor_whose_point_in_time_is_gone_is_410(gateway: httpx.AsyncClient, stack: IndexerSettings) -> None:
    cursor = (await _get(gateway, "/search", size=5))["next_cursor"]
    payload = json.loads(base64.urlsafe_b64decode(cursor.split(".")[0] + "=="))
    with Elasticsearch(stack.elasticsearch_url) as es:
        es.close_point_in_time(id=payload["pit"])
    response = await gateway.get("/search", params={"size": 5, "cursor": cursor})
    assert response.status_code == 410
    assert "search again without cursor" in response.json()["detail"]
