"""Plain data returned by the extraction core. Offsets are character offsets into the analysed text."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

EntityLabel = Literal["PERSON", "ORG", "LOC"]
DenialType = Literal["denial", "non_denial"]


@dataclass(frozen=True, slots=True)
class Span:
    """A slice of the analysed text: ``text == source[start:end]``."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Entity:
    """A named mention; ``canonical`` is shared by every mention of the same thing, across languages."""

    text: str
    label: EntityLabel
    start: int
    end: int
    canonical: str


@dataclass(frozen=True, slots=True)
class Denier:
    """Who denies: the mention, its canonical name and role ("White House spokesperson"), if stated."""

    text: str
    start: int
    end: int
    canonical: str
    role: str | None = None


@dataclass(frozen=True, slots=True)
class Denial:
    """A typed denial record: ``type`` is "denial" or "non_denial" (declined to comment, neither confirm nor deny)."""

    type: DenialType
    denier: Denier | None
    trigger: Span
    claim: Span | None
    claim_source: str | None
    evidence: Span
    confidence: float


@dataclass(frozen=True, slots=True)
class Language:
    """A detected (or given) ISO 639-1 code with the detector's confidence (1.0 when given)."""

    code: str
    confidence: float


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the core extracts from one text."""

    language: Language
    sentences: list[Span] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    denials: list[Denial] = field(default_factory=list)
