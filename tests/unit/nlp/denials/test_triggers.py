"""The sentence prefilter: only sentences holding every required word of some trigger go on to the patterns."""

from __future__ import annotations

import pytest

from newsmon.nlp.denials.resources import load_rules
from newsmon.nlp.denials.triggers import Prefilter


def _prefilter(lang: str) -> Prefilter:
    rules = load_rules(lang)
    assert rules is not None
    return Prefilter(rules)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry poured cold water on the report.",
        "A spokesman denied the claims.",
        "He neither confirmed nor denied it.",
    ],
)
def test_a_sentence_with_all_the_words_of_a_trigger_passes(sentence: str) -> None:
    assert _prefilter("en")(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The water was cold and the roads were blocked.",  # "water" alone: "pour cold water on" needs "pour"
        "She made it back home before the storm.",
        "Prices rose again in March.",
    ],
)
def test_a_sentence_with_only_some_of_a_triggers_words_is_left_out(sentence: str) -> None:
    assert not _prefilter("en")(sentence)


def test_a_trigger_whose_words_may_span_two_still_passes_on_its_anchor() -> None:
    # "(declinó|…|se negó a) (hacer )?(comentarios|comentar…)": no single word is required, the anchor is.
    assert _prefilter("es")("Carmen Ruiz declinó comentar las informaciones.")
    assert _prefilter("es")("El ministro se negó a hacer comentarios.")


def test_the_prefilter_keeps_every_sentence_in_which_detect_finds_a_record(run) -> None:
    text = (
        "The company poured cold water on the report. A spokesman declined to comment. "
        "The water was cold. Officials have denied the allegations, calling them false."
    )
    records = run(text, "en")
    assert len(records) >= 3
    assert all(_prefilter("en")(record.evidence.text) for record in records)


def test_only_the_kinds_whose_words_a_sentence_holds_are_searched() -> None:
    prefilter = _prefilter("en")
    kinds = prefilter("A spokesman denied the claims.")
    assert "verbs" in kinds
    assert "non_denial" not in kinds
    assert "non_denial" in prefilter("He neither confirmed nor denied it.")
    assert prefilter("Prices rose again in March.") == {}


def test_each_kind_comes_with_only_the_patterns_whose_words_the_sentence_holds() -> None:
    rules = load_rules("en")
    assert rules is not None
    sentence = "A spokesman denied the claims."
    among = _prefilter("en")(sentence)["verbs"]
    verbs = rules.triggers["verbs"]
    assert 0 < len(among) < len(verbs.patterns)
    assert [found.span() for found in verbs.matches_among(among, sentence)] == [(12, 18)]
