"""steps.py with the real extraction core: an article's language is detected once, by the step."""

from __future__ import annotations

import pytest

from newsmon.core.deadletters import Received
from newsmon.core.messages import EnrichedArticle, RawArticle, decode, encode
from newsmon.core.topics import ARTICLES_ENRICHED, ARTICLES_RAW
from newsmon.nlp import analysis
from newsmon.nlp.language import detect_language
from newsmon.nlp.types import Language
from newsmon.processor.steps import ArticleStep
from tests.support.samples import raw_article


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
