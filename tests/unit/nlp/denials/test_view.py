"""A sentence's view: its tokens and its cached look-ups give the same answers in whatever order asked."""

from __future__ import annotations

import pytest

from newsmon.nlp.denials.resources import load_rules
from newsmon.nlp.denials.view import View
from newsmon.nlp.types import Span

TEXT = "Intro. The minister, who is said to have met them on Monday morning, denied it in a statement. End."
# A capitalised participle first in its sentence is a name when a word follows (the next token's answer).
NAME_FIRST = "Manning has denied the reports, said to be false, on Monday."


def _view(text: str = TEXT) -> View:
    rules = load_rules("en")
    assert rules is not None
    start = text.index("The") if text == TEXT else 0
    end = text.index(" End") if text == TEXT else len(text)
    return View(text, Span(text[start:end], start, end), rules)


def test_an_abbreviation_keeps_its_full_stop_where_the_sentence_goes_on() -> None:
    text = "U.S.-Mexico talks and U.S. officials met Mr. Putin on Jan. 5, said no. 7 of the U.S."
    tokens = [token.text for token in _view(text).tokens]
    assert tokens[:6] == ["U.S.-Mexico", "talks", "and", "U.S.", "officials", "met"]
    assert tokens[6:12] == ["Mr.", "Putin", "on", "Jan.", "5", ","]
    assert tokens[12:] == ["said", "no.", "7", "of", "the", "U.S", "."]  # the sentence's own full stop stays


def test_a_day_before_a_german_month_keeps_its_full_stop() -> None:
    tokens = [token.text for token in _view("Er dementierte am 3. Oktober die Berichte.").tokens]
    assert tokens[2:5] == ["am", "3.", "Oktober"]


def test_a_claim_runs_past_an_abbreviation(one) -> None:
    claim = one("The Pentagon denied reports that U.S. troops met Mr. Putin.", "en").claim
    assert claim is not None and claim.text == "U.S. troops met Mr. Putin"  # was "U.S"


def test_tokens_are_words_and_marks_with_offsets_into_the_text() -> None:
    view = _view()
    assert [token.text for token in view.tokens[:4]] == ["The", "minister", ",", "who"]
    assert all(TEXT[token.start : token.end] == token.text for token in view.tokens)
    assert [token.is_word for token in view.tokens[:4]] == [True, True, False, True]


@pytest.mark.parametrize("text", [TEXT, NAME_FIRST])
@pytest.mark.parametrize("order", ["forward", "backward", "middle first"])
def test_stops_are_the_same_whichever_token_is_asked_first(text: str, order: str) -> None:
    view = _view(text)
    indices = list(range(len(view)))
    if order == "backward":
        indices.reverse()
    elif order == "middle first":
        indices = indices[len(indices) // 2 :] + indices[: len(indices) // 2]
    answers = {i: view.is_stop(i) for i in indices}
    whole = _view(text)
    whole.is_stop(len(whole) - 1)  # the whole sentence scanned at once
    assert [answers[i] for i in range(len(view))] == [whole.is_stop(i) for i in range(len(whole))]
    said = [t.text for t in view.tokens].index("said")
    assert all(answers[i] for i in range(said, said + 3))  # "said to have/be" stops as a whole
    if text == NAME_FIRST:
        assert not answers[0]  # "Manning" is a name here, not a verb
