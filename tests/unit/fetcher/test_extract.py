from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from newsmon.core.errors import FetchError
from newsmon.core.ids import article_id, canonicalize_url
from newsmon.fetcher.extract import Page, extract_page, parse_timestamp, to_article
from tests.support import fixture_bytes

FETCHED = "https://gazette.example/news/north-pier?utm_campaign=feed"
PARAGRAPH = (
    "<p>The council said on Monday that the new bridge would open in June, two months later than planned, "
    "because a supplier had delivered the steel beams late and the inspectors needed more time.</p>"
)


def _page(head: str = "", body: str = PARAGRAPH * 2, lang: str = "") -> bytes:
    attribute = f' lang="{lang}"' if lang else ""
    head = f"<head><title>Bridge delayed</title>{head}</head>"
    return f"<html{attribute}>{head}<body><article>{body}</article></body></html>".encode()


def test_fixture_page_gives_title_body_date_language_and_canonical_url() -> None:
    page = extract_page(fixture_bytes("article.html"), FETCHED)

    assert page.title == "Port authority denies plan to close the north pier"
    assert page.body.startswith("The Harbour Port Authority denied reports on Tuesday")
    assert "wanted it in writing." in page.body
    assert "Home" not in page.body and "Copyright" not in page.body
    assert page.published == datetime(2024, 5, 14, 9, 30, tzinfo=timezone(timedelta(hours=2)))
    assert page.language == "en"
    # The canonical link wins over og:url and over the fetched URL; tracking parameters are dropped.
    assert page.canonical_url == "https://gazette.example/news/north-pier"


def test_headline_repeated_as_first_line_is_dropped_from_the_body() -> None:
    page = extract_page(fixture_bytes("article.html"), FETCHED)

    assert not page.body.startswith(page.title)


def test_og_url_is_used_without_a_canonical_link() -> None:
    html = _page('<meta property="og:url" content="https://bridge.example/news/delay">')

    assert extract_page(html, "https://bridge.example/amp/delay").canonical_url == "https://bridge.example/news/delay"


def test_fetched_url_is_used_without_any_declared_url() -> None:
    assert (
        extract_page(_page(), "https://bridge.example/news/delay").canonical_url == "https://bridge.example/news/delay"
    )


def test_a_home_page_declared_as_canonical_is_not_trusted() -> None:
    html = _page('<link rel="canonical" href="https://bridge.example/">')

    assert extract_page(html, "https://bridge.example/news/delay").canonical_url == "https://bridge.example/news/delay"


def test_page_without_an_article_body_is_an_error() -> None:
    with pytest.raises(FetchError, match=r"no extractable article body: https://bridge\.example/empty"):
        extract_page(_page(body=""), "https://bridge.example/empty")


def test_page_without_a_date_or_language_has_none() -> None:
    page = extract_page(_page(), "https://bridge.example/news/delay")

    assert page.language is None
    assert page.published is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-05-14T09:30:00+0200", datetime(2024, 5, 14, 7, 30, tzinfo=UTC)),
        ("2024-05-14", datetime(2024, 5, 14, tzinfo=UTC)),
        ("2024-05-14T09:30:00", datetime(2024, 5, 14, 9, 30, tzinfo=UTC)),
        ("yesterday", None),
        (None, None),
    ],
)
def test_parse_timestamp_is_always_aware(value: str | None, expected: datetime | None) -> None:
    assert parse_timestamp(value) == expected


def _sample_page(canonical: str = "https://gazette.example/news/north-pier?utm_source=x") -> Page:
    return Page(canonical_url=canonical, title="T", body="B", published=None, language=None)


def test_article_id_is_the_id_of_the_canonical_url() -> None:
    fetched_at = datetime(2024, 5, 14, tzinfo=UTC)
    first = to_article(_sample_page(), url=FETCHED, source="Harbour Gazette", fetched_at=fetched_at)
    again = to_article(
        _sample_page("https://GAZETTE.example/news/north-pier"),
        url="https://x.example/",
        source=None,
        fetched_at=fetched_at,
    )

    assert first.id == again.id == article_id(canonicalize_url("https://gazette.example/news/north-pier"))
    assert first.canonical_url == "https://gazette.example/news/north-pier"
    assert (first.source, again.source) == ("Harbour Gazette", "gazette.example")


def test_feed_date_wins_and_page_language_wins() -> None:
    feed_date = datetime(2024, 5, 14, 7, 31, tzinfo=UTC)
    page = Page("https://a.example/x", "T", "B", datetime(2024, 5, 14, tzinfo=UTC), "fr")

    article = to_article(
        page, url="https://a.example/x", source="A", fetched_at=feed_date, published=feed_date, language="en"
    )
    fallback = to_article(_sample_page(), url="https://a.example/x", source="A", fetched_at=feed_date, language="en")

    assert (article.published, article.language_hint) == (feed_date, "fr")
    assert fallback.language_hint == "en"


def test_non_http_urls_are_kept_as_the_key() -> None:
    page = _sample_page("file:///archive/page.html")

    article = to_article(page, url=page.canonical_url, source=None, fetched_at=datetime.now(UTC))

    assert article.id == article_id("file:///archive/page.html")
    assert article.source == "archive"
