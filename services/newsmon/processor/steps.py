"""The processor's steps: from a consumed message's bytes to the messages to produce (no Faust here).

Every step decodes with :func:`~newsmon.core.messages.decode` and encodes with
:func:`~newsmon.core.messages.encode`, so a message that breaks its schema raises
:class:`~newsmon.core.errors.PoisonMessage` at either end and is dead-lettered by the handler.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Protocol

from newsmon.core.errors import PoisonMessage
from newsmon.core.messages import AlertRule, DenialRecord, RawArticle, decode, encode, utcnow
from newsmon.core.metrics import STAGE_SECONDS
from newsmon.core.topics import ALERTS, ARTICLES_ENRICHED, ARTICLES_RAW, DENIALS, RULES
from newsmon.nlp.types import Analysis, Language
from newsmon.processor.enrich import declared_language, enrich
from newsmon.processor.handling import SERVICE, Output, Received
from newsmon.processor.rules import alerts_for


class Analyze(Protocol):
    """The signature of :func:`newsmon.nlp.analysis.analyze`."""

    def __call__(
        self,
        text: str,
        *,
        lang: str | None = None,
        title: str | None = None,
        published: datetime | None = None,
    ) -> Analysis: ...


@dataclass(frozen=True, slots=True)
class ArticleStep:
    """``articles.raw`` -> the enriched article (key: article id) and its denials (key: denial id)."""

    analyze: Analyze
    detect_language: Callable[[str], Language]
    schemas_dir: Path
    hint_below: float
    clock: Callable[[], datetime] = utcnow

    def __call__(self, message: Received) -> list[Output]:
        """Return the outputs of one raw article; raises PoisonMessage, or whatever ``analyze`` raises."""
        article = decode(message.value, ARTICLES_RAW, RawArticle, self.schemas_dir)
        with STAGE_SECONDS.labels(service=SERVICE, stage="analyze").time():
            analysis = self._analyze(article)
        enrichment = enrich(article, analysis, self.clock())
        return [
            Output(ARTICLES_ENRICHED, article.id, encode(enrichment.article, ARTICLES_ENRICHED, self.schemas_dir)),
            *(Output(DENIALS, record.id, encode(record, DENIALS, self.schemas_dir)) for record in enrichment.denials),
        ]

    def _analyze(self, article: RawArticle) -> Analysis:
        title = article.title or None
        # The same text the core detects on, so that the decision below agrees with its detection.
        detected = self.detect_language(f"{title}\n{article.body}" if title else article.body)
        declared = declared_language(detected, article.language_hint, self.hint_below)
        lang = None if declared is None else declared.code
        analysis = self.analyze(article.body, lang=lang, title=title, published=article.published)
        # The core reports a given language at confidence 1.0; a feed's hint is not worth that much.
        return analysis if declared is None else replace(analysis, language=declared)


@dataclass(frozen=True, slots=True)
class AlertStep:
    """``denials`` -> one alert (key: rule id) per alert rule the denial matches."""

    rules: Callable[[], Iterable[AlertRule]]
    schemas_dir: Path
    clock: Callable[[], datetime] = utcnow

    def __call__(self, message: Received) -> list[Output]:
        """Return the alerts raised by one denial record; raises PoisonMessage."""
        denial = decode(message.value, DENIALS, DenialRecord, self.schemas_dir)
        return [
            Output(ALERTS, alert.rule_id, encode(alert, ALERTS, self.schemas_dir))
            for alert in alerts_for(denial, self.rules(), self.clock())
        ]


def rule_change(message: Received, schemas_dir: Path) -> tuple[str, AlertRule | None]:
    """Return the rule id of a ``rules`` message and the rule, or ``None`` for a tombstone (deletion).

    Raises PoisonMessage when the key is missing or not UTF-8, or the value is not a valid rule with the
    key as its id.
    """
    if message.key is None:
        raise PoisonMessage(f"{RULES.name}: no key (the rule id)")
    try:
        rule_id = message.key.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PoisonMessage(f"{RULES.name}: key is not UTF-8") from exc
    if message.value is None:
        return rule_id, None
    rule = decode(message.value, RULES, AlertRule, schemas_dir)
    if rule.id != rule_id:
        raise PoisonMessage(f"{RULES.name}: key {rule_id!r} is not the rule id {rule.id!r}")
    return rule_id, rule
