"""One canonical name per known party whatever the language, script, inflection or spelling of its mention."""

from __future__ import annotations

import pytest

from newsmon.nlp.entities import recognize
from newsmon.nlp.entities.gazetteer import aliases
from newsmon.nlp.entities.name_forms import core_key, is_given_name, known_alias, name_key, nominative
from newsmon.nlp.sentences import split_sentences


def _names(text: str, lang: str) -> dict[str, tuple[str, str]]:
    return {e.text: (e.label, e.canonical) for e in recognize(text, split_sentences(text), lang)}


@pytest.mark.parametrize(
    ("text", "lang", "surname", "person"),
    [
        ("Putin rejected the offer on Tuesday, according to two aides.", "en", "Putin", "Vladimir Putin"),
        ("Macron a reçu les syndicats jeudi soir à Paris.", "fr", "Macron", "Emmanuel Macron"),
        ("Netanyahu viajó a Washington la semana pasada.", "es", "Netanyahu", "Benjamin Netanyahu"),
        ("Biden telefonierte am Abend mit den Verbündeten.", "de", "Biden", "Joe Biden"),
    ],
)
def test_a_known_person_s_surname_alone_is_the_person(text: str, lang: str, surname: str, person: str) -> None:
    assert _names(text, lang)[surname] == ("PERSON", person)


def test_a_surname_two_listed_persons_share_or_a_family_name_too_short_is_no_form() -> None:
    forms = aliases("en")
    assert forms["Trump"].canonical == "Donald Trump"
    assert "Xi" not in forms and "Jinping" not in forms  # "Xi Jinping": the family name comes first


def test_a_surname_names_the_person_the_article_names_in_full() -> None:
    text = "Lara Trump spoke at the rally in Ohio on Saturday. Trump later told reporters she would run."
    assert _names(text, "en")["Trump"] == ("PERSON", "Lara Trump")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Песков опроверг слухи о переговорах с Трампом.", "Трампом"),
        ("Журналисты спросили о встрече с Владимиром Путиным в Сочи.", "Владимиром Путиным"),
        ("Министр рассказал о беседе с Дональдом Трампом.", "Дональдом Трампом"),
    ],
)
def test_a_russian_case_form_of_a_known_person_is_the_person(text: str, surface: str) -> None:
    label, canonical = _names(text, "ru")[surface]
    assert label == "PERSON"
    assert canonical in ("Donald Trump", "Vladimir Putin")


def test_a_case_form_is_looked_up_only_where_names_decline() -> None:
    assert known_alias("Трампом", "ru") is not None
    assert known_alias("Трампом", "en") is None


def test_the_same_person_has_one_canonical_name_in_every_language() -> None:
    texts = {
        "en": "Putin denied reports of a meeting with Trump.",
        "fr": "Poutine a démenti toute rencontre avec Trump.",
        "es": "Putin negó cualquier reunión con Trump.",
        "ru": "Путин опроверг сообщения о встрече с Трампом.",
    }
    for lang, text in texts.items():
        canonicals = {canonical for _, canonical in _names(text, lang).values()}
        assert canonicals == {"Vladimir Putin", "Donald Trump"}, lang


def test_a_title_a_person_s_name_opens_with_is_no_part_of_it() -> None:
    text = "Пресс-секретарь Дмитрий Песков отказался от комментариев. Позже Песков уточнил детали."
    names = _names(text, "ru")
    assert "Пресс-секретарь Дмитрий Песков" not in names
    assert names["Дмитрий Песков"] == ("PERSON", "Dmitry Peskov")
    assert names["Песков"] == ("PERSON", "Dmitry Peskov")


def test_given_names_are_known_in_their_case_forms() -> None:
    assert is_given_name("Игорем", "ru")
    assert is_given_name("Антоном", "ru")
    assert is_given_name("Anna", "en")
    assert not is_given_name("Министром", "ru")


def test_latin_spellings_with_and_without_diacritics_are_one_name() -> None:
    assert core_key("Ramón Pérez", "es") == core_key("Ramon Perez", "es")
    assert core_key("Сергей", "ru") != core_key("Сергеи", "ru")  # Cyrillic letters keep their marks
    text = "Ramón Pérez Ibarra dimitió ayer. Según fuentes del partido, Ramon Perez Ibarra no dio razones."
    canonicals = {canonical for _, canonical in _names(text, "es").values()}
    assert canonicals == {"Ramón Pérez Ibarra"}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Игорем Сечиным", "Игорь Сечин"),
        ("Марией Захаровой", "Мария Захарова"),
        ("Андрея Вознесенского", "Андрей Вознесенский"),
        ("Игорю Петрову", "Игорь Петров"),
        ("Олегом Хаммером", "Олег Хаммер"),
        ("Аллы Пугачёвой", "Алла Пугачёва"),
        ("Натальей Константиновной Ивановой", "Наталья Константиновна Иванова"),
        ("Лаптевым", "Лаптев"),
        # A nominative, or a form no ending settles: left as it is.
        ("Руцкой", "Руцкой"),
        ("Джером Сеймур", "Джером Сеймур"),
        ("Евгения Михайловна", "Евгения Михайловна"),
        ("Ивана Шаповалова", "Ивана Шаповалова"),
        ("Трампом", "Трампом"),
    ],
)
def test_an_unknown_russian_person_s_name_is_put_in_the_nominative_where_its_endings_say_so(
    name: str, expected: str
) -> None:
    assert nominative(name, "ru") == expected


def test_names_that_do_not_decline_are_left_as_they_are() -> None:
    assert nominative("Igorem Sechinym", "en") == "Igorem Sechinym"


def test_an_unknown_russian_person_has_one_name_in_the_nominative_across_the_article() -> None:
    text = (
        "Глава компании Игорь Сечин опроверг слухи о продаже. Позднее с Игорем Сечиным встретился министр. "
        "Акционеры поддержали решение Сечина."
    )
    names = _names(text, "ru")
    assert names["Игорем Сечиным"] == ("PERSON", "Игорь Сечин")
    assert names["Сечина"] == ("PERSON", "Игорь Сечин")


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Алексей Навальный", "Alexei Navalny"),
        ("Мария Захарова", "Maria Zakharova"),
        ("Евгений Пригожин", "Yevgeny Prigozhin"),
        ("Михаил Ходорковский", "Mikhail Khodorkovsky"),
        ("Ramón Pérez", "RAMON PEREZ"),
        ("Jean-Pierre  Dupont", "jean pierre dupont"),
    ],
)
def test_spellings_of_one_name_in_any_script_share_a_name_key(one: str, other: str) -> None:
    assert name_key(one) == name_key(other)


def test_different_names_keep_different_name_keys() -> None:
    assert name_key("Игорь Сечин") != name_key("Igor Sechkin")
    assert name_key("Anna Schmidt") != name_key("Hanna Schmidt")
