"""The drills' input and what it must produce: a JSONL archive of synthetic articles, and the ids of the
articles and denials that the pipeline must index, computed once with the processor's own pure steps.

The articles come from the benchmark's deterministic corpus (short bodies, so that a drill stays short);
every body holds at least one denial. The expectation is computed in this process by the same code the
services run (the fetcher's ``to_article``, the processor's :class:`ArticleStep`), so it is known before
any service starts, and a drill that loses or doubles a document cannot hide behind its own output.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from newsmon.core.deadletters import Received
from newsmon.core.messages import AlertRule, DenialRecord, decode, encode
from newsmon.core.topics import ARTICLES_RAW, DENIALS
from newsmon.fetcher.archive import ArchivedPage, read_archive
from newsmon.fetcher.extract import to_article
from newsmon.nlp.analysis import analyze
from newsmon.nlp.language import detect_language
from newsmon.processor.settings import ProcessorSettings
from newsmon.processor.steps import ArticleStep
from tools.benchmark.corpus import build_article

# The one alert rule of a drill: no condition, so every denial raises an alert.
EVERY_DENIAL = AlertRule(id="drills-every-denial", name="every denial")
# Short bodies keep a drill (2,000 articles through a single-threaded analysis) within a minute or two.
BODY_BYTES = 600
LANGUAGES = ("en", "id", "fr", "es", "ru")


@dataclass(frozen=True, slots=True)
class Expectation:
    """The ids the pipeline must index, each exactly once."""

    articles: frozenset[str]
    denials: frozenset[str]


def write_archive(path: Path, count: int, *, seed: int = 0) -> Path:
    """Write ``count`` synthetic articles (languages in turn) as a JSONL archive at ``path``; returns it."""
    rng = random.Random(seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for number in range(count):
            lang = LANGUAGES[number % len(LANGUAGES)]
            article = build_article(lang, rng, target_bytes=BODY_BYTES)
            line = {
                "url": f"https://drills.example/{seed}/{number}",
                "title": article.title,
                "body": article.text,
                "language": lang,
                "published": "2026-01-01T00:00:00Z",
            }
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
    return path


def expect(archive: Path) -> Expectation:
    """The article and denial ids that the archive at ``archive`` must produce (under
    :data:`EVERY_DENIAL`, each denial is then reported by exactly one alert).

    Raises ValueError when the archive holds an entry the fetcher cannot replay (the drills' archive never
    does)."""
    step = ArticleStep(analyze, detect_language, ProcessorSettings().processor_hint_below_confidence)
    fetched_at = datetime.now(UTC)
    articles: set[str] = set()
    denials: set[str] = set()
    for item in read_archive(archive):
        if not isinstance(item, ArchivedPage):
            raise ValueError(f"{item.location}: not an extracted article")
        article = to_article(item.page, url=item.url, source=None, fetched_at=fetched_at)
        articles.add(article.id)
        received = Received(ARTICLES_RAW.name, 0, 0, article.id.encode(), encode(article, ARTICLES_RAW))
        # Denials are keyed by their story (the denier), so the id is read from the record itself.
        denials.update(
            decode(output.value, DENIALS, DenialRecord).id for output in step(received) if output.topic is DENIALS
        )
    return Expectation(frozenset(articles), frozenset(denials))
