"""Response models of the HTTP API (what ``/docs`` shows), built from Elasticsearch hits."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field

from newsmon.gateway.search.params import Paging

Hit = dict[str, Any]


class Model(BaseModel):
    """Base of the response models: reads documents, ignoring fields the API does not show."""

    model_config = ConfigDict(extra="ignore", frozen=True)


class EntityRef(Model):
    """An entity named in an article, once per canonical name."""

    canonical: str
    label: Literal["PERSON", "ORG", "LOC"]


class EntityMention(EntityRef):
    """One mention of an entity: the text and its character offsets in the analysed article text."""

    text: str
    start: int
    end: int


class Span(Model):
    """A slice of an article's text, with character offsets."""

    text: str
    start: int
    end: int


class Denier(Span):
    """Who denies: the mention, its canonical name and role, if stated."""

    canonical: str
    role: str | None


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


class Article(Model):
    """An article as indexed."""

    id: str
    url: str
    canonical_url: str
    source: str
    feed_url: str | None
    title: str
    body: str
    language: str
    language_confidence: float
    published: datetime | None
    fetched_at: datetime
    processed_at: datetime
    denial_count: int
    entities: list[EntityMention]


class Denial(Model):
    """A typed denial record."""

    id: str
    article_id: str
    url: str
    source: str
    title: str
    published: datetime | None
    language: str
    type: Literal["denial", "non_denial"]
    denier: Denier | None
    trigger: Span
    claim: Span | None
    claim_source: str | None
    evidence: Span
    confidence: float
    detected_at: datetime
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

    @staticmethod
    def page_of(response: dict[str, Any], paging: Paging) -> dict[str, Any]:
        """The paging fields of a ``_search`` response."""
        return {"total": _total(response["hits"]), "page": paging.page, "size": paging.size}


class ArticleResults(Results):
    """A page of ``GET /search``."""

    articles: list[ArticleSummary]

    @classmethod
    def from_response(cls, response: dict[str, Any], paging: Paging) -> Self:
        """The page of a ``_search`` response of the articles index."""
        articles = [ArticleSummary.from_hit(hit) for hit in response["hits"]["hits"]]
        return cls(**cls.page_of(response, paging), articles=articles)


class DenialResults(Results):
    """A page of ``GET /denials``."""

    denials: list[Denial]

    @classmethod
    def from_response(cls, response: dict[str, Any], paging: Paging) -> Self:
        """The page of a ``_search`` response of the denials index."""
        denials = [Denial.from_hit(hit) for hit in response["hits"]["hits"]]
        return cls(**cls.page_of(response, paging), denials=denials)


class Health(Model):
    """The process is alive."""

    status: Literal["ok"] = "ok"


class Ready(Model):
    """Elasticsearch answers and the indices exist."""

    status: Literal["ready"] = "ready"


class Problem(Model):
    """Why a request failed (the shape of every non-422 error)."""

    detail: str


def _total(hits: dict[str, Any]) -> int:
    total = hits.get("total", 0)
    return int(total["value"] if isinstance(total, dict) else total)
