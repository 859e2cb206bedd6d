from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
import regex

from tools.benchmark.corpus import DEFAULT_MIX, TARGET_BYTES, build_article, build_corpus, real_news
from tools.benchmark.templates import TEMPLATES

# What at least the opening denial of every article says, per language.
DENIAL_WORDS = {
    "en": r"denied|denying|rejected",
    "id": r"membantah|menepis|tidak benar",
    "ru": r"опроверг|ложью|не соответствуют",
    "fr": r"démenti|rejeté|fausses",
    "es": r"negó|rechazó|falsas|desmintió",
    "ar": r"نفى|رفض|غير صحيحة",
}


def test_the_default_corpus_is_about_5_kb_per_article_in_every_language() -> None:
    corpus = build_corpus()
    assert len(corpus) == sum(DEFAULT_MIX.values())
    assert [article.lang for article in corpus].count("en") == DEFAULT_MIX["en"]
    for article in corpus:
        size = len(article.text.encode())
        assert TARGET_BYTES <= size <= TARGET_BYTES * 1.1
        assert article.title


def test_the_corpus_is_deterministic() -> None:
    assert build_corpus({"id": 3}, seed=4) == build_corpus({"id": 3}, seed=4)
    assert build_corpus({"id": 3}, seed=4) != build_corpus({"id": 3}, seed=5)


@pytest.mark.parametrize("lang", sorted(TEMPLATES))
def test_every_template_fills_and_articles_hold_a_denial(lang: str) -> None:
    assert set(DENIAL_WORDS) == set(TEMPLATES)
    rng = random.Random(1)
    for _ in range(20):
        article = build_article(lang, rng, target_bytes=2000)
        assert "{" not in article.text and "}" not in article.text
        assert regex.search(DENIAL_WORDS[lang], article.text)
        assert "\n\n" in article.text  # paragraphs, as in real articles


def test_a_language_without_templates_is_refused() -> None:
    with pytest.raises(KeyError):
        build_corpus({"xx": 1})


def test_real_news_reads_long_bodies_of_the_extraction_benchmark(tmp_path: Path) -> None:
    truth = tmp_path / "datasets" / "articles" / "ground-truth.json"
    truth.parent.mkdir(parents=True)
    truth.write_text(json.dumps({"a": {"articleBody": "x" * 2500, "url": "u"}, "b": {"articleBody": "short"}}))
    [article] = real_news(tmp_path)
    assert (article.lang, len(article.text)) == ("und", 2500)
    assert real_news(tmp_path / "absent") == []
