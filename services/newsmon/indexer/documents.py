"""Pure: topic messages -> Elasticsearch documents (``schemas/elasticsearch/*.json`` maps every field).

Each document's ``_id`` is the message id, so re-indexing a message overwrites its document. The ``terms``
field holds the language-aware search terms (Snowball stems) that the node itself cannot compute: it has
no language analyzers, so the gateway stems queries the same way and matches them on white space.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from newsmon.core.messages import Alert, DenialRecord, EnrichedArticle, SpanModel
from newsmon.nlp.normalize import search_terms


@dataclass(frozen=True, slots=True)
class Document:
    """An Elasticsearch document and its ``_id``."""

    id: str
    source: dict[str, Any]


def article_document(article: EnrichedArticle) -> Document:
    """The articles-index document of ``article`` (``_id`` = article id). Never raises."""
    lang = article.language.code
    return Document(
        article.id,
        {
            "schema_version": article.schema_version,
            "id": article.id,
            "url": article.url,
            "canonical_url": article.canonical_url,
            "source": article.source,
            "feed_url": article.feed_url,
            "title": article.title,
            "body": article.body,
            "terms": search_terms(f"{article.title}\n{article.body}", lang),
            "language": lang,
            "language_confidence": article.language.confidence,
            "entities": [entity.model_dump(mode="json") for entity in article.entities],
            "denial_count": article.denial_count,
            "published": _iso(article.published),
            "fetched_at": article.fetched_at.isoformat(),
            "processed_at": article.processed_at.isoformat(),
        },
    )


def denial_document(denial: DenialRecord) -> Document:
    """The denials-index document of ``denial`` (``_id`` = denial id). Never raises."""
    searchable = [denial.title, denial.evidence.text]
    # The claim is usually inside the evidence; it is added anyway for claims reported across sentences.
    if denial.claim is not None and denial.claim.text not in denial.evidence.text:
        searchable.append(denial.claim.text)
    return Document(
        denial.id,
        {
            "schema_version": denial.schema_version,
            "id": denial.id,
            "article_id": denial.article_id,
            "url": denial.url,
            "source": denial.source,
            "title": denial.title,
            "terms": search_terms("\n".join(searchable), denial.language),
            "published": _iso(denial.published),
            "language": denial.language,
            "type": denial.type,
            "denier": denial.denier.model_dump(mode="json") if denial.denier else None,
            "trigger": _span(denial.trigger),
            "claim": _span(denial.claim),
            "claim_source": denial.claim_source,
            "evidence": _span(denial.evidence),
            "confidence": denial.confidence,
            "detected_at": denial.detected_at.isoformat(),
        },
    )


def alert_document(alert: Alert) -> Document:
    """The alerts-index document of ``alert`` (``_id`` = alert id: a later version overwrites it), with the
    fields ``GET /alerts`` filters on and the whole message. Never raises."""
    denier = alert.denial.denier
    return Document(
        alert.id,
        {
            "id": alert.id,
            "rule_id": alert.rule_id,
            "story_id": alert.story_id,
            "version": alert.version,
            "denier": denier.canonical if denier else None,
            "language": sorted({report.language for report in alert.reports}),
            "sources": sorted({report.source for report in alert.reports}),
            "created_at": alert.created_at.isoformat(),
            "updated_at": alert.updated_at.isoformat(),
            "alert": alert.model_dump(mode="json"),
        },
    )


def article_time(article: EnrichedArticle) -> datetime:
    """The moment that picks the article's bucket: when it was fetched (never in the future, unlike some
    feeds' dates, and near now, so that a backfill of old news writes to few buckets). Never raises."""
    return article.fetched_at


def denial_time(denial: DenialRecord) -> datetime:
    """The moment that picks the denial's bucket: when it was detected. Never raises."""
    return denial.detected_at


def alert_time(alert: Alert) -> datetime:
    """The moment that picks the alert's bucket: when its first version was made (every later version
    keeps it, so all versions overwrite one document). Never raises."""
    return alert.created_at


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def _span(span: SpanModel | None) -> dict[str, Any] | None:
    return span.model_dump(mode="json") if span is not None else None
