"""topics.py: one name a topic, namespaced."""

from __future__ import annotations

from newsmon.core.topics import ALL_TOPICS, ARTICLES_RAW, RULES


def test_topic_names_are_namespaced_and_unique() -> None:
    assert ARTICLES_RAW.qualified("") == "articles.raw"
    assert ARTICLES_RAW.qualified("test-1") == "test-1.articles.raw"
    assert len({topic.name for topic in ALL_TOPICS}) == len(ALL_TOPICS)
    assert RULES.compacted
