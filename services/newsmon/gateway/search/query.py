"""Pure: search parameters -> Elasticsearch request bodies.

The node has no language analyzers, so each document's ``terms`` field holds the Snowball stems of its
text in its own language (see ``newsmon.indexer.documents``). A query word is stemmed the same way in
the language asked for, or in every language when none is: each stem variant must then be found in the
``terms`` of a document of a language that gives that variant, which is exactly what the indexer wrote
("bantah" finds "membantah" in Indonesian articles, "denied" finds "denies" in English ones). The exact
words are matched too, in ``title``/``body`` (standard analyzer), and rank higher.

The query syntax (words, phrases, OR, NOT, prefix*, groups) is read by :mod:`.syntax` into a tree, which
is compiled here into a bool query: user text never reaches Elasticsearch's own query parser. Totals are
counted up to TOTAL_HITS_CAP, so that a broad query costs the same however large the index grows.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from newsmon.gateway.search import syntax
from newsmon.gateway.search.facets import ARTICLE_FACETS, DENIAL_FACETS, DENIER_FACETS, aggregations
from newsmon.gateway.search.params import ArticleSearch, DenialSearch, Paging, as_utc
from newsmon.nlp.normalize import SNOWBALL, STEMMED_LANGUAGES, search_terms

Body = dict[str, Any]
SortValues = Sequence[Any]

UNSTEMMED = "und"
"""Stands for every language without a stemmer: their documents hold lower-cased words as terms."""
ALL_LANGUAGES: tuple[str, ...] = (*STEMMED_LANGUAGES, UNSTEMMED)
# Indonesian and Malay inflect with prefixes as well as suffixes (meN-, di-, ber-; -kan, -nya), so their
# stems are highlighted inside words; elsewhere a stem only starts a word.
PREFIXING_LANGUAGES = frozenset({"id", "ms"})
MIN_HIGHLIGHT_STEM = 3
TOTAL_HITS_CAP = 10_000
ARTICLE_TEXT = ("title^2", "body")
DENIAL_TEXT = ("title", "evidence.text", "claim.text", "denier.text")
# Newest first; the id breaks ties, so that search_after never skips or repeats a result.
ARTICLES_BY_DATE: tuple[Body, ...] = (
    {"published": {"order": "desc", "missing": "_last"}},
    {"fetched_at": {"order": "desc"}},
    {"id": {"order": "asc"}},
)
DENIALS_BY_DATE: tuple[Body, ...] = (
    {"published": {"order": "desc", "missing": "_last"}},
    {"detected_at": {"order": "desc"}},
    {"id": {"order": "asc"}},
)
HIGHLIGHT = {
    "encoder": "html",  # the text is escaped, only our tags are markup
    "pre_tags": ["<mark>"],
    "post_tags": ["</mark>"],
    "max_analyzed_offset": 500_000,  # very long bodies are highlighted in their beginning, not refused
}


def stem_variants(text: str, langs: Sequence[str]) -> dict[str, list[str]]:
    """``search_terms(text, lang)`` for every language in ``langs``: each distinct variant with the
    languages that give it, in order of first appearance. Never raises."""
    variants: dict[str, list[str]] = {}
    for lang in langs:
        variant = search_terms(text, lang)
        if variant:
            variants.setdefault(variant, []).append(lang)
    return variants


def articles_query(params: ArticleSearch, after: SortValues | None = None) -> Body:
    """The ``_search`` body for ``GET /search``: best matches first (newest first without words to score,
    or with ``sort=date``), the page after the result sorted ``after`` when given, facets when asked.

    Raises syntax.QuerySyntaxError when ``q`` cannot be read."""
    tree = syntax.parse(params.q)
    langs = [params.lang] if params.lang else ALL_LANGUAGES
    filters = _common_filters(params, params.lang, params.source)
    filters += [{"term": {"entities.canonical": entity}} for entity in params.entity]
    return {
        "query": _query(tree, langs, ARTICLE_TEXT, filters),
        "sort": _sort(params, tree, ARTICLES_BY_DATE, relevance_default=True),
        "_source": {"excludes": ["body"]},  # the snippets stand for it in a list of results
        "highlight": _highlight(
            tree,
            langs,
            {
                "title": {"number_of_fragments": 0},
                "body": {"fragment_size": 180, "number_of_fragments": 3, "no_match_size": 180},
            },
        ),
        **_page(params, after),
        **({"aggs": aggregations(ARTICLE_FACETS)} if params.facets else {}),
    }


def deniers_query(params: ArticleSearch) -> Body:
    """The ``_search`` body (no hits, one facet) counting who denies in the denial records that match
    ``q`` and the language, source and date filters of ``GET /search`` (an article holds no deniers).

    Raises syntax.QuerySyntaxError when ``q`` cannot be read."""
    langs = [params.lang] if params.lang else ALL_LANGUAGES
    filters = _common_filters(params, params.lang, params.source)
    return {
        "query": _query(syntax.parse(params.q), langs, DENIAL_TEXT, filters),
        "size": 0,
        "track_total_hits": False,
        "aggs": aggregations(DENIER_FACETS, days=False),
    }


def denials_query(params: DenialSearch, after: SortValues | None = None) -> Body:
    """The ``_search`` body for ``GET /denials``: newest first (or best first with ``sort=relevance``),
    with ``q`` and the filters, the page after ``after`` when given, facets when asked.

    Raises syntax.QuerySyntaxError when ``q`` cannot be read."""
    tree = syntax.parse(params.q)
    langs = [params.lang] if params.lang else ALL_LANGUAGES
    filters = _common_filters(params, params.lang, params.source)
    if params.denier:
        filters.append({"term": {"denier.canonical": params.denier}})
    if params.type:
        filters.append({"term": {"type": params.type}})
    if params.min_confidence > 0:
        filters.append({"range": {"confidence": {"gte": params.min_confidence}}})
    if params.article_id:
        filters.append({"term": {"article_id": params.article_id}})
    return {
        "query": _query(tree, langs, DENIAL_TEXT, filters),
        "sort": _sort(params, tree, DENIALS_BY_DATE, relevance_default=False),
        "highlight": _highlight(tree, langs, {"evidence.text": {"number_of_fragments": 0}}),
        **_page(params, after),
        **({"aggs": aggregations(DENIAL_FACETS)} if params.facets else {}),
    }


def _page(params: Paging, after: SortValues | None) -> Body:
    page: Body = {"size": params.size, "track_total_hits": TOTAL_HITS_CAP}
    if after is not None:
        page["search_after"] = list(after)
    else:
        page["from"] = params.offset
    return page


def _sort(params: Paging, tree: syntax.Node | None, by_date: Sequence[Body], *, relevance_default: bool) -> list[Any]:
    scored = tree is not None and any(not negated for _, negated in syntax.leaves(tree))
    wanted = params.sort or ("relevance" if relevance_default else "date")
    return ["_score", *by_date] if wanted == "relevance" and scored else list(by_date)


def _common_filters(params: Paging, lang: str | None, sources: Sequence[str]) -> list[Body]:
    filters: list[Body] = []
    if lang:
        filters.append({"term": {"language": lang}})
    if sources:
        filters.append({"terms": {"source": list(sources)}})
    published = {
        bound: _iso(moment)
        for bound, moment in (("gte", params.published_from), ("lte", params.published_to))
        if moment is not None
    }
    if published:
        filters.append({"range": {"published": published}})
    return filters


def _query(tree: syntax.Node | None, langs: Sequence[str], fields: Sequence[str], filters: list[Body]) -> Body:
    """The top bool query: the tree's required parts in ``must`` (all documents without any), its
    excluded parts in ``must_not``, and the ``filters``."""
    every = isinstance(tree, syntax.Group) and not tree.any
    parts = tree.children if isinstance(tree, syntax.Group) and every else (() if tree is None else (tree,))
    must = [_compile(part, langs, fields) for part in parts if not isinstance(part, syntax.Not)]
    must_not = [_compile(part.child, langs, fields) for part in parts if isinstance(part, syntax.Not)]
    query: Body = {"must": must or [{"match_all": {}}], "filter": filters}
    if must_not:
        query["must_not"] = must_not
    return {"bool": query}


def _compile(node: syntax.Node, langs: Sequence[str], fields: Sequence[str]) -> Body:
    if isinstance(node, syntax.Match):
        return _prefix(node.text, fields) if node.prefix else _words(node.text, langs, fields)
    if isinstance(node, syntax.Not):
        return {"bool": {"must_not": [_compile(node.child, langs, fields)]}}
    if not node.any:
        return _query(node, langs, fields, [])
    return {"bool": {"should": [_compile(child, langs, fields) for child in node.children], "minimum_should_match": 1}}


def _words(text: str, langs: Sequence[str], fields: Sequence[str]) -> Body:
    """Matches documents holding the words' stems in this order (in their own language) or the exact words."""
    should: list[Body] = [
        {"bool": {"must": [{"match_phrase": {"terms": variant}}], "filter": [_languages(variant_langs)]}}
        for variant, variant_langs in stem_variants(text, langs).items()
    ]
    should.append({"multi_match": {"query": text, "type": "phrase", "fields": list(fields)}})
    return {"bool": {"should": should, "minimum_should_match": 1}}


