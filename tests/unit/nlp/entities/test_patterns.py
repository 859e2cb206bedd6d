"""Institution names by their head word: lower-case heads, joiners between the head and the name."""

from __future__ import annotations

from newsmon.nlp.entities import recognize
from newsmon.nlp.entities.patterns import (
    institution_complements,
    institution_heads,
    institution_joiners,
    with_complements,
    with_institutions,
)
from newsmon.nlp.sentences import split_sentences


def _orgs(text: str, lang: str) -> list[str]:
    return [e.text for e in recognize(text, split_sentences(text), lang) if e.label == "ORG"]


def test_a_lower_case_head_joined_to_its_name_makes_one_organisation() -> None:
    words = ["Le", "ministère", "de", "la", "Culture", "a", "répondu", "."]
    joiners = institution_joiners("fr")
    spans = with_institutions(words, [(4, 5, "LOC", 0.9)], institution_heads("fr"), joiners, joiners)
    assert spans == [(1, 5, "ORG", 0.5)]


def test_an_organisation_after_a_lower_case_head_is_its_complement_and_a_person_stops_it() -> None:
    heads, joiners = institution_heads("es"), institution_joiners("es")
    words = ["El", "ministerio", "de", "Sanidad", "negó", "."]
    assert with_institutions(words, [(3, 4, "ORG", 0.9)], heads, joiners, joiners) == [(1, 4, "ORG", 0.5)]
    words = ["el", "ministerio", "de", "Lucía", "Ferrer"]
    assert with_institutions(words, [(3, 5, "PER", 0.9)], heads, joiners, joiners) == [(3, 5, "PER", 0.9)]


def test_a_head_followed_by_a_conjunction_opens_no_name() -> None:
    words = ["Organisasi", "dan", "Tata", "Kerja"]
    assert with_institutions(words, [], institution_heads("id"), frozenset({"dan"}), frozenset()) == []


def test_french_ministries_written_in_lower_case_are_organisations_not_places() -> None:
    text = "Le ministère des Sports a démenti. Le ministère de l'Intérieur a réagi lundi."
    assert _orgs(text, "fr") == ["ministère des Sports", "ministère de l'Intérieur"]


def test_numbered_bodies_and_organs_of_a_named_organisation_are_no_names_of_their_own() -> None:
    heads, bridges = institution_heads("id"), frozenset({"dan"})
    words = ["anggota", "Komisi", "III", "DPR", "menolak"]
    assert with_institutions(words, [(3, 4, "ORG", 0.9)], heads, bridges, frozenset()) == [(3, 4, "ORG", 0.9)]
    assert with_institutions(["Komisi", "VII", "menolak"], [], heads, bridges, frozenset()) == []
    assert with_institutions(["Komisi", "II", "DPR", "menolak"], [], heads, bridges, frozenset()) == []
    words = ["Dewan", "Pimpinan", "Pusat", "Partai", "Demokrat", "menolak"]
    assert with_institutions(words, [(3, 5, "ORG", 0.9)], heads, bridges, frozenset()) == [(3, 5, "ORG", 0.9)]
    words = ["Kementerian", "Sosial", "Khofifah", "Indar", "menolak"]
    spans = with_institutions(words, [(2, 4, "PER", 0.9)], heads, bridges, frozenset())
    assert spans == [(0, 2, "ORG", 0.5), (2, 4, "PER", 0.9)]


def test_a_russian_head_tagged_alone_takes_its_genitive_complements_and_the_place_after_them() -> None:
    rules = institution_complements("ru")
    assert rules is not None
    words = ["Глава", "Министерства", "сельского", "хозяйства", "и", "продовольствия", "Беларуси", "заявил"]
    spans = [(1, 2, "ORG", 0.9), (6, 7, "LOC", 0.9)]
    assert with_complements(words, spans, rules) == [(1, 7, "ORG", 0.9)]


def test_a_verb_or_an_adverb_after_a_russian_head_is_no_complement() -> None:
    rules = institution_complements("ru")
    assert rules is not None
    for verb in ("сообщила", "заявили", "вчера"):
        words = ["Служба", verb, "об", "этом"]
        assert with_complements(words, [(0, 1, "ORG", 0.9)], rules) == [(0, 1, "ORG", 0.9)]
    assert institution_complements("en") is None


def test_russian_ministries_keep_their_portfolio() -> None:
    text = "Представитель Министерства финансов опроверг эти сведения. В Министерстве юстиции заявили обратное."
    assert _orgs(text, "ru") == ["Министерства финансов", "Министерстве юстиции"]
