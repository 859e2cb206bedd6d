"""search/query.py and search/params.py: parameters -> Elasticsearch request bodies (pure)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import ValidationError

from newsmon.gateway.search.params import ArticleSearch, DenialSearch
from newsmon.gateway.search.query import (
    ALL_LANGUAGES,
    TOTAL_HITS_CAP,
    articles_query,
    denials_query,
    deniers_query,
    stem_variants,
)
from newsmon.gateway.search.syntax import QuerySyntaxError


def _articles(**params: Any) -> dict[str, Any]:
    return articles_query(ArticleSearch.model_validate(params))


def _stem_clauses(body: dict[str, Any]) -> list[dict[str, Any]]:
    """The (stem, languages) pairs of the first required clause."""
    should = body["query"]["bool"]["must"][0]["bool"]["should"]
    return [s["bool"] for s in should if "bool" in s]


def test_stem_variants_give_each_stem_with_its_languages() -> None:
    bantah = stem_variants("membantah", ALL_LANGUAGES)
    assert {"id", "ms"} <= set(bantah["bantah"])
    denied = stem_variants("denied", ALL_LANGUAGES)
    assert "en" in denied["deni"]
    assert "und" in denied["denied"]  # languages without a stemmer keep the word


def test_without_q_the_newest_articles_come_first() -> None:
    body = _articles()
    assert body["query"]["bool"]["must"] == [{"match_all": {}}]
    assert body["sort"][0] == {"published": {"order": "desc", "missing": "_last"}}
    assert body["sort"][-1] == {"id": {"order": "asc"}}  # the tiebreaker of search_after
    assert "highlight_query" not in body["highlight"]["fields"]["body"]
    assert (body["from"], body["size"], body["track_total_hits"]) == (0, 20, TOTAL_HITS_CAP)


def test_a_word_matches_its_stem_in_each_language_or_the_exact_word() -> None:
    body = _articles(q="denied")
    stems = _stem_clauses(body)
    english = next(s for s in stems if s["must"] == [{"match_phrase": {"terms": "deni"}}])
    assert "en" in english["filter"][0]["terms"]["language"]
    exact = body["query"]["bool"]["must"][0]["bool"]["should"][-1]
    assert exact == {"multi_match": {"query": "denied", "type": "phrase", "fields": ["title^2", "body"]}}
    assert body["sort"][0] == "_score"


def test_the_unstemmed_variant_is_for_documents_of_languages_without_stemmer() -> None:
    stems = _stem_clauses(_articles(q="denied"))
    unstemmed = next(s for s in stems if s["must"] == [{"match_phrase": {"terms": "denied"}}])
    assert json.dumps(unstemmed["filter"]).count("must_not") == 1


def test_a_given_language_stems_in_it_only_and_filters_on_it() -> None:
    body = _articles(q="membantah", lang="id")
    assert _stem_clauses(body) == [
        {"must": [{"match_phrase": {"terms": "bantah"}}], "filter": [{"terms": {"language": ["id"]}}]}
    ]
    assert {"term": {"language": "id"}} in body["query"]["bool"]["filter"]


def test_exclusions_go_to_must_not() -> None:
    body = _articles(q="-rumour")
    assert body["query"]["bool"]["must"] == [{"match_all": {}}]
    assert len(body["query"]["bool"]["must_not"]) == 1


def test_filters_on_source_entities_and_dates_in_utc() -> None:
    body = _articles(
        source=["a.example", "b.example"],
        entity=["Kremlin", "NATO"],
        **{"from": "2026-01-01", "to": "2026-02-01T00:00:00+07:00"},
    )
    filters = body["query"]["bool"]["filter"]
    assert {"terms": {"source": ["a.example", "b.example"]}} in filters
    assert {"term": {"entities.canonical": "Kremlin"}} in filters
    assert {"term": {"entities.canonical": "NATO"}} in filters
    assert {"range": {"published": {"gte": "2026-01-01T00:00:00+00:00", "lte": "2026-02-01T00:00:00+07:00"}}} in filters


def test_pages() -> None:
    body = _articles(page=3, size=10)
    assert (body["from"], body["size"]) == (20, 10)


def test_highlights_find_inflected_words_inside_indonesian_words_and_at_the_start_elsewhere() -> None:
    fields = _articles(q="bantah denied")["highlight"]["fields"]
    patterns = json.dumps(fields["body"]["highlight_query"])
    assert '"*bantah*"' in patterns  # membantah, dibantah
    assert '"deni*"' in patterns  # denies, denied
    assert fields["title"]["number_of_fragments"] == 0
    assert _articles()["highlight"]["encoder"] == "html"


def test_denials_filters_and_newest_first_even_with_q() -> None:
    body = denials_query(
        DenialSearch.model_validate(
            {
                "q": "bantah",
                "denier": "Kremlin",
                "type": "denial",
                "min_confidence": 0.7,
                "article_id": "a" * 32,
            }
        )
    )
    filters = body["query"]["bool"]["filter"]
    assert {"term": {"denier.canonical": "Kremlin"}} in filters
    assert {"term": {"type": "denial"}} in filters
    assert {"range": {"confidence": {"gte": 0.7}}} in filters
    assert {"term": {"article_id": "a" * 32}} in filters
    assert body["sort"][0] == {"published": {"order": "desc", "missing": "_last"}}
    assert "evidence.text" in body["highlight"]["fields"]


@pytest.mark.parametrize(
    "params",
    [
        {"size": 0},
        {"size": 101},
        {"page": 0},
        {"page": 101, "size": 100},
        {"lang": "english"},
        {"from": "2026-02-01", "to": "2026-01-01"},
        {"from": "yesterday"},
        {"q": "x" * 501},
        {"unknown": "1"},
    ],
)
def test_bad_parameters_are_refused(params: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        ArticleSearch.model_validate(params)


@pytest.mark.parametrize(
    "params", [{"type": "rumour"}, {"min_confidence": 1.5}, {"article_id": "xyz"}, {"denier": "x" * 201}]
)
def test_bad_denial_parameters_are_refused(params: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        DenialSearch.model_validate(params)


def test_or_not_prefix_and_groups_compile_to_bool_queries() -> None:
    query = _articles(q='(kremlin OR "white house") -rumour NOT fake* denie*')["query"]["bool"]
    either, prefix = query["must"]
    assert either["bool"]["minimum_should_match"] == 1 and len(either["bool"]["should"]) == 2
    assert {"prefix": {"body": {"value": "denie"}}} in prefix["bool"]["should"]
    assert {"prefix": {"terms": {"value": "denie"}}} in prefix["bool"]["should"]
    rumour, fake = query["must_not"]
    assert {"prefix": {"title": {"value": "fake"}}} in fake["bool"]["should"]
    assert "multi_match" in json.dumps(rumour)


def test_a_negation_inside_an_alternative_stays_inside() -> None:
    (either,) = _articles(q="kremlin OR -nato")["query"]["bool"]["must"]
    assert "must_not" in either["bool"]["should"][1]["bool"]


def test_an_unreadable_query_raises_a_syntax_error() -> None:
    with pytest.raises(QuerySyntaxError, match="unclosed quote"):
        _articles(q='"white house')


@pytest.mark.parametrize(
    ("sort", "first"), [("date", {"published": {"order": "desc", "missing": "_last"}}), ("relevance", "_score")]
)
def test_sort_by_date_or_relevance(sort: str, first: Any) -> None:
    assert _articles(q="denied", sort=sort)["sort"][0] == first
    assert _articles(sort="relevance")["sort"][0] != "_score"  # nothing to score: newest first


def test_search_after_replaces_from() -> None:
    body = _articles(q="denied", facets=False)
    assert "aggs" not in body
    after = articles_query(ArticleSearch.model_validate({"q": "denied"}), after=[1.5, 17, 18, "ab"])
    assert after["search_after"] == [1.5, 17, 18, "ab"] and "from" not in after


def test_facets_are_aggregations_over_the_raw_values_and_days() -> None:
    aggs = _articles()["aggs"]
    assert aggs["sources"]["terms"]["field"] == "source.raw"
    assert aggs["entities"]["terms"]["field"] == "entities.canonical.raw"
    assert aggs["days"]["date_histogram"]["calendar_interval"] == "day"
    deniers = deniers_query(ArticleSearch.model_validate({"q": "bantah", "lang": "id", "entity": ["x"]}))
    assert deniers["size"] == 0 and set(deniers["aggs"]) == {"deniers"}
    assert "entities.canonical" not in json.dumps(deniers["query"])  # articles' entities are not on denials
    assert "denier.canonical.raw" in json.dumps(denials_query(DenialSearch())["aggs"])
