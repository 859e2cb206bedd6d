"""The HTTP routes, over a fake search backend injected through the ``get_backend`` dependency."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from newsmon.core.indices import ARTICLES, DENIALS, Index
from newsmon.gateway.api.deps import get_backend
from newsmon.gateway.app import create_app
from newsmon.gateway.search.backend import PointInTimeExpired, SearchRejected, SearchUnavailable
from newsmon.gateway.settings import GatewaySettings
from newsmon.indexer.documents import article_document, denial_document
from tests.support.samples import denial_record, indonesian_article

ARTICLE = indonesian_article()
DENIAL = denial_record(ARTICLE)


class FakeBackend:
    """Answers with the sample documents, records the requests, or fails with ``error``."""

    def __init__(self, error: Exception | None = None, problems: list[str] | None = None, hits: int = 1) -> None:
        self.error = error
        self.problems = problems or []
        self.hits = hits
        self.bodies: list[tuple[str, dict[str, Any]]] = []
        self.pits: list[str] = []

    async def open_point_in_time(self, index: Index, keep_alive: str) -> str:
        self.pits.append(keep_alive)
        return f"pit-{len(self.pits)}"

    async def search(self, index: Index, body: dict[str, Any]) -> dict[str, Any]:
        if self.error:
            raise self.error
        self.bodies.append((index.kind, body))
        if body.get("size") == 0:
            return {
                "hits": {"hits": []},
                "aggregations": {"deniers": {"buckets": [{"key": "Kremlin", "doc_count": 3}]}},
            }
        if index is ARTICLES:
            source = article_document(ARTICLE).source
            hit = {
                "_id": ARTICLE.id,
                "_score": 2.5,
                "_source": {k: v for k, v in source.items() if k not in ("body", "terms")},
                "highlight": {"body": ["Juru bicara Kementerian Dalam Negeri <mark>membantah</mark> laporan"]},
            }
        else:
            source = denial_document(DENIAL).source
            hit = {"_id": DENIAL.id, "_score": None, "_source": source, "highlight": {}}
        aggregations = {
            "sources": {"buckets": [{"key": "berita.example.id", "doc_count": 41}]},
            "days": {"buckets": [{"key": 1, "key_as_string": "2026-11-28", "doc_count": 41}]},
        }
        hits = [hit | {"sort": [2.5, i]} for i in range(self.hits)]
        return {"hits": {"total": {"value": 41, "relation": "eq"}, "hits": hits}, "aggregations": aggregations}

    async def get(self, index: Index, doc_id: str) -> dict[str, Any] | None:
        if self.error:
            raise self.error
        return article_document(ARTICLE).source if doc_id == ARTICLE.id else None

    async def readiness(self) -> list[str]:
        return self.problems


def _app(backend: FakeBackend) -> FastAPI:
    app = create_app(GatewaySettings(namespace="test-routes"))
    app.dependency_overrides[get_backend] = lambda: backend
    return app


@pytest.fixture
def backend() -> FakeBackend:
    return FakeBackend()


@pytest.fixture
async def client(backend: FakeBackend) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=_app(backend)), base_url="http://gw") as c:
        yield c


async def test_search_answers_a_page_of_articles_with_snippets(client: httpx.AsyncClient, backend: FakeBackend) -> None:
    response = await client.get("/search", params={"q": "bantah", "lang": "id", "size": 5, "page": 2})
    assert response.status_code == 200
    page = response.json()
    assert (page["total"], page["page"], page["size"]) == (41, 2, 5)
    (article,) = page["articles"]
    assert article["id"] == ARTICLE.id
    assert article["score"] == 2.5
    assert article["snippets"] == ["Juru bicara Kementerian Dalam Negeri <mark>membantah</mark> laporan"]
    assert article["entities"] == [{"canonical": "Ministry of Home Affairs", "label": "ORG"}]
    assert "body" not in article
    (kind, body), (facet_kind, _) = backend.bodies
    assert (kind, body["from"], body["size"], facet_kind) == ("articles", 5, 6, "denials")
    assert page["facets"]["sources"] == [{"value": "berita.example.id", "count": 41}]
    assert page["facets"]["deniers"] == [{"value": "Kremlin", "count": 3}]
    assert page["facets"]["days"] == [{"value": "2026-11-28", "count": 41}]
    assert (page["next_cursor"], page["total_relation"]) == (None, "eq")


async def test_search_without_q_is_fine(client: httpx.AsyncClient) -> None:
    assert (await client.get("/search")).status_code == 200


@pytest.mark.parametrize(
    "query",
    ["size=1000", "page=0", "lang=Indonesian", "from=2026-02-01&to=2026-01-01", "bogus=1", "from=soon"],
)
async def test_bad_search_parameters_are_422_with_a_reason(client: httpx.AsyncClient, query: str) -> None:
    response = await client.get(f"/search?{query}")
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["errors"][0]["msg"]


async def test_denials_answers_records(client: httpx.AsyncClient, backend: FakeBackend) -> None:
    response = await client.get("/denials", params={"denier": "Ministry of Home Affairs", "min_confidence": 0.5})
    assert response.status_code == 200
    (denial,) = response.json()["denials"]
    assert denial["id"] == DENIAL.id
    assert denial["trigger"]["text"] == "membantah"
    assert denial["denier"]["canonical"] == "Ministry of Home Affairs"
    assert backend.bodies[0][0] == DENIALS.kind


async def test_denials_refuses_an_unknown_type(client: httpx.AsyncClient) -> None:
    assert (await client.get("/denials?type=rumour")).status_code == 422


async def test_an_article_whole_or_404(client: httpx.AsyncClient) -> None:
    found = await client.get(f"/articles/{ARTICLE.id}")
    assert found.status_code == 200
    assert found.json()["body"] == ARTICLE.body
    assert found.json()["entities"][0]["text"] == "Kementerian Dalam Negeri"
    missing = await client.get(f"/articles/{'0' * 32}")
    assert (missing.status_code, missing.json()) == (
        404,
        {"type": "about:blank", "title": "Not Found", "status": 404, "detail": f"no article {'0' * 32}"},
    )
    assert (await client.get("/articles/not-an-id")).status_code == 422


@pytest.mark.parametrize("path", ["/search?q=x", "/denials", f"/articles/{'0' * 32}"])
async def test_elasticsearch_down_is_503_naming_nothing_inside(path: str) -> None:
    backend = FakeBackend(error=SearchUnavailable("Elasticsearch unreachable (search in test-articles): refused"))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=_app(backend)), base_url="http://gw") as c:
        response = await c.get(path)
    assert response.status_code == 503
    assert response.json()["detail"] == "search is unavailable, try again shortly"
    assert response.headers["retry-after"] == "5"


async def test_a_request_the_node_refuses_is_400_without_its_library_text() -> None:
    backend = FakeBackend(error=SearchRejected("too_many_clauses: maxClauseCount is set to 1024"))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=_app(backend)), base_url="http://gw") as c:
        response = await c.get("/search?q=x")
    assert response.status_code == 400
    assert "maxClauseCount" not in response.text and response.json()["status"] == 400


async def test_healthz_always_and_readyz_with_reasons() -> None:
    ready = FakeBackend()
    unready = FakeBackend(problems=["the articles index does not exist yet", "the denials index does not exist yet"])
    for backend, status in ((ready, 200), (unready, 503)):
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=_app(backend)), base_url="http://gw") as c:
            assert (await c.get("/healthz")).json() == {"status": "ok"}
            response = await c.get("/readyz")
            assert response.status_code == status
    assert response.json()["detail"] == "the articles index does not exist yet; the denials index does not exist yet"


async def test_docs_openapi_and_metrics(client: httpx.AsyncClient) -> None:
    assert (await client.get("/docs")).status_code == 200
    paths = (await client.get("/openapi.json")).json()["paths"]
    assert set(paths) == {
        "/search",
        "/denials",
        "/articles/{article_id}",
        "/feeds",
        "/feeds/{id}",
        "/rules",
        "/rules/{rule_id}",
        "/alerts",
        "/alerts/stream",
        "/healthz",
        "/readyz",
    }
    for path, operations in paths.items():
        for method, operation in operations.items():
            answers = {code: answer for code, answer in operation["responses"].items() if code.startswith("2")}
            assert answers, (method, path)
            # Every answer and every problem is described: a model, an event stream, or no content (204).
            for code, answer in operation["responses"].items():
                assert code == "204" or answer.get("content"), (method, path, code)
    metrics = await client.get("/metrics", follow_redirects=True)
    assert metrics.status_code == 200
    assert "python_info" in metrics.text


async def test_the_schema_declares_422_and_an_unparseable_body_as_problems(client: httpx.AsyncClient) -> None:
    paths = (await client.get("/openapi.json")).json()["paths"]
    invalid = paths["/search"]["get"]["responses"]["422"]["content"]
    assert invalid["application/problem+json"]["schema"] == {"$ref": "#/components/schemas/Problem"}
    for method, path in (("post", "/rules"), ("put", "/rules/{rule_id}")):
        assert "application/problem+json" in paths[path][method]["responses"]["400"]["content"]
    # Not UTF-8: FastAPI refuses it while reading the body, before validation and the key check.
    refused = await client.post("/rules", content=b"T\x80\x81", headers={"Content-Type": "application/json"})
    assert refused.status_code == 400
    assert refused.headers["content-type"] == "application/problem+json"


async def test_a_cursor_reads_the_next_page_in_a_point_in_time() -> None:
    backend = FakeBackend(hits=3)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=_app(backend)), base_url="http://gw") as c:
        first = (await c.get("/denials", params={"size": 2, "q": "bantah"})).json()
        assert len(first["denials"]) == 2 and backend.pits == ["300s"]
        second = await c.get("/denials", params={"size": 2, "q": "bantah", "cursor": first["next_cursor"]})
        other = await c.get("/denials", params={"size": 2, "q": "other", "cursor": first["next_cursor"]})
    assert second.status_code == 200
    body = backend.bodies[-1][1]
    assert (body["pit"], body["search_after"]) == ({"id": "pit-1", "keep_alive": "300s"}, [2.5, 1])
    assert (other.status_code, other.json()["detail"]) == (
        400,
        "bad cursor: the cursor belongs to another search: send it with the same q, filters and sort",
    )


@pytest.mark.parametrize(
    ("query", "detail"),
    [
        ("q=%22white+house", "bad query: unclosed quote at character 1: close it, or remove it"),
        ("cursor=Zm9yZ2Vk.dG9rZW4", "bad cursor: the cursor is not one this gateway made (bad signature)"),
    ],
)
async def test_an_unreadable_query_or_cursor_is_400(client: httpx.AsyncClient, query: str, detail: str) -> None:
    response = await client.get(f"/search?{query}")
    assert (response.status_code, response.headers["content-type"]) == (400, "application/problem+json")
    assert response.json() == {"type": "about:blank", "title": "Bad Request", "status": 400, "detail": detail}


async def test_an_expired_cursor_is_410() -> None:
    backend = FakeBackend(error=PointInTimeExpired("No search context found"))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=_app(backend)), base_url="http://gw") as c:
        response = await c.get("/denials")
    assert (response.status_code, response.headers["content-type"]) == (410, "application/problem+json")
    assert response.json()["detail"].startswith("the cursor expired")
