"""Pure: search parameters -> Elasticsearch request bodies.

The node has no language analyzers, so each document's ``terms`` field holds the Snowball stems of its
text in its own language (see ``newsmon.indexer.documents``). A query word is stemmed the same way in
the language asked for, or in every language when none is: each stem variant must then be found in the
``terms`` of a document of a language that gives that variant, which is exactly what the indexer wrote
("bantah" finds "membantah" in Indonesian articles, "denied" finds "denies" in English ones). The exact
words are matched too, in ``title``/``body`` (standard analyzer), and rank higher.

Query syntax: words (every one must match), ``"quoted phrases"``, and ``-word`` or ``-"phrase"`` to
exclude. Everything else (stray quotes, punctuation) is ignored.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import regex

from newsmon.gateway.search.params import ArticleSearch, DenialSearch, Paging, as_utc
from newsmon.nlp.normalize import SNOWBALL, STEMMED_LANGUAGES, search_terms

Body = dict[str, Any]

UNSTEMMED = "und"
"""Stands for every language without a stemmer: their documents hold lower-cased words as terms."""
ALL_LANGUAGES: tuple[str, ...] = (*STEMMED_LANGUAGES, UNSTEMMED)
# Indonesian and Malay inflect with prefixes as well as suffixes (meN-, di-, ber-; -kan, -nya), so their
# stems are highlighted inside words; elsewhere a stem only starts a word.
PREFIXING_LANGUAGES = frozenset({"id", "ms"})
MIN_HIGHLIGHT_STEM = 3
MAX_CLAUSES = 16
ARTICLE_TEXT = ("title^2", "body")
DENIAL_TEXT = ("title", "evidence.text", "claim.text", "denier.text")
HIGHLIGHT = {
    "encoder": "html",  # the text is escaped, only our tags are markup
    "pre_tags": ["<mark>"],
    "post_tags": ["</mark>"],
    "max_analyzed_offset": 500_000,  # very long bodies are highlighted in their beginning, not refused
}

_CLAUSE = regex.compile(r'(?P<neg>-)?(?:"(?P<phrase>[^"]*)"?|(?P<word>[^\s"]+))')
_WORD = regex.compile(r"\w")


@dataclass(frozen=True, slots=True)
class Clause:
    """A word or phrase of the query, required unless ``negated`` (then excluded)."""

    text: str
    negated: bool = False


def parse_query(q: str | None) -> list[Clause]:
    """The clauses of ``q`` (at most MAX_CLAUSES, without any that has no word character). Never raises."""
    clauses = []
    for match in _CLAUSE.finditer(q or ""):
        text = (match["phrase"] if match["phrase"] is not None else match["word"]).strip()
        if _WORD.search(text):
            clauses.append(Clause(text, negated=match["neg"] is not None))
    return clauses[:MAX_CLAUSES]


def stem_variants(text: str, langs: Sequence[str]) -> dict[str, list[str]]:
    """``search_terms(text, lang)`` for every language in ``langs``: each distinct variant with the
    languages that give it, in order of first appearance. Never raises."""
    variants: dict[str, list[str]] = {}
    for lang in langs:
        variant = search_terms(text, lang)
        if variant:
            variants.setdefault(variant, []).append(lang)
    return variants


def articles_query(params: ArticleSearch) -> Body:
    """The ``_search`` body for ``GET /search``: best matches first (newest first without ``q``)."""
    clauses = parse_query(params.q)
    langs = [params.lang] if params.lang else ALL_LANGUAGES
    filters = _common_filters(params, params.lang, params.source)
    filters += [{"term": {"entities.canonical": entity}} for entity in params.entity]
    newest = [{"published": {"order": "desc", "missing": "_last"}}, {"fetched_at": {"order": "desc"}}]
    scored = any(not clause.negated for clause in clauses)
    return {
        "query": _bool(clauses, langs, ARTICLE_TEXT, filters),
        "sort": ["_score", *newest] if scored else newest,
        "_source": {"excludes": ["body"]},  # the snippets stand for it in a list of results
        "highlight": _highlight(
            clauses,
            langs,
            {
                "title": {"number_of_fragments": 0},
                "body": {"fragment_size": 180, "number_of_fragments": 3, "no_match_size": 180},
            },
        ),
        **_page(params),
    }


def denials_query(params: DenialSearch) -> Body:
    """The ``_search`` body for ``GET /denials``: newest first, with ``q`` and the filters."""
    clauses = parse_query(params.q)
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
        "query": _bool(clauses, langs, DENIAL_TEXT, filters),
        "sort": [{"published": {"order": "desc", "missing": "_last"}}, {"detected_at": {"order": "desc"}}],
        "highlight": _highlight(clauses, langs, {"evidence.text": {"number_of_fragments": 0}}),
        **_page(params),
    }


def _page(params: Paging) -> Body:
    return {"from": params.offset, "size": params.size, "track_total_hits": True}


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


def _bool(clauses: Sequence[Clause], langs: Sequence[str], fields: Sequence[str], filters: list[Body]) -> Body:
    must = [_clause(c, langs, fields) for c in clauses if not c.negated]
    must_not = [_clause(c, langs, fields) for c in clauses if c.negated]
    query: Body = {"must": must or [{"match_all": {}}], "filter": filters}
    if must_not:
        query["must_not"] = must_not
    return {"bool": query}


def _clause(clause: Clause, langs: Sequence[str], fields: Sequence[str]) -> Body:
    """Matches documents holding the clause's stems (in their own language) or its exact words."""
    should: list[Body] = [
        {"bool": {"must": [{"match_phrase": {"terms": variant}}], "filter": [_languages(variant_langs)]}}
        for variant, variant_langs in stem_variants(clause.text, langs).items()
    ]
    should.append({"multi_match": {"query": clause.text, "type": "phrase", "fields": list(fields)}})
    return {"bool": {"should": should, "minimum_should_match": 1}}


