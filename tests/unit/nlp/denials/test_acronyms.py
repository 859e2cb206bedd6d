"""A full name with its acronym in parentheses names one party: the denier covers both spellings."""

from __future__ import annotations

from newsmon.nlp.denials import detect
from newsmon.nlp.denials.acronyms import spelled_out
from newsmon.nlp.sentences import split_sentences
from newsmon.nlp.types import Entity, EntityLabel

TEXT = "La Agencia Estatal de Puertos (AEP) desmintió el cierre del muelle."


def _entity(text: str, label: EntityLabel = "ORG") -> Entity:
    start = TEXT.index(text)
    return Entity(text, label, start, start + len(text), text)


FULL, ACRONYM = _entity("Agencia Estatal de Puertos"), _entity("AEP")


def test_the_acronym_is_widened_to_the_full_name_before_it() -> None:
    found = spelled_out(TEXT, [FULL, ACRONYM], 1)
    assert (found.text, found.canonical) == ("Agencia Estatal de Puertos (AEP)", "Agencia Estatal de Puertos")


def test_the_full_name_is_widened_to_the_acronym_after_it() -> None:
    assert spelled_out(TEXT, [FULL, ACRONYM], 0).text == "Agencia Estatal de Puertos (AEP)"


def test_entities_not_in_that_shape_stay_as_they_are() -> None:
    text = "El PP y el PSOE negaron el pacto."
    pp, psoe = (Entity(name, "ORG", text.index(name), text.index(name) + len(name), name) for name in ("PP", "PSOE"))
    assert spelled_out(text, [pp, psoe], 1) is psoe


def test_a_bracketed_name_that_does_not_stand_for_the_one_before_stays_apart() -> None:
    text = "Juan Pérez Gómez (EFE) desmintió el cierre del muelle."
    person = Entity("Juan Pérez Gómez", "PERSON", 0, 16, "Juan Pérez Gómez")
    agency = Entity("EFE", "ORG", 18, 21, "EFE")
    assert spelled_out(text, [person, agency], 0) is person


def test_a_denier_named_by_name_and_acronym_keeps_both() -> None:
    (denial,) = detect(TEXT, split_sentences(TEXT), [FULL, ACRONYM], "es")
    assert denial.denier is not None
    assert (denial.denier.text, denial.denier.canonical) == ("Agencia Estatal de Puertos (AEP)", FULL.canonical)
