from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsmon.core.errors import FetchError
from newsmon.core.messages import Feed
from newsmon.fetcher.feeds import language_tag, load_feed_list, merge_feeds, parse_feed
from newsmon.fetcher.settings import DEFAULT_FEEDS_FILE
from tests.support import fixture_bytes


def test_rss_entries_are_absolute_dated_in_utc_and_need_a_link() -> None:
    document = parse_feed(fixture_bytes("feed.rss.xml"), "https://gazette.example/rss")

    assert document.language == "en"
    assert [entry.url for entry in document.entries] == [
        "https://gazette.example/news/north-pier",
        "https://gazette.example/news/ferry-timetable",
    ]
    assert document.entries[0].title == "Port authority denies plan to close the north pier"
    assert document.entries[0].published == datetime(2024, 5, 14, 7, 30, tzinfo=UTC)


def test_atom_entries_and_xml_lang() -> None:
    document = parse_feed(fixture_bytes("feed.atom.xml"), "https://kurier.example/atom")

    assert document.language == "de"
    assert [(entry.url, entry.published) for entry in document.entries] == [
        ("https://kurier.example/lokal/stadtrat", datetime(2024, 5, 17, 13, 10, tzinfo=UTC))
    ]


def test_malformed_feed_is_an_error_naming_the_feed() -> None:
    with pytest.raises(FetchError, match=r"malformed feed https://broken\.example/rss"):
        parse_feed(fixture_bytes("malformed.xml"), "https://broken.example/rss")


def test_an_html_page_is_not_a_feed() -> None:
    with pytest.raises(FetchError, match="not an RSS or Atom feed"):
        parse_feed(fixture_bytes("article.html"), "https://gazette.example/")


def test_empty_but_valid_feed_has_no_entries() -> None:
    raw = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'

    assert parse_feed(raw, "https://quiet.example/rss").entries == ()


@pytest.mark.parametrize(
    ("tag", "expected"),
    [("en-GB", "en"), ("pt_BR", "pt"), ("ID", "id"), ("", None), (None, None), ("x1", None)],
)
def test_language_tag_keeps_the_primary_subtag(tag: str | None, expected: str | None) -> None:
    assert language_tag(tag) == expected


def test_default_feed_list_is_valid_and_multilingual() -> None:
    feeds = load_feed_list(DEFAULT_FEEDS_FILE)

    assert len(feeds) >= 15
    assert {"en", "id", "ru", "fr", "es", "de", "ar", "pt"} <= {feed.language for feed in feeds}
    assert len({feed.url for feed in feeds}) == len(feeds)


def test_feed_list_item_breaking_the_schema_is_named(tmp_path: Path) -> None:
    path = tmp_path / "feeds.json"
    good = {"schema_version": 1, "url": "https://a.example/rss", "name": "A"}
    path.write_text(json.dumps([good, {**good, "interval_seconds": 5}]), encoding="utf-8")

    with pytest.raises(ValueError, match="feed #1"):
        load_feed_list(path)


def test_feed_list_must_be_a_json_array(tmp_path: Path) -> None:
    path = tmp_path / "feeds.json"
    path.write_text('{"url": "https://a.example/rss"}', encoding="utf-8")

    with pytest.raises(ValueError, match="JSON array"):
        load_feed_list(path)


def test_feeds_of_the_topic_replace_listed_ones_of_their_url_and_add_the_others() -> None:
    listed = [Feed(url="https://b.example/rss", name="B"), Feed(url="https://a.example/rss", name="A")]
    added = {
        "https://z.example/rss": Feed(url="https://z.example/rss", name="Z"),
        "https://a.example/rss": Feed(url="https://a.example/rss", name="A", enabled=False),
        "https://c.example/rss": Feed(url="https://c.example/rss", name="C"),
    }
    merged = merge_feeds(listed, added)
    assert list(merged) == [
        "https://b.example/rss",
        "https://a.example/rss",
        "https://c.example/rss",
        "https://z.example/rss",
    ]
    assert merged["https://a.example/rss"].enabled is False
