"""Synthetic indexed articles and denial records for the search benchmark, built from the benchmark's
corpus (``corpus.build_article``) the way the indexer builds documents from topic messages.

Running the extraction core over 100,000 articles would take hours on a laptop, so the entities are the
template names the article mentions and each article gets one denial record by its first person: the
index then holds what a real one holds (stemmed ``terms``, entities, sources, days, deniers) at the cost
of string searches.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from newsmon.core.ids import article_id, digest
from newsmon.core.indices import ARTICLES, DENIALS
from newsmon.core.messages import DenialRecord, EnrichedArticle
from newsmon.indexer.documents import article_document, denial_document
from tools.benchmark.corpus import DEFAULT_MIX, Article, build_article
from tools.benchmark.templates import TEMPLATES

SOURCES_PER_LANGUAGE = 12
DAYS = 120
NOW = datetime(2026, 11, 28, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Action:
    """One bulk action: the index kind, the document id and its source."""

    index: str
    id: str
    source: dict[str, Any]


def bulk_actions(count: int, *, seed: int = 0, target_bytes: int = 3000) -> Iterator[tuple[Action, ...]]:
    """The documents of ``count`` synthetic articles (languages in the proportions of DEFAULT_MIX), each
    with its denial record if it has one, deterministic for a ``seed``. Never raises."""
    rng = random.Random(seed)
    langs = [lang for lang, weight in DEFAULT_MIX.items() for _ in range(weight)]
    for number in range(count):
        lang = rng.choice(langs)
        article = build_article(lang, rng, target_bytes=target_bytes)
        enriched = _enriched(number, article, rng)
        documents = [(ARTICLES.kind, article_document(enriched))]
        denial = _denial(enriched)
        if denial is not None:
            documents.append((DENIALS.kind, denial_document(denial)))
        yield tuple(Action(kind, document.id, document.source) for kind, document in documents)


def _enriched(number: int, article: Article, rng: random.Random) -> EnrichedArticle:
    url = f"https://news-{rng.randrange(SOURCES_PER_LANGUAGE)}.{article.lang}.example/{number}"
    published = NOW - timedelta(seconds=rng.randrange(DAYS * 86400))
    return EnrichedArticle.model_validate(
        {
            "id": article_id(url),
            "url": url,
            "canonical_url": url,
            "source": url.split("/")[2],
            "title": article.title,
            "body": article.text,
            "published": published,
            "fetched_at": published + timedelta(minutes=5),
            "language": {"code": article.lang, "confidence": 0.99},
            "entities": _entities(article),
            "denial_count": 1,
            "processed_at": published + timedelta(minutes=6),
        }
    )


def _entities(article: Article) -> list[dict[str, Any]]:
    templates = TEMPLATES[article.lang]
    names = [(name, "PERSON") for name, _ in templates.people] + [(org, "ORG") for org in templates.orgs]
    names += [(place, "LOC") for place in templates.places]
    found = []
    for name, label in names:
        start = article.text.find(name)
        if start >= 0:
            found.append({"text": name, "label": label, "start": start, "end": start + len(name), "canonical": name})
    return found


def _denial(article: EnrichedArticle) -> DenialRecord | None:
    people = [entity for entity in article.entities if entity.label == "PERSON"]
    if not people:
        return None
    denier = people[0]
    end = article.body.find(".", denier.end) + 1 or len(article.body)
    evidence = {"text": article.body[denier.start : end], "start": denier.start, "end": end}
    span = {"text": denier.text, "start": denier.start, "end": denier.end}
    shared = {name: getattr(article, name) for name in ("url", "source", "title", "published")}
    return DenialRecord.model_validate(
        shared
        | {
            "id": digest(article.id, "denial"),
            "article_id": article.id,
            "language": article.language.code,
            "type": "denial",
            "denier": span | {"canonical": denier.canonical, "role": None},
            "trigger": span,
            "claim": None,
            "claim_source": None,
            "evidence": evidence,
            "confidence": 0.8,
            "detected_at": article.processed_at,
        }
    )
