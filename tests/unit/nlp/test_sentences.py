from __future__ import annotations

import pytest

from newsmon.nlp.sentences import split_sentences


def texts(text: str) -> list[str]:
    spans = split_sentences(text)
    assert all(text[s.start : s.end] == s.text for s in spans)
    return [s.text for s in spans]


def test_plain_sentences_and_offsets() -> None:
    assert texts("The ministry denied it. Officials said so!  Really?") == [
        "The ministry denied it.",
        "Officials said so!",
        "Really?",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Smith met Dr. Jones in the U.S. on Monday.",
        "Juru bicara Bpk. Budi hadir di sana.",
        "He arrived at 3 p.m. with J. R. Tolkien.",
        "Der Konzern dementierte am 3. Oktober die Berichte.",  # a German date: the day is an ordinal
        "Der Stürmer bestritt am Samstag sein 300. Bundesligaspiel.",  # an ordinal after a possessive
        "Zum 2. Mal wies der Minister die Vorwürfe zurück.",  # after a contraction
    ],
)
def test_abbreviations_and_initials_do_not_end_a_sentence(text: str) -> None:
    assert texts(text) == [text]


def test_a_number_before_a_capital_other_than_a_month_still_ends_a_sentence() -> None:
    assert texts("The match went to round 12. March is next.") == ["The match went to round 12.", "March is next."]
    assert texts("Sie erreichten Platz 123. Oktober bleibt offen.") == [
        "Sie erreichten Platz 123.",
        "Oktober bleibt offen.",
    ]


def test_glued_sentences_from_scraped_pages_are_split() -> None:
    assert texts("kepada Anda.”Laporan tersebut benar. Nikolai Patrushev.Menurut laporan itu, ya.") == [
        "kepada Anda.”",
        "Laporan tersebut benar.",
        "Nikolai Patrushev.",
        "Menurut laporan itu, ya.",
    ]


def test_a_pronoun_glued_on_with_no_full_stop_opens_a_sentence() -> None:
    assert texts("Dana itu disebut hilang di kas daerahDia kemudian menepis kabar itu.") == [
        "Dana itu disebut hilang di kas daerah",
        "Dia kemudian menepis kabar itu.",
    ]
    # A capital inside a name, or the pronoun before a capital, is no such boundary.
    assert texts("Warga KotaIa Baru menonton MediaDia TV.") == ["Warga KotaIa Baru menonton MediaDia TV."]


def test_closing_quotes_stay_with_their_sentence() -> None:
    assert texts("“Ini kebohongan murni.” Kata Peskov kepada wartawan.") == [
        "“Ini kebohongan murni.”",
        "Kata Peskov kepada wartawan.",
    ]


def test_a_line_break_ends_a_headline_without_a_full_stop() -> None:
    assert texts("Kremlin menepis laporan\n\nMoskow membantah laporan itu.") == [
        "Kremlin menepis laporan",
        "Moskow membantah laporan itu.",
    ]


def test_other_scripts() -> None:
    assert len(texts("Кремль опроверг сообщения. Песков заявил об этом.")) == 2
    assert texts("") == []
    assert texts("   \n  ") == []


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # German „…“ and »…«, French « … »: the quotation opens the next sentence (was one sentence with the last).
        (
            "Die Stadt schwieg. „Das stimmt nicht“, sagte der Anwalt.",
            ["Die Stadt schwieg.", "„Das stimmt nicht“, sagte der Anwalt."],
        ),
        (
            "Die Stadt schwieg. »Das stimmt nicht«, sagte der Anwalt.",
            ["Die Stadt schwieg.", "»Das stimmt nicht«, sagte der Anwalt."],
        ),
        ("La mairie se tait. « C’est faux », dit l’avocat.", ["La mairie se tait.", "« C’est faux », dit l’avocat."]),
        # A French "»" before a space closes its quotation: no sentence opens at it.
        ("Il a dit : « C’est faux. » Puis il est parti.", ["Il a dit : « C’est faux. » Puis il est parti."]),
    ],
)
def test_an_opening_quotation_mark_starts_a_sentence(text: str, sentences: list[str]) -> None:
    assert texts(text) == sentences
