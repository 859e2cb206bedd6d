"""Time buckets on the real node: documents of several buckets found through the read alias (also by the
gateway's get by id), one document per id after redeliveries and re-fetches across buckets, an index from
before buckets adopted, retention, and a namespace removed whole."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from elasticsearch import AsyncElasticsearch, Elasticsearch

from newsmon.core.indices import ARTICLES
from newsmon.core.topics import ARTICLES_ENRICHED
from newsmon.gateway.search.backend import ElasticsearchBackend
from newsmon.indexer.buckets import delete_before, list_buckets
from newsmon.indexer.settings import IndexerSettings
from newsmon.indexer.templates import install_templates, remove_indices
from tests.support.samples import enriched_article
from tests.support.stack import produce, stored
from tests.support.workers import index_all

OCTOBER = datetime(2026, 10, 15, 8, 0, tzinfo=UTC)
NOVEMBER = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


@pytest.fixture
def es(stack: IndexerSettings) -> Iterator[Elasticsearch]:
    with Elasticsearch(stack.elasticsearch_url) as client:
        yield client


def _gateway_get(settings: IndexerSettings, doc_id: str) -> dict[str, Any] | None:
    async def get() -> dict[str, Any] | None:
        async with AsyncElasticsearch(settings.elasticsearch_url) as client:
            return await ElasticsearchBackend(client, settings.namespace).get(ARTICLES, doc_id)

    return asyncio.run(get())


def test_documents_of_two_buckets_are_found_through_the_alias(stack: IndexerSettings, es: Elasticsearch) -> None:
    older = enriched_article("https://news.example.org/a/october", fetched_at=OCTOBER)
    newer = enriched_article("https://news.example.org/a/november", fetched_at=NOVEMBER)
    produce(stack, ARTICLES_ENRICHED, [older, newer])
    assert index_all(stack).indexed == 2
    alias = ARTICLES.qualified(stack.namespace)
    assert [hit["_index"] for hit in stored(es, alias, older.id)] == [f"{alias}-2026.10"]
    assert [hit["_index"] for hit in stored(es, alias, newer.id)] == [f"{alias}-2026.11"]
    assert es.count(index=alias)["count"] == 2
    found = _gateway_get(stack, older.id)
    assert found is not None and found["url"] == older.url
    assert _gateway_get(stack, "no-such-article") is None


def test_an_id_stays_unique_after_a_redelivery_and_a_refetch_into_other_buckets(
    stack: IndexerSettings, es: Elasticsearch
) -> None:
    """The same message again, and a newer one for the same id stamped a month later, both overwrite the one
    document in the older bucket, although the present bucket (made at start) is newer than both."""
    first = enriched_article(fetched_at=OCTOBER, title="First version")
    produce(stack, ARTICLES_ENRICHED, [first])
    index_all(stack)
    refetched = enriched_article(fetched_at=NOVEMBER, title="Fetched again")
    produce(stack, ARTICLES_ENRICHED, [first, refetched])
    index_all(stack)
    produce(stack, ARTICLES_ENRICHED, [first])  # redelivered once more, into the older bucket
    index_all(stack)
    alias = ARTICLES.qualified(stack.namespace)
    (hit,) = stored(es, alias, first.id)
    assert (hit["_index"], hit["_source"]["title"]) == (f"{alias}-2026.10", "First version")
    assert es.count(index=alias)["count"] == 1


def test_an_index_from_before_buckets_is_adopted_behind_the_alias(stack: IndexerSettings, es: Elasticsearch) -> None:
    alias = ARTICLES.qualified(stack.namespace)
    es.index(index=alias, id="old", document={"id": "old"}, refresh=True)
    install_templates(es, stack.namespace)
    (hit,) = stored(es, alias, "old")
    assert hit["_index"] == f"{alias}-legacy"
    produce(stack, ARTICLES_ENRICHED, [enriched_article()])
    index_all(stack)
    assert es.count(index=alias)["count"] == 2


def test_old_buckets_are_deleted_whole_and_a_namespace_is_removed_with_every_bucket(
    stack: IndexerSettings, es: Elasticsearch
) -> None:
    articles = [enriched_article(fetched_at=OCTOBER), enriched_article("https://x.org/n", fetched_at=NOVEMBER)]
    produce(stack, ARTICLES_ENRICHED, articles)
    index_all(stack)
    alias = ARTICLES.qualified(stack.namespace)
    assert delete_before(es, stack.namespace, datetime(2026, 11, 1, tzinfo=UTC)) == [f"{alias}-2026.10"]
    buckets = {bucket.name: bucket for bucket in list_buckets(es, stack.namespace)}
    assert f"{alias}-2026.10" not in buckets
    assert buckets[f"{alias}-2026.11"].documents == 1
    assert es.count(index=alias)["count"] == 1
    assert delete_before(es, stack.namespace, datetime.now(UTC) - timedelta(days=3650)) == []
    removed = remove_indices(es, stack.namespace)
    assert f"{alias}-2026.11" in removed
    assert not es.indices.exists(index=f"{alias},{ARTICLES.pattern(stack.namespace)}", allow_no_indices=False)
    assert not es.indices.exists_index_template(name=alias)
