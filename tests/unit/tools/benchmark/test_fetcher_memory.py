from __future__ import annotations

from pathlib import Path

import pytest

from newsmon.fetcher.archive import ArchivedHtml, read_archive
from newsmon.fetcher.extract import extract_page
from tools.benchmark.fetcher_memory import Samples, source_pages, with_canonical, write_html_archive


def test_without_the_shared_pages_the_bundled_archive_is_replayed(tmp_path: Path) -> None:
    pages = source_pages(tmp_path)

    assert len(pages) >= 10
    assert all("<html" in page for page in pages)


@pytest.mark.parametrize("page", ["<html><head><title>T</title>{}</head>", "<p>no head at all</p>"])
def test_a_copy_is_canonical_at_its_own_url_ahead_of_the_pages_own_link(page: str) -> None:
    body = "<p>The ministry denied the reports on Monday, and said the figures were wrong from the start.</p>"
    html = page.format('<link rel="canonical" href="https://first.example/story">') + f"<body>{body}</body>"

    extracted = extract_page(with_canonical(html, "https://bench.example/story/7"), "file:///page.html")

    assert extracted.canonical_url == "https://bench.example/story/7"


def test_the_archive_cycles_over_the_pages_each_copy_a_new_article(tmp_path: Path) -> None:
    pages = source_pages(tmp_path)[:2]

    archive = write_html_archive(pages, 5, tmp_path / "pages.jsonl")

    items = [item for item in read_archive(archive) if isinstance(item, ArchivedHtml)]
    assert len(items) == 5
    assert len({extract_page(item.html, item.url).canonical_url for item in items}) == 5
    with pytest.raises(ValueError):
        write_html_archive([], 1, tmp_path / "none.jsonl")


def test_memory_is_sampled_every_n_items_and_after_the_last() -> None:
    samples = Samples(every=2)

    items = list(samples.sampled(range(5)))

    assert items == [0, 1, 2, 3, 4]
    assert [row["pages"] for row in samples.rows] == [0, 2, 4, 5]
    assert all(row["rss_mb"] > 0 for row in samples.rows)
