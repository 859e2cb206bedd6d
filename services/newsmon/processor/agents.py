"""The processor's Faust agents: each hands every event to :class:`MessageHandler` with its step.

Each agent yields what it sent, so that ``agent.test_context()`` records it in ``agent.results``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import timedelta

from faust.types import AgentT, EventT, StreamT

from newsmon.core.deadletters import Received
from newsmon.core.retry import RetryPolicy
from newsmon.core.topics import ARTICLES_RAW, DENIALS, RULES
from newsmon.nlp.language import detect_language
from newsmon.nlp.types import Language
from newsmon.processor.app import ProcessorApp
from newsmon.processor.handling import MessageHandler, Output
from newsmon.processor.produced import ProducedDenials
from newsmon.processor.rules import AlertCap, RuleBook
from newsmon.processor.steps import AlertStep, Analyze, ArticleStep, Limits, rule_change


@dataclass(frozen=True, slots=True)
class Agents:
    """The processor's agents, for the worker and for ``agent.test_context()``."""

    articles: AgentT[bytes]
    rules: AgentT[bytes]
    alerts: AgentT[bytes]


def received(event: EventT[bytes]) -> Received:
    """Return the transport-free view of a Faust event (its raw key and value, and where it came from)."""
    message = event.message
    return Received(message.topic, message.partition, message.offset, message.key, message.value)


def register_agents(
    processor: ProcessorApp,
    analyze: Analyze,
    *,
    detect: Callable[[str], Language] = detect_language,
) -> Agents:
    """Attach the agents to ``processor.app`` and return them. Call once per app.

    ``analyze`` runs on the event loop's own thread: the GIL lets one thread run Python at a time, so a
    thread of its own bought no parallelism, only a hand-over of the GIL (and of the caches, between cores)
    at every turn of the loop, which cost the worker about a tenth of its CPU. The loop waits for one
    article's analysis: about 10 ms, 1.2 s at the length cap, far less than the group's session timeout."""
    settings = processor.settings
    app = processor.app
    policy = RetryPolicy(
        max_attempts=settings.processor_max_attempts, initial_backoff=settings.processor_backoff_seconds
    )
    handler = MessageHandler(processor.send, policy=policy)
    limits = Limits(
        article_chars=settings.processor_max_article_chars,
        denials=settings.processor_max_denials_per_article,
        message_bytes=settings.processor_max_message_bytes,
    )
    produced = ProducedDenials()
    articles = ArticleStep(analyze, detect, settings.processor_hint_below_confidence, limits=limits, produced=produced)
    alerts = AlertStep(
        RuleBook(processor.rules),
        processor.stories,
        processor.alerts,
        AlertCap(settings.processor_alerts_per_rule, timedelta(seconds=settings.processor_alert_window_seconds)),
        timedelta(seconds=settings.processor_story_window_seconds),
        produced=produced,
    )

    def apply_rule(message: Received) -> list[Output]:
        rule_id, rule = rule_change(message)
        if rule is None:
            processor.rules.pop(rule_id, None)
        else:
            processor.rules[rule_id] = rule.model_dump(mode="json")
        return []

    async def process_articles(stream: StreamT[bytes]) -> AsyncIterator[list[Output]]:
        async for event in stream.events():
            yield await handler.handle(received(event), articles)

    async def update_rules(stream: StreamT[bytes]) -> AsyncIterator[list[Output]]:
        async for event in stream.events():
            yield await handler.handle(received(event), apply_rule)

    async def raise_alerts(stream: StreamT[bytes]) -> AsyncIterator[list[Output]]:
        async for event in stream.events():
            yield await handler.handle(received(event), alerts)

    return Agents(
        articles=app.agent(processor.topics[ARTICLES_RAW], name="articles")(process_articles),
        rules=app.agent(processor.topics[RULES], name="rules")(update_rules),
        alerts=app.agent(processor.topics[DENIALS], name="alerts")(raise_alerts),
    )
