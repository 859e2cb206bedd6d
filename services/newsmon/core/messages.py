"""Typed models of every topic message, kept equal to ``schemas/topics/*.json`` by a contract test.

:func:`encode` validates before a message is produced and :func:`decode` when it is consumed, so a message
that breaks its schema is rejected at either end with a reason (and dead-lettered by the caller).
"""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal, TypeVar

import orjson
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from newsmon.core.errors import PoisonMessage
from newsmon.core.schemas import check
from newsmon.core.topics import Topic

SCHEMA_VERSION: Literal[1] = 1


def utcnow() -> datetime:
    """The current time, timezone-aware UTC (every timestamp newsmon writes is)."""
    return datetime.now(UTC)


class Message(BaseModel):
    """Base of every topic message: strict, immutable, versioned."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    schema_version: Literal[1] = SCHEMA_VERSION


class SpanModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class LanguageModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str
    confidence: float = Field(ge=0, le=1)


class EntityModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str
    label: Literal["PERSON", "ORG", "LOC"]
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    canonical: str


class DenierModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    canonical: str
    role: str | None


class _Article(Message):
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


class RawArticle(_Article):
    """An article as fetched (topic ``articles.raw``)."""

    language_hint: str | None


class EnrichedArticle(_Article):
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
    type: Literal["denial", "non_denial"]
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
    types: list[Literal["denial", "non_denial"]] = Field(default_factory=list)
    min_confidence: float = Field(default=0.0, ge=0, le=1)
    webhook_url: str | None = None
    created_at: datetime = Field(default_factory=utcnow)


class Alert(Message):
    """A denial that matched an alert rule (topic ``alerts``)."""

    id: str
    rule_id: str
    rule_name: str
    denial: DenialRecord
    created_at: datetime = Field(default_factory=utcnow)


class Feed(Message):
    """A news source to poll (compacted topic ``feeds``, and the fetcher's feed list)."""

    url: str
    name: str
    language: str | None = None
    interval_seconds: int = Field(default=300, ge=30)
    enabled: bool = True


class DeadLetter(Message):
    """A message or input that could not be processed, kept whole with the reason."""

    service: Literal["fetcher", "processor", "indexer", "gateway"]
    topic: str | None
    partition: int | None = None
    offset: int | None = None
    key: str | None = None
    payload: str
    reason: str
    attempts: int = Field(default=1, ge=1)
    failed_at: datetime = Field(default_factory=utcnow)


M = TypeVar("M", bound=Message)


def encode(message: Message, topic: Topic, schemas_dir: Path) -> bytes:
    """Serialise ``message`` as JSON for ``topic``; raises PoisonMessage if it breaks the topic's schema."""
    document = message.model_dump(mode="json", exclude_none=False)
    check(schemas_dir, topic.schema, document)
    return orjson.dumps(document)


def decode(raw: bytes | None, topic: Topic, model: type[M], schemas_dir: Path) -> M:
    """Parse and validate a message consumed from ``topic``; raises PoisonMessage with the reason."""
    if raw is None:
        raise PoisonMessage(f"{topic.name}: empty message (tombstone) where a value was expected")
    try:
        document = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise PoisonMessage(f"{topic.name}: not JSON: {exc}") from exc
    if isinstance(document, dict) and document.get("schema_version", SCHEMA_VERSION) != SCHEMA_VERSION:
        raise PoisonMessage(f"{topic.name}: unsupported schema_version {document['schema_version']!r}")
    check(schemas_dir, topic.schema, document)
    try:
        return model.model_validate(document)
    except ValidationError as exc:
        raise PoisonMessage(f"{topic.name}: {exc.errors()[0]['msg']}") from exc


def payload_text(raw: bytes | None) -> str:
    """Keep any payload for the dead-letter topic: UTF-8 text as is, other bytes as ``base64:``."""
    if raw is None:
        return ""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return "base64:" + base64.b64encode(raw).decode("ascii")
