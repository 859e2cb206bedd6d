"""The index templates of schemas/elasticsearch/ and their agreement with documents.py."""

from __future__ import annotations

from typing import Any

import pytest

from newsmon.core.indices import ALERTS, ALL_INDICES, ARTICLES, DENIALS, WEBHOOK_DELIVERIES, Index
from newsmon.core.schemas import read_schema
from newsmon.gateway.alerts.signing import delivery_document
from newsmon.indexer.documents import alert_document, article_document, denial_document
from newsmon.indexer.templates import template_body
from tests.support.samples import NOW, alert, denial_record, enriched_article, indonesian_article


def _mappings(index: Index) -> dict[str, Any]:
    body = read_schema("elasticsearch", index.template)
    return body["template"]["mappings"]


def _unmapped(document: dict[str, Any], properties: dict[str, Any], prefix: str = "") -> list[str]:
    """Fields of ``document`` that ``properties`` does not declare (a strict mapping rejects them)."""
    missing = []
    for name, value in document.items():
        if name not in properties:
            missing.append(prefix + name)
            continue
        children = properties[name].get("properties")
        for item in value if isinstance(value, list) else [value]:
            if children is not None and isinstance(item, dict):
                missing += _unmapped(item, children, f"{prefix}{name}.")
    return missing


def _values_of(key: str, tree: Any) -> list[Any]:
    """Every value of ``key`` anywhere in the nested dicts and lists of ``tree``."""
    if isinstance(tree, list):
        return [value for item in tree for value in _values_of(key, item)]
    if not isinstance(tree, dict):
        return []
    found = [tree[key]] if key in tree else []
    return found + [value for child in tree.values() for value in _values_of(key, child)]


def test_index_names_carry_the_namespace() -> None:
    assert ARTICLES.qualified("") == "newsmon-articles"
    assert DENIALS.qualified("test-1a2b") == "test-1a2b-denials"


@pytest.mark.parametrize("index", ALL_INDICES, ids=lambda index: index.kind)
def test_templates_are_strict_single_node_and_namespaced(index: Index) -> None:
    body = template_body(index, "test-1a2b")
    assert body["index_patterns"] == [f"test-1a2b-{index.kind}-*"]
    assert body["template"]["aliases"] == {f"test-1a2b-{index.kind}": {}}
    assert body["template"]["mappings"]["dynamic"] == "strict"
    settings = body["template"]["settings"]
    assert (settings["number_of_shards"], settings["number_of_replicas"]) == (1, 0)
    # Only analyzers that the integ-test node (no analysis-common module) knows.
    analyzers = set(_values_of("analyzer", body["template"]["mappings"]))
    assert analyzers <= {"standard", "whitespace"}
    if index in (ARTICLES, DENIALS):
        assert body["template"]["mappings"]["properties"]["terms"]["analyzer"] == "whitespace"


def test_shard_and_replica_counts_can_be_set() -> None:
    settings = template_body(ARTICLES, "test-1a2b", shards=4, replicas=1)["template"]["settings"]
    assert (settings["number_of_shards"], settings["number_of_replicas"]) == (4, 1)


@pytest.mark.parametrize(
    "document",
    [
        article_document(enriched_article()),
        article_document(indonesian_article(published=None, entities=[])),
    ],
    ids=["english", "indonesian"],
)
def test_every_article_field_is_mapped(document: Any) -> None:
    assert _unmapped(document.source, _mappings(ARTICLES)["properties"]) == []


@pytest.mark.parametrize(
    "document",
    [denial_document(denial_record()), denial_document(denial_record(denier=None, claim=None))],
    ids=["full", "nulls"],
)
def test_every_denial_field_is_mapped(document: Any) -> None:
    assert _unmapped(document.source, _mappings(DENIALS)["properties"]) == []


def _sample_document(index: Index) -> dict[str, Any]:
    """A document of ``index`` as newsmon writes it."""
    documents = {
        ARTICLES: lambda: article_document(enriched_article()).source,
        DENIALS: lambda: denial_document(denial_record()).source,
        ALERTS: lambda: alert_document(alert()).source,
        WEBHOOK_DELIVERIES: lambda: delivery_document(alert(), "pending", 0, NOW),
    }
    return documents[index]()


@pytest.mark.parametrize("index", ALL_INDICES, ids=lambda index: index.kind)
def test_every_mapped_field_is_written(index: Index) -> None:
    """No mapping is left over from a field that newsmon no longer writes, and none is missing."""
    document = _sample_document(index)
    assert set(_mappings(index)["properties"]) == set(document)
    assert _unmapped(document, _mappings(index)["properties"]) == []
