"""The processor's steps: from a consumed message's bytes to the messages to produce (no Faust here).

Every step decodes with :func:`~newsmon.core.messages.decode` and encodes with
:func:`~newsmon.core.messages.encode`, so a message that breaks its schema raises
:class:`~newsmon.core.errors.PoisonMessage` at either end and is dead-lettered by the handler.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, MutableMapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any, Protocol

from newsmon.core.deadletters import Received
from newsmon.core.errors import PoisonMessage
from newsmon.core.messages import Alert, AlertRule, EnrichedArticle, RawArticle, decode, encode, utcnow
from newsmon.core.metrics import (
    DENIALS_DROPPED,
    STAGE_SECONDS,
    RuleOutcome,
    observe_denial,
    observe_latency,
    observe_rules,
    series,
)
from newsmon.core.topics import ALERTS, ARTICLES_ENRICHED, ARTICLES_RAW, DENIALS, RULES, Topic
from newsmon.nlp.types import Analysis, Language
from newsmon.processor.enrich import declared_language, enrich
from newsmon.processor.handling import SERVICE, Output
from newsmon.processor.produced import ProducedDenials
from newsmon.processor.rules import AlertCap, RuleBook, alerts_for
from newsmon.processor.stories import State, place, story_key

log = logging.getLogger(__name__)


class Analyze(Protocol):
    """The part of :func:`newsmon.nlp.analysis.analyze` the processor calls: with the language it decided."""

    def __call__(
        self, text: str, *, language: Language | None = None, published: datetime | None = None
    ) -> Analysis: ...


@dataclass(frozen=True, slots=True)
class Limits:
    """What one article may cost: its length, its denials, the size of each message produced for it."""

    article_chars: int = 500_000
    denials: int = 200
    message_bytes: int = 1_000_000


@dataclass(frozen=True, slots=True)
class ArticleStep:
    """``articles.raw`` -> the enriched article (key: article id) and its denials (key: the story key, so
    that every report of a story, whoever publishes it, reaches the same partition and story table)."""

    analyze: Analyze
    detect_language: Callable[[str], Language]
    hint_below: float
    clock: Callable[[], datetime] = utcnow
    limits: Limits = Limits()
    # The worker's alerts agent takes the denials back from here instead of decoding them again.
    produced: ProducedDenials | None = None

    def __call__(self, message: Received) -> list[Output]:
        """Return the outputs of one raw article.

        Raises PoisonMessage for an invalid article, one longer than ``limits.article_chars`` or one whose
        enriched article or a denial cannot fit ``limits.message_bytes``; else whatever ``analyze`` raises.
        Denials past ``limits.denials`` are dropped (counted, logged)."""
        article = decode(message.value, ARTICLES_RAW, RawArticle)
        size = len(article.title) + len(article.body)
        if size > self.limits.article_chars:
            raise PoisonMessage(f"article of {size} characters is over the cap of {self.limits.article_chars}")
        with series(STAGE_SECONDS, SERVICE, "analyze").time():
            analysis = self._analyze(article)
        if len(analysis.denials) > self.limits.denials:
            dropped = len(analysis.denials) - self.limits.denials
            DENIALS_DROPPED.inc(dropped)
            log.warning("article %s: %d denials over the cap of %d dropped", article.id, dropped, self.limits.denials)
            analysis = replace(analysis, denials=analysis.denials[: self.limits.denials])
        enrichment = enrich(article, analysis, self.clock())
        outputs = [
            Output(ARTICLES_ENRICHED, article.id, self._fitted(enrichment.article)),
            *(
                Output(DENIALS, story_key(record), self._fit(encode(record, DENIALS), DENIALS))
                for record in enrichment.denials
            ),
        ]
        # Counted (and kept) once the outputs are valid, so that a step that fails (and is retried) is not
        # counted twice.
        observe_latency("fetched_to_enriched", article.fetched_at, enrichment.article.processed_at)
        for record, output in zip(enrichment.denials, outputs[1:], strict=True):
            observe_denial(record.language, record.type)
            if self.produced is not None and output.value is not None:
                self.produced.keep(output.value, record)
        return outputs

    def _fitted(self, article: EnrichedArticle) -> bytes:
        # An article full of names can outgrow the producer's limit by its entities alone: they are halved
        # until it fits (the article and its denials matter more than a complete entity list).
        value = encode(article, ARTICLES_ENRICHED)
        entities = article.entities
        while len(value) > self.limits.message_bytes and entities:
            entities = entities[: len(entities) // 2]
            value = encode(article.model_copy(update={"entities": entities}), ARTICLES_ENRICHED)
        if len(entities) < len(article.entities):
            log.warning("article %s: %d of %d entities kept to fit", article.id, len(entities), len(article.entities))
        return self._fit(value, ARTICLES_ENRICHED)

    def _fit(self, value: bytes, topic: Topic) -> bytes:
        if len(value) > self.limits.message_bytes:
            raise PoisonMessage(
                f"{topic.name}: message of {len(value)} bytes over the cap of {self.limits.message_bytes}"
            )
        return value

    def _analyze(self, article: RawArticle) -> Analysis:
        # The title helps the detection (a body often opens with a dateline or byline in another language).
        text = f"{article.title}\n{article.body}" if article.title else article.body
        detected = self.detect_language(text)
        # Detected once: the core analyses in the language decided here instead of detecting it again.
        language = declared_language(detected, article.language_hint, self.hint_below) or detected
        return self.analyze(article.body, language=language, published=article.published)


@dataclass(frozen=True, slots=True)
class AlertStep:
    """``denials`` -> the alerts (key: alert id) raised or grown by a denial, one per matching rule.

    ``stories`` (a Faust table keyed by story key, co-partitioned with ``denials``) holds each denier's
    open stories; ``alerts`` (keyed by alert id) the last version of each alert of an open story. Every
    access to an alert comes from its denier's partition, so both tables live in that partition; an
    alert is dropped with its story. ``cap`` limits the new alerts of a rule."""

    rules: RuleBook
    stories: MutableMapping[str, State]
    alerts: MutableMapping[str, dict[str, Any]]
    cap: AlertCap
    window: timedelta
    clock: Callable[[], datetime] = utcnow
    produced: ProducedDenials = field(default_factory=ProducedDenials)

    def __call__(self, message: Received) -> list[Output]:
        """Return the alerts raised or grown by one denial record; raises PoisonMessage."""
        denial = self.produced.decode(message.value)
        key = story_key(denial)
        previous = self.stories.get(key) or {}
        state, story_id = place(previous, denial, self.window)
        self._forget_closed(previous, state)
        story = next(story for story in state["stories"] if story["id"] == story_id)
        # The two tables' changelogs are separate topics, so a crash can keep a story's write and lose its alert's:
        # an alert the story lists but the table lacks is raised again by the denials that Kafka delivers again.
        listed = story.setdefault("alerts", [])
        known = {
            alert_id: Alert.model_validate(document)
            for alert_id in listed
            if (document := self.alerts.get(alert_id)) is not None
        }
        now = self.clock()
        matched = alerts_for(denial, story_id, self.rules.candidates(denial), known, now)
        _count_rule_outcomes(self.rules, len(matched))
        raised = [alert for alert in matched if alert.id in known or self.cap.allows(alert.rule_id, now)]
        for alert in raised:
            self.alerts[alert.id] = alert.model_dump(mode="json")
            if alert.id not in listed:
                listed.append(alert.id)
        self.stories[key] = state
        return [Output(ALERTS, alert.id, encode(alert, ALERTS)) for alert in raised]

    def _forget_closed(self, previous: State, state: State) -> None:
        kept = {story["id"] for story in state["stories"]}
        for story in previous.get("stories", []):
            if story["id"] not in kept:
                for alert_id in story.get("alerts", []):
                    self.alerts.pop(alert_id, None)


def _count_rule_outcomes(rules: RuleBook, matched: int) -> None:
    outcomes: dict[RuleOutcome, int] = {
        "matched": matched,
        "disabled": rules.disabled,
        "not_matched": len(rules) - matched - rules.disabled,
    }
    for outcome, amount in outcomes.items():
        # The series start at 0 (metrics.init_service): adding 0 to them, as every denial did when no rule is
        # set, only cost three label look-ups per denial.
        if amount:
            observe_rules(outcome, amount)


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
