"""Response models of the HTTP API (what ``/docs`` shows), built from Elasticsearch hits.

Articles and denials are the topic messages of :mod:`newsmon.core.messages` as indexed, so their shapes
(spans, entities, deniers) are defined there once; only what the API adds or summarises is defined here.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field

from newsmon.core.messages import ArticleBase, DenialRecord, EntityModel
from newsmon.gateway.search.params import Paging
from newsmon.nlp.types import EntityLabel

Hit = dict[str, Any]


class Model(BaseModel):
    """Base of the response models: reads documents, ignoring fields the API does not show."""

    model_config = ConfigDict(extra="ignore", frozen=True)


class EntityRef(Model):
    """An entity named in an article, once per canonical name."""

    canonical: str
    label: EntityLabel


class ArticleSummary(Model):
    """An article in a list of search results, with highlighted snippets instead of its body."""

    id: str
    url: str
    source: str
    title: str
    language: str
    published: datetime | None
    denial_count: int
    entities: list[EntityRef] = Field(description="Distinct entities named, in order of first mention")
    score: float | None = Field(description="Relevance (null when sorted by date only)")
    title_highlight: str | None = Field(description="HTML-escaped title with <mark>ed matches")
    snippets: list[str] = Field(description="HTML-escaped passages of the body with <mark>ed matches")

    @classmethod
    def from_hit(cls, hit: Hit) -> Self:
        """The summary of one ``_search`` hit of the articles index."""
        source = hit["_source"]
        highlight = hit.get("highlight", {})
        entities = {(e["canonical"], e["label"]): None for e in source.get("entities", [])}
        return cls.model_validate(
            {
                **source,
                "entities": [{"canonical": c, "label": label} for c, label in entities],
                "score": hit.get("_score"),
                "title_highlight": next(iter(highlight.get("title", [])), None),
                "snippets": highlight.get("body", []),
            }
        )


class Article(ArticleBase):
    """An article as indexed: the fields of its ``articles.enriched`` message, with the language flattened."""

    # The document also holds what the API does not show (its search terms).
    model_config = ConfigDict(extra="ignore")

    language: str
    language_confidence: float = Field(ge=0, le=1)
    entities: list[EntityModel]
    denial_count: int = Field(ge=0)
    processed_at: datetime


class Denial(DenialRecord):
    """A typed denial record: the ``denials`` message as indexed, with its highlighted evidence."""

    # The document also holds what the API does not show (its search terms).
    model_config = ConfigDict(extra="ignore")

    evidence_highlight: str | None = Field(description="HTML-escaped evidence with <mark>ed matches")

    @classmethod
    def from_hit(cls, hit: Hit) -> Self:
        """The denial of one ``_search`` hit of the denials index."""
        highlight = hit.get("highlight", {})
        return cls.model_validate(
            {**hit["_source"], "evidence_highlight": next(iter(highlight.get("evidence.text", [])), None)}
        )


class Results(Model):
    """One page of results."""

    total: int = Field(description="How many results match in all")
    page: int
    size: int

    @classmethod
    def page_of(cls, response: dict[str, Any], paging: Paging, **items: list[Any]) -> Self:
        """The page of a ``_search`` response: its paging fields and ``items`` (the results made of its hits)."""
        return cls.model_validate({"total": _total(response["hits"]), "page": paging.page, "size": paging.size} | items)


class ArticleResults(Results):
    """A page of ``GET /search``."""

    articles: list[ArticleSummary]

    @classmethod
    def from_response(cls, response: dict[str, Any], paging: Paging) -> Self:
        """The page of a ``_search`` response of the articles index."""
        return cls.page_of(response, paging, articles=[ArticleSummary.from_hit(hit) for hit in _hits(response)])


class DenialResults(Results):
    """A page of ``GET /denials``."""

    denials: list[Denial]

    @classmethod
    def from_response(cls, response: dict[str, Any], paging: Paging) -> Self:
        """The page of a ``_search`` response of the denials index."""
        return cls.page_of(response, paging, denials=[Denial.from_hit(hit) for hit in _hits(response)])


class Health(Model):
    """The process is alive."""

    status: Literal["ok"] = "ok"


class Ready(Model):
    """Elasticsearch answers and the indices exist."""

    status: Literal["ready"] = "ready"


class FieldError(Model):
    """One invalid field of a request: where it is and why it is invalid."""

    loc: list[str]
    msg: str


class Problem(Model):
    """Why a request failed: an RFC 9457 problem (``application/problem+json``), the shape of every error."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str
    errors: list[FieldError] | None = Field(default=None, description="The invalid fields of a 422")


def _total(hits: dict[str, Any]) -> int:
    total = hits.get("total", 0)
    return int(total["value"] if isinstance(total, dict) else total)


def _hits(response: dict[str, Any]) -> list[Hit]:
    hits: list[Hit] = response["hits"]["hits"]
    return hits
