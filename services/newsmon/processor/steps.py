"""The processor's steps: from a consumed message's bytes to the messages to produce (no Faust here).

Every step decodes with :func:`~newsmon.core.messages.decode` and encodes with
:func:`~newsmon.core.messages.encode`, so a message that breaks its schema raises
:class:`~newsmon.core.errors.PoisonMessage` at either end and is dead-lettered by the handler.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from newsmon.core.deadletters import Received
from newsmon.core.errors import PoisonMessage
from newsmon.core.messages import AlertRule, DenialRecord, RawArticle, decode, encode, utcnow
from newsmon.core.metrics import STAGE_SECONDS, RuleOutcome, observe_denial, observe_latency, observe_rules
from newsmon.core.topics import ALERTS, ARTICLES_ENRICHED, ARTICLES_RAW, DENIALS, RULES
from newsmon.nlp.types import Analysis, Language
from newsmon.processor.enrich import declared_language, enrich
from newsmon.processor.handling import SERVICE, Output
from newsmon.processor.rules import alerts_for


class Analyze(Protocol):
    """The part of :func:`newsmon.nlp.analysis.analyze` the processor calls: with the language it decided."""

    def __call__(
        self, text: str, *, language: Language | None = None, published: datetime | None = None
    ) -> Analysis: ...


@dataclass(frozen=True, slots=True)
class ArticleStep:
    """``articles.raw`` -> the enriched article (key: article id) and its denials (key: denial id)."""

    analyze: Analyze
    detect_language: Callable[[str], Language]
    hint_below: float
    clock: Callable[[], datetime] = utcnow

    def __call__(self, message: Received) -> list[Output]:
        """Return the outputs of one raw article; raises PoisonMessage, or whatever ``analyze`` raises."""
        article = decode(message.value, ARTICLES_RAW, RawArticle)
        with STAGE_SECONDS.labels(service=SERVICE, stage="analyze").time():
            analysis = self._analyze(article)
        enrichment = enrich(article, analysis, self.clock())
        outputs = [
            Output(ARTICLES_ENRICHED, article.id, encode(enrichment.article, ARTICLES_ENRICHED)),
            *(Output(DENIALS, record.id, encode(record, DENIALS)) for record in enrichment.denials),
        ]
        # Counted once the outputs are valid, so that a step that fails (and is retried) is not counted twice.
        observe_latency("fetched_to_enriched", article.fetched_at, enrichment.article.processed_at)
        for record in enrichment.denials:
            observe_denial(record.language, record.type)
        return outputs

    def _analyze(self, article: RawArticle) -> Analysis:
        # The title helps the detection (a body often opens with a dateline or byline in another language).
        text = f"{article.title}\n{article.body}" if article.title else article.body
        detected = self.detect_language(text)
        # Detected once: the core analyses in the language decided here instead of detecting it again.
        language = declared_language(detected, article.language_hint, self.hint_below) or detected
        return self.analyze(article.body, language=language, published=article.published)


@dataclass(frozen=True, slots=True)
class AlertStep:
    """``denials`` -> one alert (key: rule id) per alert rule the denial matches."""

    rules: Callable[[], Iterable[AlertRule]]
    clock: Callable[[], datetime] = utcnow

    def __call__(self, message: Received) -> list[Output]:
        """Return the alerts raised by one denial record; raises PoisonMessage."""
        denial = decode(message.value, DENIALS, DenialRecord)
        rules = list(self.rules())
        alerts = alerts_for(denial, rules, self.clock())
        outputs = [Output(ALERTS, alert.rule_id, encode(alert, ALERTS)) for alert in alerts]
        disabled = sum(not rule.enabled for rule in rules)
        outcomes: dict[RuleOutcome, int] = {
            "matched": len(alerts),
            "disabled": disabled,
            "not_matched": len(rules) - len(alerts) - disabled,
        }
        for outcome, amount in outcomes.items():
            observe_rules(outcome, amount)
        return outputs


def rule_change(message: Received) -> tuple[str, AlertRule | None]:
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
    rule = decode(message.value, RULES, AlertRule)
    if rule.id != rule_id:
        raise PoisonMessage(f"{RULES.name}: key {rule_id!r} is not the rule id {rule.id!r}")
    return rule_id, rule
