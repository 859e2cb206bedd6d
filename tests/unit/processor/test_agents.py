"""agents.py through Faust's ``agent.test_context()``: no broker, sends captured on the topics."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest

from newsmon.core.messages import Alert, DeadLetter, DenialRecord, EnrichedArticle, decode, encode
from newsmon.core.topics import ALERTS, ARTICLES_ENRICHED, ARTICLES_RAW, DEAD_LETTER, DENIALS, RULES
from newsmon.nlp.types import Analysis, Language
from newsmon.processor.agents import Agents, register_agents
from newsmon.processor.app import ProcessorApp, create_app
from newsmon.processor.enrich import HINT_CONFIDENCE
from newsmon.processor.rules import RuleBook
from newsmon.processor.settings import ProcessorSettings
from newsmon.processor.stories import story_key
from tests.support.samples import ENGLISH, alert_rule, analysis, denial_record, raw_article


class FakeCore:
    """Stands in for the extraction core: records how it was called, returns :func:`samples.analysis`."""

    def __init__(self, detected: Language = ENGLISH, failures: int = 0) -> None:
        self.detected = detected
        self.failures = failures
        self.detections = 0
        self.languages: list[Language | None] = []

    def detect(self, text: str) -> Language:
        self.detections += 1
        return self.detected

    def analyze(self, text: str, *, language: Language | None = None, published: datetime | None = None) -> Analysis:
        self.languages.append(language)
        if self.failures:
            self.failures -= 1
            raise RuntimeError("extractor crashed")
        return analysis(text, language or self.detected)


@pytest.fixture
def processor(namespace: str) -> Iterator[ProcessorApp]:
    settings = ProcessorSettings(namespace=namespace, processor_max_attempts=2, processor_backoff_seconds=0)
    processor = create_app(settings)
    yield processor
    # A test_context stream creates Faust's consumer without starting it: close its thread's idle loop.
    processor.app.consumer._thread.thread_loop.close()


class Broker:
    """What the processor sent to each topic (by newsmon topic name)."""

    def __init__(self) -> None:
        self.sent: dict[str, list[tuple[bytes | None, bytes | None]]] = defaultdict(list)

    def __getitem__(self, topic: str) -> list[tuple[bytes | None, bytes | None]]:
        return self.sent[topic]


@pytest.fixture
def broker(processor: ProcessorApp, monkeypatch: pytest.MonkeyPatch) -> Broker:
    """Replaces producing to each topic of ``processor`` with a record of it."""
    broker = Broker()
    for topic, channel in processor.topics.items():

        async def send(
            *, key: bytes | None = None, value: bytes | None = None, _name: str = topic.name, **_: Any
        ) -> None:
            broker.sent[_name].append((key, value))

        monkeypatch.setattr(channel, "send", send)
    return broker


def agents(processor: ProcessorApp, core: FakeCore) -> Agents:
    return register_agents(processor, core.analyze, detect=core.detect)


async def test_an_article_gives_an_enriched_article_and_its_denials(processor: ProcessorApp, broker: Broker) -> None:
    article = raw_article()
    core = FakeCore()
    async with agents(processor, core).articles.test_context() as agent:
        event = await agent.put(encode(article, ARTICLES_RAW), key=article.id.encode())
        assert [output.topic for output in agent.results[event.message.offset]] == [
            ARTICLES_ENRICHED,
            DENIALS,
            DENIALS,
        ]
    [(key, value)] = broker[ARTICLES_ENRICHED.name]
    enriched = decode(value, ARTICLES_ENRICHED, EnrichedArticle)
    assert key == article.id.encode() and enriched.id == article.id and enriched.denial_count == 2
    denials = [decode(value, DENIALS, DenialRecord) for _, value in broker[DENIALS.name]]
    # Keyed by story: every report of one denier's story reaches the same partition.
    assert [key for key, _ in broker[DENIALS.name]] == [story_key(denial).encode() for denial in denials]
    # A confident detection is analysed in as it is: the language is detected once per article.
    assert (core.languages, core.detections) == ([ENGLISH], 1)


async def test_a_weak_detection_is_replaced_by_the_declared_language(processor: ProcessorApp, broker: Broker) -> None:
    core = FakeCore(detected=Language("ms", 0.2))
    async with agents(processor, core).articles.test_context() as agent:
        await agent.put(encode(raw_article(language_hint="en-GB"), ARTICLES_RAW))
    enriched = decode(broker[ARTICLES_ENRICHED.name][0][1], ARTICLES_ENRICHED, EnrichedArticle)
    assert core.languages == [Language("en", HINT_CONFIDENCE)] and core.detections == 1
    assert (enriched.language.code, enriched.language.confidence) == ("en", HINT_CONFIDENCE)


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        (b"<html>not an article</html>", "not JSON"),
        (b'{"schema_version": 1, "id": "x"}', "article.raw.json"),
        (None, "tombstone"),
    ],
)
async def test_a_poison_message_goes_to_the_dead_letter_topic(
    processor: ProcessorApp, broker: Broker, payload: bytes | None, reason: str
) -> None:
    core = FakeCore()
    async with agents(processor, core).articles.test_context() as agent:
        await agent.put(payload, key=b"k-1")
    [(key, value)] = broker[DEAD_LETTER.name]
    letter = decode(value, DEAD_LETTER, DeadLetter)
    assert letter.topic == ARTICLES_RAW.qualified(processor.settings.namespace)
    assert reason in letter.reason and letter.payload == (payload or b"").decode()
    assert key == b"k-1" and letter.key == "k-1"
    assert core.languages == []  # never analysed, never retried
    assert not broker[ARTICLES_ENRICHED.name]


async def test_a_crashing_analysis_is_retried_then_dead_lettered(processor: ProcessorApp, broker: Broker) -> None:
    core = FakeCore(failures=2)
    async with agents(processor, core).articles.test_context() as agent:
        await agent.put(encode(raw_article(), ARTICLES_RAW))
        # The agent survives: the next article goes through.
        await agent.put(encode(raw_article(), ARTICLES_RAW))
    [(_, value)] = broker[DEAD_LETTER.name]
    letter = decode(value, DEAD_LETTER, DeadLetter)
    assert (letter.reason, letter.attempts) == ("RuntimeError: extractor crashed", 2)
    assert len(core.languages) == 3
    assert len(broker[ARTICLES_ENRICHED.name]) == 1


async def test_rules_from_the_rules_topic_raise_alerts_until_deleted(processor: ProcessorApp, broker: Broker) -> None:
    registered = agents(processor, FakeCore())
    rule = alert_rule(id="ministry", name="Ministry denials", denier="Ministry of Home Affairs")
    async with registered.rules.test_context() as agent:
        await agent.put(encode(rule, RULES), key=b"ministry")
        await agent.put(encode(alert_rule(id="english", languages=["en"]), RULES), key=b"english")
    assert RuleBook(processor.rules).rules() == [rule, alert_rule(id="english", languages=["en"])]

    denial = denial_record()
    async with registered.alerts.test_context() as agent:
        await agent.put(encode(denial, DENIALS), key=denial.id.encode())
    [(key, value)] = broker[ALERTS.name]
    alert = decode(value, ALERTS, Alert)
    assert key == alert.id.encode() and (alert.rule_id, alert.denial, alert.story_id) == ("ministry", denial, denial.id)

    async with registered.rules.test_context() as agent:
        await agent.put(None, key=b"ministry")
    assert [rule.id for rule in RuleBook(processor.rules).rules()] == ["english"]


async def test_a_rule_whose_key_is_not_its_id_is_dead_lettered(processor: ProcessorApp, broker: Broker) -> None:
    async with agents(processor, FakeCore()).rules.test_context() as agent:
        await agent.put(encode(alert_rule(id="a"), RULES), key=b"b")
    assert RuleBook(processor.rules).rules() == []
    letter = decode(broker[DEAD_LETTER.name][0][1], DEAD_LETTER, DeadLetter)
    assert "not the rule id" in letter.reason


async def test_copies_of_one_story_grow_one_alert(processor: ProcessorApp, broker: Broker) -> None:
    registered = agents(processor, FakeCore())
    async with registered.rules.test_context() as agent:
        await agent.put(encode(alert_rule(id="all"), RULES), key=b"all")
    first = denial_record()
    copy = denial_record(id="c" * 32, article_id="d" * 32, source="copy.example")
    async with registered.alerts.test_context() as agent:
        # Delivered again, the latest report raises its version again (a crash may have lost it); the first, nothing.
        for denial in (first, copy, copy, first):
            await agent.put(encode(denial, DENIALS), key=story_key(denial).encode())
    alerts = [decode(value, ALERTS, Alert) for _, value in broker[ALERTS.name]]
    assert [(alert.id, alert.version) for alert in alerts] == [(alerts[0].id, 1), (alerts[0].id, 2), (alerts[0].id, 2)]
    assert [report.source for report in alerts[1].reports] == [first.source, "copy.example"]
