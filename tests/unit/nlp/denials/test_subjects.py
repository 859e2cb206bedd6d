"""Subjects away from their verb: before an insertion, coordinated, or reporting the speech a pronoun is in."""

from __future__ import annotations

from newsmon.nlp.denials.conjuncts import conjuncts
from newsmon.nlp.denials.phrases import subject_before
from newsmon.nlp.denials.resources import load_rules
from newsmon.nlp.denials.subjects import interrupted_subject, reported_subject
from newsmon.nlp.denials.view import View
from newsmon.nlp.types import Span


def _view(text: str, lang: str = "en") -> View:
    rules = load_rules(lang)
    assert rules is not None
    return View(text, Span(text, 0, len(text)), rules)


def _at(view: View, word: str) -> int:
    return next(k for k, token in enumerate(view.tokens) if token.text == word)


def test_the_subject_before_a_relative_clause_participle_or_preposition_is_found() -> None:
    for text, verb, subject in [
        ("Ortiz, who led the firm until March, has denied it.", "denied", "Ortiz"),
        ("Ortiz, speaking in Lima, denied it.", "denied", "Ortiz"),
        ("The club, in a statement on Friday, denied it.", "denied", "The club"),
        ("Pelatih tim, Budi Hartono, melalui jumpa pers membantah kabar itu.", "membantah", "Budi Hartono"),
    ]:
        view = _view(text, "id" if "membantah" in text else "en")
        found = interrupted_subject(view, _at(view, verb))
        assert found is not None and found.name.text == subject, text


def test_no_insertion_gives_no_subject() -> None:
    view = _view("According to the radio, local sources denied it.")
    assert interrupted_subject(view, _at(view, "denied")) is None


def test_a_phrase_coordinated_before_the_subject_is_a_conjunct_but_an_object_is_not() -> None:
    view = _view("Rita Okoye and her husband deny the charges.")
    found = subject_before(view, _at(view, "deny"))
    assert found is not None
    assert [part.name.text for part in conjuncts(view, found).conjuncts] == ["Rita Okoye"]
    view = _view("The police arrested the driver and he denied it.")
    found = subject_before(view, _at(view, "denied"))
    assert found is not None and conjuncts(view, found).conjuncts == ()


def test_a_pronoun_after_a_speech_verb_stands_for_its_subject() -> None:
    view = _view("Patel said he dismissed the reports.")
    found = subject_before(view, _at(view, "dismissed"))
    assert found is not None and found.pronoun
    assert reported_subject(view, found).name.text == "Patel"


def test_roles_with_names_in_apposition_coordinated_are_both_subjects(run) -> None:
    # The comma closing the first apposition stands before the conjunction; not a phrase of another kind
    # before "but" ("accused of fleeing to Lagos, the capital, but Okoye denied it").
    for text, lang in [
        ("Kepala Desa Sukamulya, Dedi Supriatna, dan Camat Cikarang Utara, Irwan Hakim, membantah kabar itu.", "id"),
        ("The mayor, John Smith, and the police chief, Mary Jones, denied the reports.", "en"),
    ]:
        deniers = [record.denier.text for record in run(text, lang) if record.denier]
        assert len(deniers) == 2 and deniers[0] in ("Dedi Supriatna", "John Smith"), text
    text = "He was accused of trying to flee to Lagos, the commercial capital, but Okoye denied this."
    assert [record.denier.text for record in run(text, "en") if record.denier] == ["Okoye"]


def test_names_with_ages_coordinated_are_both_subjects(run) -> None:
    # The comma before the conjunction closes the first name's age (was only the second name).
    for text, first in [
        ("Tom Reyes, 38, and Ana Silva, 41, both from Leeds, deny the charges.", "Tom Reyes"),
        ("Former mayor Paul Kent, 66, and his wife Joan deny fraud.", "Paul Kent"),
    ]:
        deniers = [record.denier.text for record in run(text, "en") if record.denier]
        assert len(deniers) == 2 and deniers[0] == first, text
