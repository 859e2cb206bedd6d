"""Typed models of every topic message, kept equal to ``schemas/topics/*.json`` by a contract test.

:func:`encode` validates before a message is produced and :func:`decode` when it is consumed, so a message
that breaks its schema is rejected at either end with a reason (and dead-lettered by the caller).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal, TypeVar

import orjson
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from newsmon.core.errors import PoisonMessage
from newsmon.core.schemas import check
from newsmon.core.topics import Topic
from newsmon.nlp.types import DenialType, EntityLabel

SCHEMA_VERSION: Literal[1] = 1

Service = Literal["fetcher", "processor", "indexer", "gateway"]
"""The services that write dead letters (the ``service`` of :class:`DeadLetter`)."""


def utcnow() -> datetime:
    """The current time, timezone-aware UTC (every timestamp newsmon writes is)."""
    return datetime.now(UTC)


class Message(BaseModel):
    """Base of every topic message: strict, immutable, versioned."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    schema_version: Literal[1] = SCHEMA_VERSION


class Part(BaseModel):
    """Base of the parts of a message: strict and immutable. A part is read from the extraction core's
    dataclass of the same name in :mod:`newsmon.nlp.types` (``from_attributes``), never copied field by field."""

    model_config = ConfigDict(extra="forbid", frozen=True, from_attributes=True)


class SpanModel(Part):
    """A slice of an article's body (:class:`newsmon.nlp.types.Span`): its text and character offsets."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class LanguageModel(Part):
    """An article's language (:class:`newsmon.nlp.types.Language`): ISO 639 code and confidence."""

    code: str
    confidence: float = Field(ge=0, le=1)


class EntityModel(SpanModel):
    """A named mention (:class:`newsmon.nlp.types.Entity`) with the name shared by all its mentions."""

    label: EntityLabel
    canonical: str


class DenierModel(SpanModel):
    """Who denies (:class:`newsmon.nlp.types.Denier`): the mention, canonical name and role, if stated."""

    canonical: str
    role: str | None


class ArticleBase(Message):
    """The fields every article message carries, as the fetcher found them."""

    id: str
    url: str
    canonical_url: str
    source: str
    feed_url: str | None = None
    title: str
    body: str
    published: datetime | None
    fetched_at: datetime


class RawArticle(ArticleBase):
    """An article as fetched (topic ``articles.raw``)."""

    language_hint: str | None


class EnrichedArticle(ArticleBase):
    """A raw article plus language and entities (topic ``articles.enriched``)."""

    language: LanguageModel
    entities: list[EntityModel]
    denial_count: int = Field(ge=0)
    processed_at: datetime


class DenialRecord(Message):
    """One typed denial found in an article (topic ``denials``)."""

    id: str
    article_id: str
    url: str
    source: str
    title: str
    published: datetime | None
    language: str
    type: DenialType
    denier: DenierModel | None
    trigger: SpanModel
    claim: SpanModel | None
    claim_source: str | None
    evidence: SpanModel
    confidence: float = Field(ge=0, le=1)
    detected_at: datetime


class AlertRule(Message):
    """What a user wants to be alerted about (compacted topic ``rules``)."""

    id: str
    name: str
    enabled: bool = True
    denier: str | None = None
    claim_terms: list[str] = Field(default_factory=list)
    languages: list[str] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)
    types: list[DenialType] = Field(default_factory=list)
    min_confidence: float = Field(default=0.0, ge=0, le=1)
    webhook_url: str | None = None
    webhook_secret: str | None = None
    created_at: datetime = Field(default_factory=utcnow)


class Report(Part):
    """One outlet's report of a story: the denial found in its article."""

    denial_id: str
    article_id: str
    source: str
    url: str
    title: str
    language: str
    detected_at: datetime

    @classmethod
    def of(cls, denial: DenialRecord) -> Report:
        """The report that ``denial`` stands for. Never raises."""
        return cls(
            denial_id=denial.id,
            article_id=denial.article_id,
            source=denial.source,
            url=denial.url,
            title=denial.title,
            language=denial.language,
            detected_at=denial.detected_at,
        )


class Alert(Message):
    """A story (one denial, as one or more outlets reported it) that matched an alert rule (topic ``alerts``).

    An alert grows: each report that joins its story sends it again, same ``id``, ``version`` one higher."""

    id: str
    rule_id: str
    rule_name: str
    story_id: str
    version: int = Field(default=1, ge=1)
    denial: DenialRecord
    reports: list[Report] = Field(min_length=1)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class Feed(Message):
    """A news source to poll (compacted topic ``feeds``, and the fetcher's feed list)."""

    url: str
    name: str
    language: str | None = None
    interval_seconds: int = Field(default=300, ge=30)
    enabled: bool = True


class FeedStatus(Message):
    """The health of a feed as the fetcher last saw it (compacted topic ``feeds.status``, keyed by url)."""

    url: str
    name: str
    origin: Literal["file", "topic"]
    last_polled: datetime | None = None
    last_success: datetime | None = None
    last_error: str | None = None
    last_error_at: datetime | None = None
    failures_in_a_row: int = Field(default=0, ge=0)
    articles_seen: int = Field(default=0, ge=0)


class DeadLetter(Message):
    """A message or input that could not be processed, kept whole with the reason."""

    service: Service
    topic: str | None
    partition: int | None = None
    offset: int | None = None
    key: str | None = None
    payload: str
    reason: str
    attempts: int = Field(default=1, ge=1)
    failed_at: datetime = Field(default_factory=utcnow)


M = TypeVar("M", bound=Message)


def encode(message: Message, topic: Topic) -> bytes:
    """Serialise ``message`` as JSON for ``topic``; raises PoisonMessage if it breaks the topic's schema."""
    document = message.model_dump(mode="json", exclude_none=False)
    check(topic.schema, document)
    return orjson.dumps(document)


def decode(raw: bytes | None, topic: Topic, model: type[M]) -> M:
    """Parse and validate a message consumed from ``topic``; raises PoisonMessage with the reason."""
    if raw is None:
        raise PoisonMessage(f"{topic.name}: empty message (tombstone) where a value was expected")
    try:
        document = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise PoisonMessage(f"{topic.name}: not JSON: {exc}") from exc
    if isinstance(document, dict) and document.get("schema_version", SCHEMA_VERSION) != SCHEMA_VERSION:
        raise PoisonMessage(f"{topic.name}: unsupported schema_version {document['schema_version']!r}")
    check(topic.schema, document)
    try:
        return model.model_validate(document)
    except ValidationError as exc:
        raise PoisonMessage(f"{topic.name}: {exc.errors()[0]['msg']}") from exc
