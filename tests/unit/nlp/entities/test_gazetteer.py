"""The alias gazetteer: a known name behind a fused article or an Arabic clitic, with a German genitive, surnames."""

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


def test_an_arabic_name_written_as_one_word_with_a_conjunction_or_preposition_is_matched_without_it() -> None:
    assert _found("وبوتين رفض العرض", "ar") == [("بوتين", "Vladimir Putin")]
    assert _found("في رسالة للكرملين أمس", "ar") == [("كرملين", "Kremlin")]
    assert _found("سافر الوفد لطهران", "ar") == [("طهران", "Tehran")]


def test_a_known_person_s_surname_alone_is_matched_as_the_person() -> None:
    assert _found("Officials said Putin would travel on Friday.", "en") == [("Putin", "Vladimir Putin")]
    assert _found("Am Abend dementierte Biden.", "de") == [("Biden", "Joe Biden")]


def test_a_german_genitive_written_as_one_word_is_the_name() -> None:
    assert _found("Putins Sprecher schwieg, Moskaus Botschaft auch.", "de") == [
        ("Putins", "Vladimir Putin"),
        ("Moskaus", "Moscow"),
    ]
    assert _found("Die Putins Berater", "en") == []  # only where names take it


def test_armed_groups_are_known_organisations_in_every_language() -> None:
    assert _found("Para pejabat menyebut sel Al-Qaeda itu masih aktif.", "id") == [("Al-Qaeda", "Al-Qaeda")]
    assert _found("Officials blamed al-Qaeda and Boko Haram.", "en") == [
        ("al-Qaeda", "Al-Qaeda"),
        ("Boko Haram", "Boko Haram"),
    ]
    assert _found("Боевики Исламского государства отступили.", "ru") == [("Исламского государства", "Islamic State")]
