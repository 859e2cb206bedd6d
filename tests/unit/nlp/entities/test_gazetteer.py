"""The alias gazetteer: a known name behind a preposition fused with its article."""

from __future__ import annotations

from newsmon.nlp.entities.gazetteer import find_aliases


def _found(text: str, lang: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.alias.canonical) for m in find_aliases(text, lang)]


def test_a_name_whose_article_is_fused_with_a_preposition_is_matched_without_it() -> None:
    assert _found("selon une enquête du Monde publiée hier", "fr") == [("Monde", "Le Monde")]
    assert _found("segundo a reportagem do El País", "pt") == [("El País", "El Pais")]
    assert _found("según un editorial del País", "es") == [("País", "El Pais")]


def test_a_fused_article_inside_another_name_is_no_match() -> None:
    assert _found("la finale de la Coupe du Monde", "fr") == []
    assert _found("las elecciones del País Vasco", "es") == []
