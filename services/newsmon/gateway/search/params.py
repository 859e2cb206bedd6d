"""The parameters of a search, validated (FastAPI reads them from the query string: a bad one is a 422).

Plain pydantic models, free of FastAPI, so that the pure query builder can take them too.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
# Elasticsearch's index.max_result_window: deeper pages are refused by the node, so by us first.
MAX_RESULT_WINDOW = 10_000
LANGUAGE_CODE = r"^([a-z]{2,3}|und)$"


class Paging(BaseModel):
    """A page of results (by number, or after a cursor), how they are sorted, and the dates they were
    published between."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    size: int = Field(default=DEFAULT_PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE, description="Results per page")
    page: int = Field(default=1, ge=1, description="Page number, from 1 (prefer `cursor` for deep paging)")
    cursor: str | None = Field(
        default=None,
        max_length=4096,
        description="`next_cursor` of the previous page: the next page of the same search, unaffected by "
        "articles that arrived since the first page (expires a few minutes after the last page read)",
    )
    sort: Literal["relevance", "date"] | None = Field(
        default=None,
        description="relevance (best first) or date (newest first); default: relevance when q "
        "has words to score, else date",
    )
    facets: bool = Field(default=True, description="Count the results by source, language, entity, denier, day")
    published_from: datetime | None = Field(
        default=None, alias="from", description="Published at or after (ISO 8601; UTC if no offset)"
    )
    published_to: datetime | None = Field(
        default=None, alias="to", description="Published at or before (ISO 8601; UTC if no offset)"
    )

    @model_validator(mode="after")
    def _check(self) -> Self:
        if self.page * self.size > MAX_RESULT_WINDOW:
            raise ValueError(f"page * size must be at most {MAX_RESULT_WINDOW}: use cursor to read further")
        if self.cursor is not None and self.page != 1:
            raise ValueError("give page or cursor, not both")
        if self.published_from and self.published_to and as_utc(self.published_from) > as_utc(self.published_to):
            raise ValueError("'from' is after 'to'")
        return self

    @property
    def offset(self) -> int:
        """Index of the first result of the page."""
        return (self.page - 1) * self.size

    def search_fields(self) -> dict[str, object]:
        """What the search asks, without how it is paged: a cursor continues only the same search."""
        return self.model_dump(mode="json", exclude={"size", "page", "cursor", "facets"})


class ArticleSearch(Paging):
    """``GET /search``: articles matching ``q`` and every filter given."""

    q: str | None = Field(
        default=None,
        max_length=500,
        description='Words (all must match, in any inflection), "quoted phrases", a OR b, NOT a or -a, '
        "prefix*, (grouping); an unreadable query is a 400 saying why",
    )
    lang: str | None = Field(
        default=None, pattern=LANGUAGE_CODE, description="Only articles in this language (ISO 639-1)"
    )
    source: list[str] = Field(default_factory=list, description="Only from these sources (any of them)")
    entity: list[str] = Field(
        default_factory=list, description="Only articles naming these entities (canonical names, all of them)"
    )


class DenialSearch(Paging):
    """``GET /denials``: denial records, newest first, matching ``q`` and every filter given."""

    q: str | None = Field(default=None, max_length=500, description="As in /search, over claim and evidence")
    lang: str | None = Field(default=None, pattern=LANGUAGE_CODE, description="Only in this language")
    source: list[str] = Field(default_factory=list, description="Only from these sources (any of them)")
    denier: str | None = Field(default=None, max_length=200, description="Canonical name of who denies")
    type: Literal["denial", "non_denial"] | None = Field(
        default=None, description="denial, or non_denial (declined to comment, neither confirmed nor denied)"
    )
    min_confidence: float = Field(default=0.0, ge=0, le=1, description="Lowest confidence returned")
    article_id: str | None = Field(
        default=None, pattern=r"^[0-9a-f]{32}$", description="Only the denials found in this article"
    )


def as_utc(moment: datetime) -> datetime:
    """``moment``, assumed UTC when it carries no offset (a date typed in a query string)."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
