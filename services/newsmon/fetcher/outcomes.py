"""What the fetcher's work comes to: a tally per round or replay, and the outcome of one page."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime

from newsmon.core.messages import RawArticle
from newsmon.fetcher.http import Fetched


@dataclass(slots=True)
class Tally:
    """What one round (or one replay) did, item by item."""

    ok: int = 0
    duplicate: int = 0
    dead_letter: int = 0
    retry: int = 0
    not_modified: int = 0
    skipped: int = 0

    def __str__(self) -> str:
        return " ".join(f"{field.name}={getattr(self, field.name)}" for field in fields(self))

    def add(self, other: Tally) -> None:
        """Add ``other``'s counts to these."""
        for each in fields(self):
            setattr(self, each.name, getattr(self, each.name) + getattr(other, each.name))


@dataclass(frozen=True, slots=True)
class PageContext:
    """What the feed (if any) says about a page."""

    source: str | None = None
    feed_url: str | None = None
    published: datetime | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Extracted:
    """A page turned into an article (and the response, whose validators are kept)."""

    article: RawArticle
    fetched: Fetched | None


@dataclass(frozen=True, slots=True)
class Rejected:
    """A page that can never become an article: dead-lettered with the reason."""

    reason: str
    excerpt: str


@dataclass(frozen=True, slots=True)
class Failed:
    """A fetch that failed for now: tried again in a later round, dead-lettered after too many tries."""

    reason: str


@dataclass(frozen=True, slots=True)
class Unchanged:
    """A page the server says has not changed since it was last fetched."""


PageOutcome = Extracted | Rejected | Failed | Unchanged
