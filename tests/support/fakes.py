"""Test doubles of newsmon's ports, for unit tests that run without a broker."""

from __future__ import annotations

from newsmon.core.errors import PoisonMessage
from newsmon.core.messages import DeadLetter, RawArticle


class ListPublisher:
    """A fetcher Publisher that keeps articles and dead letters in lists, refusing articles like the schema
    does (an empty body is poison)."""

    def __init__(self) -> None:
        self.articles: list[RawArticle] = []
        self.dead_letters: list[DeadLetter] = []
        self.flushes = 0

    def publish(self, article: RawArticle) -> None:
        """Keep ``article``; raises PoisonMessage when its body is empty."""
        if not article.body:
            raise PoisonMessage("article.raw.json: body: should be non-empty")
        self.articles.append(article)

    def dead_letter(self, letter: DeadLetter) -> None:
        """Keep ``letter``."""
        self.dead_letters.append(letter)

    def flush(self) -> None:
        """Count the flush."""
        self.flushes += 1

    def close(self) -> None:
        """Flush (as the Kafka publisher does before closing)."""
        self.flush()
