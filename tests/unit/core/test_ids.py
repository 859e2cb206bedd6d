from __future__ import annotations

import pytest

from newsmon.core.ids import article_id, canonicalize_url, digest


def test_the_same_article_gets_the_same_id_however_its_url_is_spelled() -> None:
    a = canonicalize_url("HTTPS://News.Example.org/politik/123?utm_source=rss&utm_medium=feed#top")
    b = canonicalize_url("https://news.example.org/politik/123")
    assert a == b
    assert article_id(a) == article_id(b)
    assert len(article_id(a)) == 32


def test_different_articles_get_different_ids() -> None:
    assert article_id(canonicalize_url("https://e.org/a?id=1")) != article_id(canonicalize_url("https://e.org/a?id=2"))


@pytest.mark.parametrize("url", ["ftp://e.org/a", "/relative/path", "", "mailto:a@b.org"])
def test_only_absolute_http_urls_are_articles(url: str) -> None:
    with pytest.raises(ValueError, match="not an absolute"):
        canonicalize_url(url)


def test_digest_separates_its_parts() -> None:
    assert digest("ab", "c") != digest("a", "bc")
