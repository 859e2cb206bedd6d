from __future__ import annotations

import pytest

from newsmon.core.ids import article_id, canonicalize_url, digest
from newsmon.core.topics import ALL_TOPICS, ARTICLES_RAW, RULES


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


def test_topic_names_are_namespaced_and_unique() -> None:
    assert ARTICLES_RAW.qualified("") == "articles.raw"
    assert ARTICLES_RAW.qualified("test-1") == "test-1.articles.raw"
    assert len({topic.name for topic in ALL_TOPICS}) == len(ALL_TOPICS)
    assert RULES.compacted


def test_topic_specs_compact_what_is_compacted_and_keep_rules_on_one_partition() -> None:
    from newsmon.core.topic_admin import topic_specs

    specs = {spec.name: spec for spec in topic_specs("ns", partitions=4)}
    assert set(specs) == {topic.qualified("ns") for topic in ALL_TOPICS}
    assert specs["ns.rules"].num_partitions == 1
    assert specs["ns.rules"].topic_configs == {"cleanup.policy": "compact"}
    assert specs["ns.articles.raw"].num_partitions == 4
    assert specs["ns.articles.raw"].topic_configs == {}
