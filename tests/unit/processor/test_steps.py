"""steps.py with the real extraction core: an article's language is detected once, by the step."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from prometheus_client import REGISTRY

from newsmon.core.deadletters import Received
from newsmon.core.errors import PoisonMessage
from newsmon.core.messages import Alert, DenialRecord, EnrichedArticle, RawArticle, decode, encode
from newsmon.core.topics import ALERTS, ARTICLES_ENRICHED, ARTICLES_RAW, DENIALS
from newsmon.nlp import analysis
from newsmon.nlp.language import detect_language
from newsmon.nlp.types import Analysis, Language
from newsmon.processor import produced as produced_module
from newsmon.processor.handling import Output
from newsmon.processor.produced import ProducedDenials
from newsmon.processor.rules import AlertCap, RuleBook
from newsmon.processor.steps import AlertStep, ArticleStep, Limits
from tests.support.samples import alert_rule, denial_record, raw_article


def _enriched(article: RawArticle, step: ArticleStep) -> EnrichedArticle:
    outputs = step(Received("ns.articles.raw", 0, 0, None, encode(article, ARTICLES_RAW)))
    return decode(outputs[0].value, ARTICLES_ENRICHED, EnrichedArticle)


def test_the_core_analyses_in_the_language_the_step_detected(monkeypatch: pytest.MonkeyPatch) -> None:
    detected: list[Language] = []

    def detect_once(text: str) -> Language:
        detected.append(detect_language(text))
        return detected[-1]

    def detect_again(text: str) -> Language:
        raise AssertionError("the language was detected a second time")

    monkeypatch.setattr(analysis, "detect_language", detect_again)
    enriched = _enriched(raw_article(), ArticleStep(analysis.analyze, detect_once, hint_below=0.5))
    assert [language.code for language in detected] == ["en"]
    assert (enriched.language.code, enriched.language.confidence) == ("en", detected[0].confidence)
    assert enriched.denial_count >= 1


def _sample(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def test_an_article_counts_its_denials_and_its_delay_since_fetching() -> None:
    def english_denials() -> float:
        return sum(_sample("newsmon_denials_total", language="en", type=kind) for kind in ("denial", "non_denial"))

    denials = english_denials()
    delays = _sample("newsmon_pipeline_latency_seconds_count", leg="fetched_to_enriched")
    enriched = _enriched(raw_article(), ArticleStep(analysis.analyze, detect_language, hint_below=0.5))
    assert english_denials() == denials + enriched.denial_count
    assert _sample("newsmon_pipeline_latency_seconds_count", leg="fetched_to_enriched") == delays + 1


def test_every_rule_checked_is_counted_by_outcome() -> None:
    rules = [alert_rule(id="any"), alert_rule(id="off", enabled=False), alert_rule(id="fr", languages=["fr"])]
    before = {
        outcome: _sample("newsmon_alert_rule_evaluations_total", outcome=outcome)
        for outcome in ("matched", "disabled", "not_matched")
    }
    book = RuleBook({rule.id: rule.model_dump(mode="json") for rule in rules})
    step = AlertStep(book, {}, {}, AlertCap(10, timedelta(hours=1)), timedelta(hours=6))
    outputs = step(Received("ns.denials", 0, 0, None, encode(denial_record(), DENIALS)))
    assert len(outputs) == 1
    after = {
        outcome: _sample("newsmon_alert_rule_evaluations_total", outcome=outcome) - count
        for outcome, count in before.items()
    }
    assert after == {"matched": 1, "disabled": 1, "not_matched": 1}


def _outputs(article: RawArticle, step: ArticleStep) -> list[Output]:
    return step(Received("ns.articles.raw", 0, 0, None, encode(article, ARTICLES_RAW)))


def test_an_article_over_the_cap_is_poison_with_its_size_and_unanalysed() -> None:
    def never(text: str, **kwargs: object) -> Analysis:
        raise AssertionError("an oversized article was analysed")

    step = ArticleStep(never, detect_language, hint_below=0.5, limits=Limits(article_chars=1000))
    with pytest.raises(PoisonMessage, match="over the cap of 1000"):
        _outputs(raw_article(body="The ministry denied the report. " * 100), step)


def test_denials_past_the_cap_are_dropped_and_counted() -> None:
    dense = " ".join(f"Minister {n} denied the report about the harbour." for n in range(40))
    before = _sample("newsmon_denials_dropped_total")
    step = ArticleStep(analysis.analyze, detect_language, hint_below=0.5, limits=Limits(denials=5))

    outputs = _outputs(raw_article(body=dense), step)

    enriched = decode(outputs[0].value, ARTICLES_ENRICHED, EnrichedArticle)
    assert [output.topic for output in outputs[1:]] == [DENIALS] * 5
    assert enriched.denial_count == 5
    assert _sample("newsmon_denials_dropped_total") - before >= 30


def test_an_enriched_article_too_large_loses_entities_until_it_fits() -> None:
    names = " ".join(f"Ministers Anna Kowalska{n} and Pedro Alvarez{n} met in Lisbon." for n in range(200))
    step = ArticleStep(analysis.analyze, detect_language, hint_below=0.5, limits=Limits(message_bytes=40_000))
    untrimmed = _enriched(raw_article(body=names), ArticleStep(analysis.analyze, detect_language, hint_below=0.5))

    outputs = _outputs(raw_article(body=names), step)

    assert all(len(output.value or b"") <= 40_000 for output in outputs)
    trimmed = decode(outputs[0].value, ARTICLES_ENRICHED, EnrichedArticle)
    assert 0 < len(trimmed.entities) < len(untrimmed.entities)
    assert trimmed.entities == untrimmed.entities[: len(trimmed.entities)]


def test_an_article_that_cannot_fit_even_without_entities_is_poison() -> None:
    step = ArticleStep(analysis.analyze, detect_language, hint_below=0.5, limits=Limits(message_bytes=10_000))
    with pytest.raises(PoisonMessage, match="over the cap of 10000"):
        _outputs(raw_article(body="The harbour was quiet today. " * 500), step)


def test_the_alert_step_takes_back_the_denials_the_article_step_sent_instead_of_decoding_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    produced = ProducedDenials()
    outputs = _outputs(raw_article(), ArticleStep(analysis.analyze, detect_language, hint_below=0.5, produced=produced))
    denials = [output.value for output in outputs if output.topic is DENIALS]
    assert denials

    def decoded(*args: object) -> DenialRecord:
        raise AssertionError("a denial this worker sent was decoded again")

    monkeypatch.setattr(produced_module, "decode", decoded)
    step = AlertStep(RuleBook({}), {}, {}, AlertCap(10, timedelta(hours=1)), timedelta(hours=6), produced=produced)
    for offset, value in enumerate(denials):
        step(Received("ns.denials", 0, offset, None, value))
    # Taken back once: delivered again, the same bytes are decoded.
    with pytest.raises(AssertionError, match="decoded again"):
        step(Received("ns.denials", 0, len(denials), None, denials[0]))


def test_an_alert_whose_table_write_a_crash_lost_is_raised_again_by_the_denial_delivered_again() -> None:
    # The stories and alerts tables write to separate changelogs: a crash can keep the story listing the alert
    # and lose the alert itself. Kafka then delivers the uncommitted denial again.
    rule = alert_rule(id="a")
    stories: dict[str, Any] = {}
    alerts: dict[str, dict[str, Any]] = {}
    step = AlertStep(
        RuleBook({rule.id: rule.model_dump(mode="json")}),
        stories,
        alerts,
        AlertCap(10, timedelta(hours=1)),
        timedelta(hours=6),
    )
    message = Received("ns.denials", 0, 0, None, encode(denial_record(), DENIALS))
    (first,) = step(message)
    alerts.clear()

    (again,) = step(message)

    assert (again.key, decode(again.value, ALERTS, Alert).version) == (first.key, 1)
    (story,) = next(iter(stories.values()))["stories"]
    assert story["alerts"] == [first.key]
