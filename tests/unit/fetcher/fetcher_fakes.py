"""Test doubles and fixture files of the fetcher's unit tests."""

from __future__ import annotations

from pathlib import Path

from newsmon.core.errors import PoisonMessage
from newsmon.core.messages import DeadLetter, RawArticle

FIXTURES = Path(__file__).with_name("fixtures")


class ListPublisher:
    """A Publisher that keeps articles and dead letters in lists, refusing articles like the schema does."""

    def __init__(self) -> None:
        self.articles: list[RawArticle] = []
        self.dead_letters: list[DeadLetter] = []
        self.flushes = 0

    def publish(self, article: RawArticle) -> None:
        if not article.body:
            raise PoisonMessage("article.raw.json: body: should be non-empty")
        self.articles.append(article)

    def dead_letter(self, letter: DeadLetter) -> None:
        self.dead_letters.append(letter)

    def flush(self) -> None:
        self.flushes += 1

    def close(self) -> None:
        self.flush()


def fixture_bytes(name: str) -> bytes:
    """The bytes of ``tests/unit/fetcher/fixtures/<name>``."""
    return (FIXTURES / name).read_bytes()
