"""Search latency, as ``make bench`` and ``python -m tools.benchmark.search`` take it: the synthetic corpus
bulk-indexed into the real node, searched through a real gateway process."""

from __future__ import annotations

from elasticsearch import Elasticsearch

from newsmon.core.indices import ARTICLES
from newsmon.indexer.settings import IndexerSettings
from newsmon.indexer.templates import install_templates
from tools.benchmark.search import SEARCHES, format_size, latency_at_sizes


def test_each_size_is_reached_and_every_kind_of_search_timed(stack: IndexerSettings) -> None:
    with Elasticsearch(stack.elasticsearch_url) as es:
        install_templates(es, stack.namespace)
        measured = list(latency_at_sizes(es, stack.namespace, [40, 120], 0.1))
        assert es.count(index=ARTICLES.qualified(stack.namespace))["count"] == 120
    assert [size["articles"] for size in measured] == [40, 120]
    timed = {row["search"]: row for row in measured[-1]["searches"]}
    assert set(timed) == {"all", "next page", *(label for label, _ in SEARCHES)}
    assert all(row["calls"] >= 1 and row["ms_p95"] >= row["ms_p50"] > 0 for row in timed.values())
    assert measured[-1]["elasticsearch_ms"] > 0
    assert format_size(measured[-1]).startswith("120 articles (indexing took")
