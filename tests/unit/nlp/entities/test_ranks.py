"""Ranks and forms of address are no part of a person's name: the mention begins after the last of them."""

from __future__ import annotations

import pytest

from newsmon.nlp.entities.ranks import ranks, without_ranks
from newsmon.nlp.entities.recognizer import recognize
from newsmon.nlp.entities.resolve import Mention
from newsmon.nlp.sentences import split_sentences

RANKS = ranks("id")


def _mention(text: str, name: str, label: str = "PERSON") -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), label)


def _texts(text: str, mentions: list[Mention]) -> list[str]:
    return [text[m.start : m.end] for m in mentions]


@pytest.mark.parametrize(
    ("text", "tagged", "name"),
    [
        ("Irjen Pol Suryo Hadi hadir.", "Irjen Pol Suryo Hadi", "Suryo Hadi"),  # two ranks
        ("Kabid Humas Kombes Rudi Ismail hadir.", "Kabid Humas Kombes Rudi Ismail", "Rudi Ismail"),  # a role first
        ("Mayjen TNI (Purn) Ahmad Sobari tiba.", "Mayjen TNI (Purn) Ahmad Sobari", "Ahmad Sobari"),  # retired
        ("Pak Harto datang.", "Pak Harto", "Harto"),  # a form of address
    ],
)
def test_the_person_begins_after_the_last_rank(text: str, tagged: str, name: str) -> None:
    assert _texts(text, without_ranks(text, [_mention(text, tagged)], RANKS)) == [name]


@pytest.mark.parametrize(
    ("text", "tagged", "label"),
    [
        ("Jalan Jenderal Sudirman macet.", "Jalan Jenderal Sudirman", "LOC"),  # a street named after a general
        ("Gus Dur datang.", "Gus Dur", "PERSON"),  # "Gus" belongs to the name (idner tags it)
        ("Brigjen Pol tiba.", "Brigjen Pol", "PERSON"),  # nothing but ranks: no name to keep
    ],
)
def test_other_mentions_stay_as_found(text: str, tagged: str, label: str) -> None:
    assert _texts(text, without_ranks(text, [_mention(text, tagged, label)], RANKS)) == [tagged]


def test_a_language_without_ranks_keeps_every_mention() -> None:
    text = "Mayor Ana Ruiz spoke."
    mentions = [_mention(text, "Mayor Ana Ruiz")]
    assert without_ranks(text, mentions, ranks("en")) == mentions


def test_recognize_names_the_officer_without_the_rank() -> None:
    text = "Kapolda Jawa Timur Irjen Nico Afinta membantah kabar tersebut."
    persons = [e for e in recognize(text, split_sentences(text), "id") if e.label == "PERSON"]
    assert [(e.text, e.canonical) for e in persons] == [("Nico Afinta", "Nico Afinta")]
