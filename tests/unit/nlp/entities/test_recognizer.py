"""``recognize`` end to end on sentences written for these tests (en, id, es, fr, ru, de, ar)."""

from __future__ import annotations

import pytest

from newsmon.nlp.entities import recognize
from newsmon.nlp.sentences import split_sentences
from newsmon.nlp.types import Entity

EN = (
    "State Department spokesman Ned Price told reporters in Washington on Tuesday that the United States "
    "had not changed its position. Price said the White House would answer Moscow later. "
    "Karine Jean-Pierre, the White House press secretary, declined to comment. "
    "Jean-Pierre said the reports were false."
)
ID = (
    "Juru bicara Kementerian Luar Negeri Rusia Maria Zakharova membantah laporan media di Amerika Serikat "
    "pada Selasa. Zakharova mengatakan Moskow tidak pernah mengirim pasukan ke perbatasan Ukraina."
)


def found(text: str, lang: str) -> list[Entity]:
    return recognize(text, split_sentences(text), lang)


def by_text(entities: list[Entity]) -> dict[str, Entity]:
    return {entity.text: entity for entity in entities}


@pytest.mark.parametrize(("text", "lang"), [(EN, "en"), (ID, "id")])
def test_offsets_are_exact_and_sorted(text: str, lang: str) -> None:
    entities = found(text, lang)
    assert entities
    for entity in entities:
        assert text[entity.start : entity.end] == entity.text
        assert entity.label in {"PERSON", "ORG", "LOC"}
    assert [e.start for e in entities] == sorted(e.start for e in entities)


def test_english_names_types_and_offsets() -> None:
    entities = found(EN, "en")
    ned = by_text(entities)["Ned Price"]
    assert (ned.label, ned.start, ned.end) == ("PERSON", 27, 36)
    assert by_text(entities)["Washington"].label == "LOC"
    white_house = [e for e in entities if e.text == "White House"]
    assert len(white_house) == 2
    assert {e.label for e in white_house} == {"ORG"}
    assert {e.canonical for e in white_house} == {"White House"}


def test_short_mentions_resolve_to_the_full_name() -> None:
    entities = found(EN, "en")
    price = [e for e in entities if e.text == "Price"]
    assert [(e.label, e.canonical) for e in price] == [("PERSON", "Ned Price")]
    jean_pierre = [e for e in entities if e.text == "Jean-Pierre"]
    assert [(e.label, e.canonical) for e in jean_pierre] == [("PERSON", "Karine Jean-Pierre")]


def test_a_common_word_opening_a_sentence_is_a_repeat_only_if_the_text_never_uses_it_as_a_word() -> None:
    about_prices = "Economist Sarah Price expects higher oil prices next year. Price rises hit households hardest."
    assert [e.text for e in found(about_prices, "en")] == ["Sarah Price"]
    about_her = "Economist Sarah Price expects a quiet year. Price said households would cope."
    assert [(e.text, e.canonical) for e in found(about_her, "en")] == [
        ("Sarah Price", "Sarah Price"),
        ("Price", "Sarah Price"),
    ]


def test_indonesian_title_organisation_and_person_are_split() -> None:
    entities = by_text(found(ID, "id"))
    assert entities["Maria Zakharova"].label == "PERSON"
    assert entities["Zakharova"].canonical == "Maria Zakharova"
    assert "Kementerian Luar Negeri Rusia Maria Zakharova" not in entities


@pytest.mark.parametrize(
    ("surface", "canonical"),
    [("Amerika Serikat", "United States"), ("Moskow", "Moscow"), ("Ukraina", "Ukraine")],
)
def test_indonesian_aliases_get_english_canonical_names(surface: str, canonical: str) -> None:
    entity = by_text(found(ID, "id"))[surface]
    assert (entity.label, entity.canonical) == ("LOC", canonical)


# Language -> (a sentence naming the White House, its name there).
WHITE_HOUSE = {
    "es": ("La Casa Blanca negó el martes los informes sobre una reunión secreta.", "Casa Blanca"),
    "fr": ("La Maison Blanche a démenti mardi les informations du journal.", "Maison Blanche"),
    "ru": ("Белый дом опроверг сообщения о секретных переговорах.", "Белый дом"),
    "de": ("Das Weiße Haus wies die Berichte am Dienstag zurück.", "Weiße Haus"),
    "ar": ("نفى البيت الأبيض التقارير يوم الثلاثاء.", "البيت الأبيض"),
    "pt": ("A Casa Branca negou as notícias sobre a reunião.", "Casa Branca"),
    "id": ("Gedung Putih membantah laporan tersebut pada hari Selasa.", "Gedung Putih"),
}


@pytest.mark.parametrize("lang", WHITE_HOUSE)
def test_the_white_house_has_one_canonical_name_in_every_language(lang: str) -> None:
    text, surface = WHITE_HOUSE[lang]
    entity = by_text(found(text, lang))[surface]
    assert (entity.label, entity.canonical) == ("ORG", "White House")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("El presidente Pedro Sánchez viajó a Bruselas con la ministra.", "es", {"Pedro Sánchez": "PERSON"}),
        ("Le ministre Bruno Le Maire a rencontré des patrons à Berlin.", "fr", {"Berlin": "LOC"}),
        ("В понедельник министр Сергей Лавров прилетел в Анкару.", "ru", {"Сергей Лавров": "PERSON"}),
    ],
)
def test_other_languages_find_names(text: str, lang: str, expected: dict[str, str]) -> None:
    entities = by_text(found(text, lang))
    for surface, label in expected.items():
        assert entities[surface].label == label


