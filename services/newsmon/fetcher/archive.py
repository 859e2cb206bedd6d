"""A local archive of pages to replay (backfill, offline demo): a folder of ``.html``/``.html.gz`` pages,
one such page, or a JSONL file of ``{"url", "html"}`` or ``{"url", "title", "body", "published",
"language"}`` lines.

A page's URL is the one in its sidecar ``<name>.url`` file if there is one, else its ``file://`` URL (the
extractor then prefers the page's own canonical link). Nothing here parses HTML: pages go through the same
extraction as fetched ones.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from newsmon.core.deadletters import excerpt
from newsmon.fetcher.extract import Page, parse_timestamp
from newsmon.fetcher.feeds import language_tag


@dataclass(frozen=True, slots=True)
class ArchivedHtml:
    """A page to extract, the URL it stands for, and where in the archive it is."""

    url: str
    html: bytes
    location: str


@dataclass(frozen=True, slots=True)
class ArchivedPage:
    """An article already extracted (a JSONL line with a body)."""

    url: str
    page: Page
    location: str


@dataclass(frozen=True, slots=True)
class Unreadable:
    """An archive entry that cannot be replayed, why, and the start of what it held."""

    location: str
    reason: str
    excerpt: str


ArchiveItem = ArchivedHtml | ArchivedPage | Unreadable


def read_archive(path: Path) -> Iterator[ArchiveItem]:
    """Yield every entry of the archive at ``path`` (folder, page or ``.jsonl`` file), in name/line order.

    Raises FileNotFoundError when ``path`` does not exist."""
    if not path.exists():
        raise FileNotFoundError(f"no archive at {path}")
    if path.is_dir():
        for page in sorted(p for p in path.rglob("*") if p.name.endswith((".html", ".htm", ".html.gz"))):
            yield _read_page(page)
    elif path.name.endswith(".jsonl"):
        with path.open("r", encoding="utf-8", errors="replace") as lines:
            for number, line in enumerate(lines, start=1):
                if line.strip():
                    yield _read_line(line, f"{path}:{number}")
    else:
        yield _read_page(path)


def _read_page(path: Path) -> ArchiveItem:
    try:
        raw = path.read_bytes()
        html = gzip.decompress(raw) if path.name.endswith(".gz") else raw
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        return Unreadable(str(path), f"unreadable page: {exc}", "")
    stem = path.name.split(".", 1)[0]
    sidecar = path.with_name(f"{stem}.url")
    url = sidecar.read_text(encoding="utf-8").strip() if sidecar.is_file() else ""
    return ArchivedHtml(url=url or path.resolve().as_uri(), html=html, location=str(path))


def _read_line(line: str, location: str) -> ArchiveItem:
    start = excerpt(line.strip())
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return Unreadable(location, f"not JSON: {exc}", start)
    if not isinstance(record, dict) or not isinstance(record.get("url"), str) or not record["url"].strip():
        return Unreadable(location, 'a line needs a "url" string', start)
    url = record["url"].strip()
    if isinstance(record.get("html"), str) and record["html"].strip():
        return ArchivedHtml(url=url, html=record["html"].encode("utf-8"), location=location)
    body = record.get("body")
    if not isinstance(body, str) or not body.strip():
        return Unreadable(location, 'a line needs "html" or a non-empty "body"', start)
    published = record.get("published")
    page = Page(
        canonical_url=url,
        title=str(record.get("title") or "").strip(),
        body=body.strip(),
        published=parse_timestamp(published) if isinstance(published, str) else None,
        language=language_tag(record.get("language")),
    )
    return ArchivedPage(url=url, page=page, location=location)
