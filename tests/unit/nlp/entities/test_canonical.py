"""Canonical names: bare names, one name per party in an article, acronyms with the names they stand for."""

from __future__ import annotations

from newsmon.nlp.entities import recognize
from newsmon.nlp.entities.canonical import ArticleNames, canonical_entities
from newsmon.nlp.entities.name_forms import (
    abbreviates,
    bare_name,
    core_key,
    head_first,
    ministry_short_form,
    stems,
)
from newsmon.nlp.sentences import split_sentences
from newsmon.nlp.types import Entity


def _canonicals(text: str, lang: str) -> dict[str, str]:
    return {e.text: e.canonical for e in recognize(text, split_sentences(text), lang)}


def test_a_bare_name_has_no_determiner_possessive_quotes_or_bracketed_acronym() -> None:
    assert bare_name("The Kremlin's", "en") == "Kremlin"
    assert bare_name("Le  ministère des Armées", "fr") == "ministère des Armées"
    assert bare_name("l'Élysée", "fr") == "Élysée"
    assert bare_name("Die Bundesregierung", "de") == "Bundesregierung"
    assert bare_name("A Petrobras", "pt") == "Petrobras"
    assert bare_name("«Заря»", "ru") == "Заря"
    assert bare_name("Badan Pangan Daerah (BPD)", "id") == "Badan Pangan Daerah"


def test_a_determiner_alone_or_inside_a_word_stays() -> None:
    assert bare_name("The", "en") == "The"
    assert bare_name("Theodor Lenz", "en") == "Theodor Lenz"
    assert bare_name("Olaf Brink", "pt") == "Olaf Brink"


def test_forms_that_differ_by_legal_form_case_or_punctuation_share_a_key() -> None:
    assert core_key("Rheinwerk AG", "de") == core_key("RHEINWERK", "de") == "rheinwerk"
    assert core_key("Norvale Foods, Inc.", "en") == core_key("Norvale Foods", "en")
    assert core_key("PT Sinar Tekstil Tbk", "id") == core_key("Sinar Tekstil", "id")
    assert core_key("Agnes", "en") != core_key("Agnes Gruber", "en")


def test_an_acronym_stands_for_a_name_whose_initials_it_follows() -> None:
    assert abbreviates("KPK", "Komisi Pemberantasan Korupsi")
    assert abbreviates("Kemenkes", "Kementerian Kesehatan")
    assert abbreviates("NLRB", "National Labor Relations Board")
    assert not abbreviates("Rusia", "Moskow")
    assert not abbreviates("KPU", "Komisi Pemberantasan Korupsi")


def test_mentions_of_one_party_take_its_fullest_form() -> None:
    text = "Halvorsen Shipping ASA confirmed the sale. A spokesman for Halvorsen Shipping said talks had ended."
    entities = [
        Entity("Halvorsen Shipping ASA", "ORG", 0, 22, "Halvorsen Shipping ASA"),
        Entity("Halvorsen Shipping", "ORG", 64, 82, "Halvorsen Shipping"),
    ]
    assert [e.canonical for e in canonical_entities(text, entities, "en")] == ["Halvorsen Shipping ASA"] * 2


def test_a_known_alias_behind_a_determiner_gives_the_canonical_name_and_label() -> None:
    text = "The Kremlin dismissed it."
    settled = canonical_entities(text, [Entity("The Kremlin", "LOC", 0, 11, "The Kremlin")], "en")
    assert [(e.label, e.canonical) for e in settled] == [("ORG", "Kremlin")]


def test_a_name_with_its_acronym_in_brackets_is_one_party_with_every_mention_of_the_acronym() -> None:
    text = "Badan Riset Pangan (BRP) membantah kabar itu. Kepala BRP menyebut isu tersebut tidak benar."
    entities = [
        Entity("Badan Riset Pangan", "ORG", 0, 18, "Badan Riset Pangan"),
        Entity("BRP", "ORG", 20, 23, "BRP"),
        Entity("BRP", "ORG", 53, 56, "BRP"),
    ]
    assert {e.canonical for e in canonical_entities(text, entities, "id")} == {"Badan Riset Pangan"}
    assert _canonicals("Komisi Pemberantasan Korupsi (KPK) membantah kabar itu. KPK menegaskan hal itu.", "id") == {
        "Komisi Pemberantasan Korupsi (KPK)": "KPK",
        "KPK": "KPK",
    }