def test_nato_and_the_un_share_canonical_names_across_languages() -> None:
    cases = [
        ("Sekretaris Jenderal PBB dan NATO bertemu di Jenewa.", "id"),
        ("El secretario general de la ONU y la OTAN se reunieron.", "es"),
        ("В Женеве встретились представители ООН и НАТО.", "ru"),
    ]
    for text, lang in cases:
        canonicals = {e.canonical for e in found(text, lang)}
        assert {"United Nations", "NATO"} <= canonicals, (lang, canonicals)


def test_misc_names_are_not_returned() -> None:
    text = "Rafael Nadal won the U.S. Open in New York."
    entities = found(text, "en")
    assert "U.S." not in {e.text for e in entities}
    assert by_text(entities)["Rafael Nadal"].label == "PERSON"


@pytest.mark.parametrize("text", ["", "   ", "no names at all here, only lower case words."])
def test_texts_without_names(text: str) -> None:
    assert found(text, "en") == []


def test_unknown_language_uses_the_gazetteer_only() -> None:
    text = "Il Cremlino e la Casa Bianca."  # Italian: no model, no Italian aliases
    assert found(text, "it") == []
    assert [e.canonical for e in found("Moscow e Kyiv.", "it")] == ["Moscow", "Kyiv"]


def test_a_name_opened_by_an_institution_word_is_an_org_with_all_its_mentions() -> None:
    text = "Perum Bulog membantah kabar kenaikan harga beras. Direktur Bulog mengatakan itu hoaks."
    labels = {e.text: e.label for e in recognize(text, split_sentences(text), "id")}
    assert labels.get("Perum Bulog") == "ORG" and labels.get("Bulog", "ORG") == "ORG"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ursula von der Leyen said the talks with Ankara would go on.", "en"),  # "von" never seen in train
        ("Commission chief Ursula von der Leyen rejected the plan on Friday.", "en"),
        ("Presiden Komisi Eropa Ursula von der Leyen menolak rencana itu.", "id"),
    ],
)
def test_a_name_particle_train_never_saw_stays_inside_the_person_name(text: str, lang: str) -> None:
    people = [entity.text for entity in found(text, lang) if entity.label == "PERSON"]
    assert people == ["Ursula von der Leyen"]


def test_names_joined_by_other_particles_stay_whole() -> None:
    people = {entity.text for entity in found("Crown Prince Mohammed bin Salman met Richard van Dam.", "en")}
    assert {"Mohammed bin Salman", "Richard van Dam"} <= people


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "names"),
    [
        # Title Case: no name runs across the trigger or the words sentence case writes small.
        ("Istana Bantah Jokowi Akan Maju Lagi", "id", "Bantah", {"Jokowi"}),  # was "Bantah Jokowi"
        ("Pentagon Denies Troops Were Sent to Syria", "en", "Denies", {"Pentagon", "Syria"}),
        ("Gobierno Niega Que Haya Negociado Con ETA", "es", "Niega", {"Gobierno", "ETA"}),
        ("El Real Madrid Desmiente El Fichaje De Mbappé", "es", "Desmiente", {"Real Madrid"}),  # a name's word stays
    ],
)
def test_the_names_of_a_title_case_headline_stop_at_its_plain_words(
    text: str, lang: str, trigger: str, names: set[str]
) -> None:
    entities = [entity.text for entity in found(text, lang)]
    assert names <= set(entities)
    assert not any(trigger in entity for entity in entities)


def test_a_legal_form_tagged_alone_closes_the_company_name_before_it() -> None:
    text = "PT Pupuk Sentosa (Persero) Tbk membantah kabar penutupan pabrik di Gresik."
    entities = found(text, "id")
    assert ("PT Pupuk Sentosa (Persero) Tbk", "ORG", "PT Pupuk Sentosa") in [
        (e.text, e.label, e.canonical) for e in entities
    ]
    assert "Tbk" not in [e.text for e in entities]


def test_a_legal_form_tagged_alone_before_a_name_opens_one_company() -> None:
    # Was "PT" ORG and "Agus Salim Perkasa Tbk" PERSON.
    entities = found("PT Agus Salim Perkasa Tbk menepis isu itu.", "id")
    assert [(e.text, e.label) for e in entities] == [("PT Agus Salim Perkasa Tbk", "ORG")]


def test_the_short_name_in_brackets_after_a_company_is_part_of_it_and_a_company_elsewhere() -> None:
    # Was "(Busantex)" and "Busantex" PERSON.
    text = "PT Budi Santoso Jaya Tbk (Busantex) membantah kabar pailit. Busantex juga menolak."
    entities = [(e.text, e.label) for e in found(text, "id")]
    assert entities == [("PT Budi Santoso Jaya Tbk (Busantex)", "ORG"), ("Busantex", "ORG")]


def test_a_person_after_a_company_or_in_brackets_after_a_person_stays_a_person() -> None:
    text = "Direktur PT Sinar Jaya, Dewi Lestari, membantah kabar itu. Joko Widodo (Jokowi) menolak."
    labels = {e.text: e.label for e in found(text, "id")}
    assert labels["PT Sinar Jaya"] == "ORG"
    assert labels["Dewi Lestari"] == labels["Joko Widodo"] == "PERSON"