def _languages(langs: Sequence[str]) -> Body:
    """Documents in one of ``langs``, where UNSTEMMED (or any language without a stemmer) stands for
    every language without a stemmer."""
    stemmed = [lang for lang in langs if lang in SNOWBALL]
    either: list[Body] = [{"terms": {"language": stemmed}}] if stemmed else []
    if len(stemmed) < len(langs):
        either.append({"bool": {"must_not": [{"terms": {"language": list(STEMMED_LANGUAGES)}}]}})
    return either[0] if len(either) == 1 else {"bool": {"should": either, "minimum_should_match": 1}}


def _highlight(clauses: Sequence[Clause], langs: Sequence[str], fields: dict[str, Body]) -> Body:
    """Highlight the exact words and the words starting with (or, for prefixing languages, holding) a
    stem: the stems themselves live in ``terms``, which is not stored for display."""
    positive = [clause for clause in clauses if not clause.negated]
    if positive:
        fields = {
            name: {**options, "highlight_query": _highlight_query(positive, langs, name)}
            for name, options in fields.items()
        }
    return {**HIGHLIGHT, "fields": fields}


def _highlight_query(clauses: Sequence[Clause], langs: Sequence[str], field: str) -> Body:
    patterns: dict[str, None] = {}
    for clause in clauses:
        for variant, variant_langs in stem_variants(clause.text, langs).items():
            inside = any(lang in PREFIXING_LANGUAGES for lang in variant_langs)
            for stem in variant.split():
                if len(stem) >= MIN_HIGHLIGHT_STEM:
                    patterns[f"*{stem}*" if inside else f"{stem}*"] = None
    should: list[Body] = [{"match_phrase": {field: clause.text}} for clause in clauses]
    should += [{"wildcard": {field: {"value": pattern}}} for pattern in patterns]
    return {"bool": {"should": should}}


def _iso(moment: datetime) -> str:
    return as_utc(moment).isoformat()