def test_a_bracketed_place_is_no_acronym_of_the_name_before_it() -> None:
    text = "Warga Moskow (Rusia) membantah kabar itu."
    entities = [Entity("Moskow", "LOC", 6, 12, "Moscow"), Entity("Rusia", "LOC", 14, 19, "Russia")]
    assert [e.canonical for e in canonical_entities(text, entities, "id")] == ["Moscow", "Russia"]


def test_a_phrase_that_is_no_entity_takes_the_article_s_fullest_form_or_its_bare_name() -> None:
    text = "Der Hersteller Talbrück GmbH widersprach. Talbrück nannte den Bericht falsch."
    names = ArticleNames(text, [], "de")
    assert names.canonical("Talbrück") == "Talbrück GmbH"
    assert names.canonical("Die Landesregierung") == "Landesregierung"
    assert ArticleNames("", [], "fr").canonical("le ministère des Sports") == "Ministère des Sports"
    assert ArticleNames("", [], "fr").canonical("Le gouvernement") == "gouvernement"


def test_a_ministry_named_later_by_its_complement_alone_is_one_organisation() -> None:
    text = "Le ministère de la Culture a démenti. La Culture a parlé de rumeur."
    entities = [
        Entity("ministère de la Culture", "ORG", 3, 26, "ministère de la Culture"),
        Entity("Culture", "LOC", 40, 47, "Culture"),
    ]
    settled = [(e.label, e.canonical) for e in canonical_entities(text, entities, "fr")]
    assert settled == [("ORG", "Ministère de la Culture")] * 2
    assert ministry_short_form("Ministerio de Hacienda", "es") == "Hacienda"
    assert ministry_short_form("Ministério das Cidades", "pt") == "Cidades"
    assert ministry_short_form("Ministerio", "es") is None


def test_a_ministry_of_a_known_place_is_not_joined_with_the_place() -> None:
    text = "O Ministério do Brasil negou. O Brasil respondeu."
    entities = [
        Entity("Ministério do Brasil", "ORG", 2, 22, "Ministério do Brasil"),
        Entity("Brasil", "LOC", 32, 38, "Brazil"),
    ]
    assert [e.canonical for e in canonical_entities(text, entities, "pt")] == ["Ministério do Brasil", "Brazil"]


def test_the_cases_of_a_russian_name_are_one_party_named_by_the_nominative() -> None:
    text = "«Северсталь» опровергла слухи. Акции Северстали выросли."
    entities = [Entity("Северсталь", "ORG", 1, 11, "Северсталь"), Entity("Северстали", "LOC", 37, 47, "Северстали")]
    settled = canonical_entities(text, entities, "ru")
    assert [(e.label, e.canonical) for e in settled] == [("ORG", "Северсталь")] * 2
    assert ArticleNames(text, settled[:1], "ru").canonical("Северстали") == "Северсталь"
    assert stems("газпром", "ru") == ["газпром", "газпр"]
    assert stems("газпром", "en") == []


def test_only_an_institution_head_in_lower_case_is_capitalised() -> None:
    text = "Le général de Gaulle et le ministère des Finances."
    entities = [
        Entity("de Gaulle", "PERSON", 11, 20, "de Gaulle"),
        Entity("ministère des Finances", "ORG", 27, 49, "ministère des Finances"),
    ]
    assert [e.canonical for e in canonical_entities(text, entities, "fr")] == ["de Gaulle", "Ministère des Finances"]


def test_a_body_named_by_one_word_before_its_head_is_called_head_first() -> None:
    assert head_first("Health Ministry", "en") == "Ministry of Health"
    assert head_first("Foreign Ministry", "en") == "Ministry of Foreign Affairs"
    assert head_first("Energy Department", "en") == "Department of Energy"
    assert head_first("Ministry of Health", "en") == "Ministry of Health"
    assert head_first("Health Ministry", "id") == "Health Ministry"
    text = "The Health Ministry denied it. The Ministry of Health later said the claim was false."
    assert set(_canonicals(text, "en").values()) == {"Ministry of Health"}