def _prefix(text: str, fields: Sequence[str]) -> Body:
    """Matches documents with a word (or a stem, in ``terms``) starting with ``text``."""
    value = unicodedata.normalize("NFKC", text).lower()
    names = [field.partition("^")[0] for field in fields] + ["terms"]
    return {"bool": {"should": [{"prefix": {name: {"value": value}}} for name in names], "minimum_should_match": 1}}


def _languages(langs: Sequence[str]) -> Body:
    """Documents in one of ``langs``, where UNSTEMMED (or any language without a stemmer) stands for
    every language without a stemmer."""
    stemmed = [lang for lang in langs if lang in SNOWBALL]
    either: list[Body] = [{"terms": {"language": stemmed}}] if stemmed else []
    if len(stemmed) < len(langs):
        either.append({"bool": {"must_not": [{"terms": {"language": list(STEMMED_LANGUAGES)}}]}})
    return either[0] if len(either) == 1 else {"bool": {"should": either, "minimum_should_match": 1}}


def _highlight(tree: syntax.Node | None, langs: Sequence[str], fields: dict[str, Body]) -> Body:
    """Highlight the exact words and the words starting with (or, for prefixing languages, holding) a
    stem or a prefix: the stems themselves live in ``terms``, which is not stored for display."""
    positive = [leaf for leaf, negated in syntax.leaves(tree) if not negated] if tree is not None else []
    if positive:
        fields = {
            name: {**options, "highlight_query": _highlight_query(positive, langs, name)}
            for name, options in fields.items()
        }
    return {**HIGHLIGHT, "fields": fields}


def _highlight_query(leaves: Sequence[syntax.Match], langs: Sequence[str], field: str) -> Body:
    patterns: dict[str, None] = {}
    phrases: list[str] = []
    for leaf in leaves:
        if leaf.prefix:
            patterns[f"{leaf.text}*"] = None
            continue
        phrases.append(leaf.text)
        for variant, variant_langs in stem_variants(leaf.text, langs).items():
            inside = any(lang in PREFIXING_LANGUAGES for lang in variant_langs)
            for stem in variant.split():
                if len(stem) >= MIN_HIGHLIGHT_STEM:
                    patterns[f"*{stem}*" if inside else f"{stem}*"] = None
    should: list[Body] = [{"match_phrase": {field: text}} for text in phrases]
    should += [{"wildcard": {field: {"value": pattern}}} for pattern in patterns]
    return {"bool": {"should": should}}


def _iso(moment: datetime) -> str:
    return as_utc(moment).isoformat()
