"""The indexer over the real Kafka broker and Elasticsearch node: messages in, one document per id out,
and everything it cannot index in the dead-letter topic with the reason."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from elasticsearch import Elasticsearch

from newsmon.core.indices import ARTICLES
from newsmon.core.indices import DENIALS as DENIALS_INDEX
from newsmon.core.topics import ARTICLES_ENRICHED, DENIALS
from newsmon.indexer.settings import IndexerSettings
from tests.support.samples import denial_record, enriched_article, indonesian_article
from tests.support.stack import dead_letters, produce, stored
from tests.support.workers import index_all


@pytest.fixture
def es(stack: IndexerSettings) -> Iterator[Elasticsearch]:
    with Elasticsearch(stack.elasticsearch_url) as client:
        yield client


def test_articles_and_denials_are_indexed_under_their_ids(stack: IndexerSettings, es: Elasticsearch) -> None:
    article = indonesian_article()
    produce(stack, ARTICLES_ENRICHED, [article, enriched_article()])
    produce(stack, DENIALS, [denial_record(article)])
    stats = index_all(stack)
    assert (stats.indexed, stats.poison, stats.rejected) == (3, 0, 0)
    (hit,) = stored(es, ARTICLES.qualified(stack.namespace), article.id)
    assert hit["_source"]["title"] == article.title
    assert "terms" not in hit["_source"]  # searchable, not stored
    (denial,) = stored(es, DENIALS_INDEX.qualified(stack.namespace), denial_record(article).id)
    assert denial["_source"]["denier"]["canonical"] == "Ministry of Home Affairs"
    mapping = es.indices.get_mapping(index=hit["_index"])
    assert mapping[hit["_index"]]["mappings"]["dynamic"] == "strict"


def test_the_same_article_twice_is_one_document_the_newest(stack: IndexerSettings, es: Elasticsearch) -> None:
    produce(stack, ARTICLES_ENRICHED, [enriched_article(title="First version")])
    index_all(stack)
    produce(stack, ARTICLES_ENRICHED, [enriched_article(title="Second version")])
    stats = index_all(stack)
    assert stats.indexed == 1  # only the new message: the first was committed
    index = ARTICLES.qualified(stack.namespace)
    assert es.count(index=index)["count"] == 1
    (hit,) = stored(es, index, enriched_article().id)
    assert hit["_source"]["title"] == "Second version"


def test_what_cannot_be_indexed_is_dead_lettered_with_the_reason(stack: IndexerSettings, es: Elasticsearch) -> None:
    # Valid for the topic's schema but not for the index: a keyword longer than Lucene's 32 766-byte term.
    breaking = enriched_article("https://news.example.org/a/huge", source="x" * 40_000)
    produce(stack, ARTICLES_ENRICHED, [b"{not json", breaking, enriched_article()])
    stats = index_all(stack)
    assert (stats.indexed, stats.poison, stats.rejected) == (1, 1, 1)
    letters = sorted(dead_letters(stack, expected=2), key=lambda letter: letter.offset or 0)
    assert [letter.offset for letter in letters] == [0, 1]
    assert letters[0].reason.startswith("articles.enriched: not JSON")
    assert letters[0].payload == "{not json"
    assert letters[1].reason.startswith("400 ")
    assert "immense term" in letters[1].reason
    assert letters[1].topic == ARTICLES_ENRICHED.qualified(stack.namespace)
    assert es.count(index=ARTICLES.qualified(stack.namespace))["count"] == 1
