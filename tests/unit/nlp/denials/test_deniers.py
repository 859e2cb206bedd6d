"""Deniers read with the article's entities: pronouns resolved to the named mention, coordinated deniers."""

from __future__ import annotations

from newsmon.nlp.analysis import analyze


def _deniers(text: str, lang: str) -> list[tuple[str, str]]:
    return [(d.denier.text, d.denier.canonical) for d in analyze(text, lang=lang).denials if d.denier]


def test_a_pronoun_in_a_later_sentence_takes_the_name_before_it_as_canonical() -> None:
    assert _deniers("Barack Obama spoke on Monday. He denied the report.", "en") == [("He", "Barack Obama")]
    assert _deniers("Emmanuel Macron est arrivé lundi. Il nie les accusations.", "fr") == [("Il", "Emmanuel Macron")]


def test_a_pronoun_after_its_name_in_the_same_sentence_gives_the_name() -> None:
    text = "It has long been reported that Dr Khoo intends to sell the firm, but he has always denied this."
    assert _deniers(text, "en")[0][0] == "Dr Khoo"


def test_a_name_inside_a_quotation_is_not_the_speaker() -> None:
    text = "“Tidak benar mereka keluarga Prabowo, kami tidak mengenal mereka,” kata dia kepada wartawan."
    assert all(denier != "Prabowo" for denier, _ in _deniers(text, "id"))


def test_coordinated_deniers_give_one_record_each_and_an_age_is_no_denier() -> None:
    assert _deniers("Anna Berg and Tom Berg, 49, deny the charges.", "en") == [
        ("Anna Berg", "Anna Berg"),
        ("Tom Berg", "Tom Berg"),
    ]
