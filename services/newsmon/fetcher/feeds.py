"""Feeds as data: the feed list a fetcher polls, and the entries of one fetched RSS/Atom document (pure)."""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from time import struct_time
from urllib.parse import urljoin, urlsplit

import feedparser
from pydantic import ValidationError

from newsmon.core.errors import FetchError, PoisonMessage
from newsmon.core.messages import Feed
from newsmon.core.schemas import check
from newsmon.core.topics import FEEDS

# A feed has no use for a DTD of its own: its entity declarations are what a "billion laughs" feed expands
# (expat gives up at its amplification limit, but only after seconds of work), so the internal subset of
# the prolog is dropped before parsing.
_PROLOG_BYTES = 64 * 1024
_DOCTYPE_SUBSET = re.compile(rb"<!DOCTYPE[^\[>]*\[.*?\]\s*>", re.DOTALL | re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One item of a feed: the article's URL and what the feed says about it."""

    url: str
    title: str
    published: datetime | None


@dataclass(frozen=True, slots=True)
class FeedDocument:
    """A parsed feed: its declared language (primary subtag, lower case) and its entries, in feed order."""

    language: str | None
    entries: tuple[FeedEntry, ...]


def load_feed_list(path: Path) -> list[Feed]:
    """Read the JSON list of feeds at ``path``, each checked against ``schemas/topics/feed.json``.

    Raises ValueError naming the file and the offending item when the list is not valid."""
    try:
        items = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ValueError(f"{path}: cannot read the feed list: {exc}") from exc
    if not isinstance(items, list):
        raise ValueError(f"{path}: a feed list is a JSON array of feeds")
    feeds = []
    for index, item in enumerate(items):
        try:
            check(FEEDS.schema, item)
            feeds.append(Feed.model_validate(item))
        except (PoisonMessage, ValidationError) as exc:
            raise ValueError(f"{path}: feed #{index}: {exc}") from exc
    return feeds


def merge_feeds(listed: Sequence[Feed], added: Mapping[str, Feed]) -> dict[str, Feed]:
    """The feeds to poll, by url: those of the feed list, each replaced by the feed of the same url in
    ``added`` (the ``feeds`` topic, url -> feed), then the other feeds of ``added`` by url. Never raises."""
    merged = {feed.url: added.get(feed.url, feed) for feed in listed}
    merged |= {url: added[url] for url in sorted(added) if url not in merged}
    return merged


def language_tag(tag: str | None) -> str | None:
    """The primary subtag of a language tag, lower case (``"en-GB"`` -> ``"en"``); None when there is none."""
    if not tag:
        return None
    primary = tag.strip().replace("_", "-").split("-", 1)[0].lower()
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else None


def parse_feed(raw: bytes, feed_url: str, content_type: str | None = None) -> FeedDocument:
    """Parse RSS or Atom bytes fetched from ``feed_url``; entry links are made absolute against it.

    Entries without an http(s) link are left out. Raises FetchError when ``raw`` is not a feed at all or is
    too malformed for any entry to be recovered (feedparser recovers what it can from slightly broken XML)."""
    headers = {"content-type": content_type} if content_type else {}
    parsed = feedparser.parse(
        _DOCTYPE_SUBSET.sub(b"", raw[:_PROLOG_BYTES], count=1) + raw[_PROLOG_BYTES:], response_headers=headers
    )
    if not parsed.entries:
        if not parsed.get("version"):
            raise FetchError(f"not an RSS or Atom feed: {feed_url}")
        if parsed.get("bozo"):
            raise FetchError(f"malformed feed {feed_url}: {parsed.get('bozo_exception')}")
    entries = []
    for item in parsed.entries:
        link = item.get("link")
        if not link:
            continue
        url = urljoin(feed_url, link.strip())
        if urlsplit(url).scheme not in ("http", "https"):
            continue
        published = item.get("published_parsed") or item.get("updated_parsed")
        entries.append(FeedEntry(url=url, title=(item.get("title") or "").strip(), published=_utc(published)))
    return FeedDocument(language=language_tag(parsed.feed.get("language")), entries=tuple(entries))


def _utc(value: struct_time | None) -> datetime | None:
    # feedparser normalises every date it understands to a UTC struct_time.
    if value is None:
        return None
    return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
