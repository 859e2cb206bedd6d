from __future__ import annotations

import gzip
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsmon.fetcher.archive import ArchivedHtml, ArchivedPage, Unreadable, read_archive
from newsmon.fetcher.settings import BUNDLED_ARCHIVE
from tests.support import fixture_bytes


def test_folder_pages_plain_gzipped_and_with_a_sidecar_url(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_bytes(fixture_bytes("article.html"))
    (tmp_path / "b.html.gz").write_bytes(gzip.compress(b"<html><body><p>b</p></body></html>"))
    (tmp_path / "b.url").write_text("https://b.example/story\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a page", encoding="utf-8")

    items = list(read_archive(tmp_path))

    assert [type(item) for item in items] == [ArchivedHtml, ArchivedHtml]
    first, second = items
    assert isinstance(first, ArchivedHtml) and isinstance(second, ArchivedHtml)
    assert first.url == (tmp_path / "a.html").resolve().as_uri()
    assert first.html == fixture_bytes("article.html")
    assert (second.url, second.html) == ("https://b.example/story", b"<html><body><p>b</p></body></html>")


def test_broken_gzip_page_is_unreadable(tmp_path: Path) -> None:
    (tmp_path / "c.html.gz").write_bytes(b"not gzip")

    (item,) = read_archive(tmp_path)

    assert isinstance(item, Unreadable) and "unreadable page" in item.reason


def test_jsonl_lines_with_html_with_fields_and_broken_ones(tmp_path: Path) -> None:
    path = tmp_path / "backfill.jsonl"
    lines = [
        json.dumps({"url": "https://a.example/1", "html": "<html><body><p>one</p></body></html>"}),
        json.dumps(
            {
                "url": "https://a.example/2",
                "title": "Two",
                "body": "The ministry denied reports that the plant would close.",
                "published": "2024-05-14T09:30:00+00:00",
                "language": "en-US",
            }
        ),
        "",
        "{not json",
        json.dumps({"title": "no url"}),
        json.dumps({"url": "https://a.example/3", "body": "  "}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    items = list(read_archive(path))

    assert [type(item) for item in items] == [ArchivedHtml, ArchivedPage, Unreadable, Unreadable, Unreadable]
    page = items[1]
    assert isinstance(page, ArchivedPage)
    assert page.page.title == "Two"
    assert page.page.published == datetime(2024, 5, 14, 9, 30, tzinfo=UTC)
    assert page.page.language == "en"
    assert page.page.canonical_url == "https://a.example/2"
    broken = items[2]
    assert isinstance(broken, Unreadable)
    assert broken.location == f"{path}:4"
    assert broken.reason.startswith("not JSON")
    assert broken.excerpt == "{not json"


def test_missing_archive_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        list(read_archive(tmp_path / "absent"))


def test_bundled_archive_has_pages_in_eight_languages() -> None:
    items = list(read_archive(BUNDLED_ARCHIVE))

    assert len(items) >= 10
    assert all(isinstance(item, ArchivedHtml) for item in items)
    # Stored compressed: the pages share most of their markup.
    assert all(item.location.endswith(".html.gz") for item in items)
    languages = {Path(item.location).name.split("-", 1)[0] for item in items}
    assert languages == {"en", "id", "ru", "fr", "es", "de", "ar", "pt"}
