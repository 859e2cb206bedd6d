"""Deniers' canonical names: the name an alert rule uses, whatever the phrase and the language."""

from __future__ import annotations

import pytest

from newsmon.nlp.analysis import analyze


def _canonicals(text: str, lang: str) -> list[str]:
    return [d.denier.canonical for d in analyze(text, lang=lang).denials if d.denier]


def test_short_and_long_forms_of_a_company_in_an_article_share_the_fullest_form() -> None:
    text = (
        "Der Küchengerätehersteller Talbrück GmbH hat Berichte über Entlassungen dementiert. "
        "Ein Sprecher von Talbrück sagte, die Meldung sei falsch."
    )
    assert _canonicals(text, "de") == ["Talbrück GmbH", "Talbrück GmbH"]


@pytest.mark.parametrize(
    ("text", "lang", "canonical"),
    [
        ("A Norvale negou as notícias sobre a venda da fábrica.", "pt", "Norvale"),
        ("Die Landesregierung hat Berichte über neue Gebühren dementiert.", "de", "Landesregierung"),
        ("Le ministère des Sports a démenti les informations sur la fermeture du stade.", "fr", "Ministère des Sports"),
    ],
)
def test_a_denier_phrase_has_no_determiner_in_its_canonical_name(text: str, lang: str, canonical: str) -> None:
    assert _canonicals(text, lang) == [canonical]


def test_a_headline_in_capitals_takes_the_known_name() -> None:
    assert _canonicals("THE KREMLIN DENIES REPORTS OF A NEW OFFENSIVE", "en") == ["Kremlin"]


def test_one_body_has_one_canonical_name_across_languages_and_spellings() -> None:
    russian = _canonicals("МИД России опроверг сообщения о закрытии посольства.", "ru")
    english = _canonicals("The Russian Foreign Ministry denied reports that the embassy would close.", "en")
    assert russian == english == ["Russian Foreign Ministry"]
    full = _canonicals("Kementerian Kesehatan membantah kabar soal kelangkaan obat.", "id")
    short = _canonicals("Kemenkes membantah kabar soal kelangkaan obat.", "id")
    assert full == short == ["Kemenkes"]
    german = _canonicals("Die Bundesregierung hat Berichte über Steuererhöhungen zurückgewiesen.", "de")
    assert german == ["German Federal Government"]


def test_an_acronym_after_its_expansion_names_the_same_party() -> None:
    text = "Badan Riset Pangan (BRP) membantah kabar itu. BRP juga menyebut isu tersebut tidak benar."
    assert set(_canonicals(text, "id")) == {"Badan Riset Pangan"}


def test_a_ministry_named_by_its_complement_alone_takes_the_ministry_s_name() -> None:
    text = "El Ministerio de Hacienda negó la subida del IVA. Hacienda dijo que la noticia es falsa."
    assert _canonicals(text, "es") == ["Ministerio de Hacienda", "Ministerio de Hacienda"]
