"""The fields every article message shares (as the fetcher found them), for the samples of each test area."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from newsmon.core.ids import article_id, canonicalize_url

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
ENGLISH_TITLE = "Harbour authority denies plan to close the port"


def article_fields(url: str, body: str) -> dict[str, Any]:
    """The fetched fields of an English article at ``url`` with ``body``, published and fetched at :data:`NOW`."""
    canonical = canonicalize_url(url)
    return {
        "id": article_id(canonical),
        "url": url,
        "canonical_url": canonical,
        "source": "news.example.org",
        "feed_url": "https://news.example.org/feed.xml",
        "title": ENGLISH_TITLE,
        "body": body,
        "published": NOW,
        "fetched_at": NOW,
    }
