"""Every Kafka topic newsmon uses, spelled once, with the schema that its messages follow."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Topic:
    """A topic name, the schema file (in ``schemas/topics/``) of its values, and whether it is compacted."""

    name: str
    schema: str
    compacted: bool = False

    def qualified(self, namespace: str) -> str:
        """The topic's name on the broker: ``<namespace>.<name>``, or the bare name without a namespace."""
        return f"{namespace}.{self.name}" if namespace else self.name


ARTICLES_RAW = Topic("articles.raw", "article.raw.json")
ARTICLES_ENRICHED = Topic("articles.enriched", "article.enriched.json")
DENIALS = Topic("denials", "denial.json")
RULES = Topic("rules", "alert-rule.json", compacted=True)
ALERTS = Topic("alerts", "alert.json")
FEEDS = Topic("feeds", "feed.json", compacted=True)
FEEDS_STATUS = Topic("feeds.status", "feed-status.json", compacted=True)
DEAD_LETTER = Topic("deadletter", "dead-letter.json")

ALL_TOPICS: tuple[Topic, ...] = (
    ARTICLES_RAW,
    ARTICLES_ENRICHED,
    DENIALS,
    RULES,
    ALERTS,
    FEEDS,
    FEEDS_STATUS,
    DEAD_LETTER,
)
BY_NAME: dict[str, Topic] = {topic.name: topic for topic in ALL_TOPICS}
