"""Article pages as data (pure): HTML -> :class:`Page` with trafilatura, and a page -> :class:`RawArticle`.

The extraction settings were chosen on the article-extraction benchmark (``tools.evaluation.articles``):
``favor_precision`` drops more navigation and teaser blocks than it loses body text; comments are not part
of an article; the headline is the ``title`` field, so a body that starts by repeating it drops that line.
Precision mode sometimes settles on the wrong block of a page (a reprint notice instead of the story): when
its body is short, trafilatura's default settings are asked too, and win if they find five times more text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import trafilatura
from lxml.html import HtmlElement
from trafilatura.metadata import extract_url
from trafilatura.settings import Document, set_date_params

from newsmon.core.errors import FetchError
from newsmon.core.ids import article_id, canonicalize_url
from newsmon.core.messages import RawArticle
from newsmon.fetcher.feeds import language_tag

EXTRACTION_OPTIONS: dict[str, Any] = {"include_comments": False, "include_tables": True}
_DATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"
# Less than a sentence is what is left of a page without an article (a menu, a cookie notice, a paywall).
MIN_BODY_CHARS = 40
# A precision-mode body shorter than this is checked against the default settings' body...
SHORT_BODY_CHARS = 1000
# ...which replaces it when it is at least this many times longer.
FALLBACK_RATIO = 5


@dataclass(frozen=True, slots=True)
class Page:
    """What an article page says about itself."""

    canonical_url: str
    title: str
    body: str
    published: datetime | None
    language: str | None


def extract_page(html: str | bytes, url: str) -> Page:
    """Extract the article in ``html`` fetched from ``url``: title, body, date, html lang, canonical URL.

    The canonical URL is the page's ``link rel=canonical``, else its ``og:url``, else ``url``.
    Raises FetchError when the page cannot be parsed or holds no article body (MIN_BODY_CHARS at least)."""
    tree = trafilatura.load_html(html)
    if tree is None:
        raise FetchError(f"not parseable as HTML: {url}")
    language = language_tag(tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang"))
    declared = extract_url(tree)
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        date_extraction_params={**set_date_params(extensive=True), "outputformat": _DATE_FORMAT},
        favor_precision=True,
        **EXTRACTION_OPTIONS,
    )
    if not isinstance(document, Document):
        document = Document()
    title = (document.title or "").strip()
    body = _without_headline(document.text or "", title)
    if len(body) < SHORT_BODY_CHARS:
        body = _default_if_much_longer(tree, url, title, body)
    if len(body) < MIN_BODY_CHARS:
        raise FetchError(f"no extractable article body: {url} ({len(body)} characters of text)")
    return Page(
        canonical_url=_canonical(url, declared or document.url),
        title=title,
        body=body,
        published=parse_timestamp(document.date),
        language=language,
    )


def parse_timestamp(value: str | None) -> datetime | None:
    """An ISO 8601 date or timestamp as an aware datetime (UTC if it has no offset); None if unparseable."""
    if not value:
        return None
    try:
        moment = datetime.strptime(value, _DATE_FORMAT)
    except ValueError:
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def article_key(url: str) -> str:
    """The normalised form of ``url`` that the article id is derived from (non-http URLs, e.g. ``file://``
    pages of an archive, are kept as they are)."""
    try:
        return canonicalize_url(url)
    except ValueError:
        return url


def to_article(
    page: Page,
    *,
    url: str,
    source: str | None,
    fetched_at: datetime,
    feed_url: str | None = None,
    published: datetime | None = None,
    language: str | None = None,
) -> RawArticle:
    """The RawArticle of ``page`` fetched from ``url``; its id is derived from the canonical URL, so every
    fetch of the same article gives the same id. ``published`` (the feed's date, exact to the second) wins
    over the page's; the page's ``<html lang>`` wins over ``language`` (the feed's). ``source`` defaults to
    the canonical URL's host."""
    canonical = article_key(page.canonical_url)
    return RawArticle(
        id=article_id(canonical),
        url=url,
        canonical_url=canonical,
        source=source or urlsplit(canonical).hostname or "archive",
        feed_url=feed_url,
        title=page.title,
        body=page.body,
        published=published or page.published,
        language_hint=page.language or language,
        fetched_at=fetched_at,
    )


def _canonical(fetched: str, declared: str | None) -> str:
    # Some sites declare their home page as every article's canonical URL; that would merge all their
    # articles into one id, so a declared URL without a path is trusted only for a page without one.
    if not declared:
        return fetched
    if urlsplit(declared).path.strip("/") == "" and urlsplit(fetched).path.strip("/") != "":
        return fetched
    return declared


def _default_if_much_longer(tree: HtmlElement, url: str, title: str, body: str) -> str:
    # bare_extraction works on a copy of the tree it is given, so the same tree serves twice.
    document = trafilatura.bare_extraction(tree, url=url, **EXTRACTION_OPTIONS)
    text = _without_headline(document.text or "", title) if isinstance(document, Document) else ""
    return text if len(text) >= FALLBACK_RATIO * len(body) else body


def _without_headline(body: str, title: str) -> str:
    first, _, rest = body.strip().partition("\n")
    if title and rest.strip() and _same_text(first, title):
        return rest.strip()
    return body.strip()


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()
