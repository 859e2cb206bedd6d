"""Title Case told once for the language detector, the entity recogniser and the denial rules."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from newsmon.nlp.titles import acronym, in_capitals, plain_words, title_case, titled
from newsmon.nlp.wordlists import title_words


@pytest.mark.parametrize(
    ("words", "titled"),
    [
        ("Polri Bantah Isu Penangkapan Ketua KPK", True),
        ("Kremlin Denies Putin Met Trump in Secret", True),
        ("Warga Keluhkan Jalan Rusak yang Tak Kunjung Diperbaiki", True),  # "yang" keeps its small letter
        ("Kremlin denies Putin met Trump in secret", False),
        ("KREMLIN DENIES PUTIN MET TRUMP", False),  # capitals keep their own reading
        ("Polri Bantah", False),  # too short to tell
        ("The 64-year-old Has Denied The Killing", True),  # a word opening with a digit says nothing
        # A capitalised short word counts for a title (were too few words of four letters).
        ("Airline Denies Jet Had Fault", True),
        ("Polri Bantah Isu KPK", True),
        ("Rumours of the War in Syria", True),  # a small word of three letters or fewer says nothing
        ("Rumours about Syria were Denied", False),  # one of four letters or more does
    ],
)
def test_title_case_is_told_by_the_capitals_of_its_words(words: str, titled: bool) -> None:
    assert title_case(words.split()) is titled


@pytest.mark.parametrize(
    ("words", "capitals"),
    [
        ("KREMLIN DENIES PUTIN MET TRUMP", True),
        ("POLRI BANTAH ISU PENANGKAPAN KETUA KPK", True),
        ("EL GOBIERNO DESMIENTE LA DIMISIÓN DEL MINISTRO EN 2024", True),  # a number is no word of letters
        ("FBI CIA", False),  # too short to tell
        ("Polri Bantah Isu Penangkapan Ketua KPK", False),  # Title Case
        ("NATO AND EU OFFICIALS denied the reports", False),  # fewer than four words in five
        ("The FBI, CIA and NSA denied it", False),
    ],
)
def test_a_sentence_in_capitals_is_told_by_most_of_its_words(words: str, capitals: bool) -> None:
    assert in_capitals(words.replace(",", "").split()) is capitals


def test_a_text_is_titled_by_its_words_whatever_its_punctuation() -> None:
    assert titled("«Kremlin Denies Putin Met Trump», Officials Say")
    assert not titled("Kremlin denies Putin met Trump, officials say")


def test_an_acronym_is_two_capitals_or_more() -> None:
    assert acronym("KPK") and acronym("U.S.")
    assert not acronym("A") and not acronym("Kremlin")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # German capitalises nouns: a sentence-case sentence writes its verbs small.
        ("de", "Der Vorstandschef der Stadtwerke Hannover, Klaus Brenner, wies die Kritik am Montag zurück."),
        # Names alone, with no capital where sentence case has none.
        ("en", "Chelsea Beat Arsenal at Stamford Bridge"),
        ("id", "Wakil Ketua Umum Partai Amanat Nasional Hendra Saputra menjenguk Bupati Garut"),
    ],
)
def test_a_sentence_in_sentence_case_is_no_title(lang: str, text: str) -> None:
    assert plain_words(text, 0, len(text), title_words(lang)) is None


def test_the_plain_words_of_a_title_are_its_trigger_and_function_words() -> None:
    text = "Istana Bantah Jokowi Akan Maju Lagi"
    plain = plain_words(text, 0, len(text), title_words("id"))
    assert plain is not None
    assert {text.index(word) for word in ("Bantah", "Akan")} <= plain
    assert text.index("Jokowi") not in plain


@pytest.mark.parametrize("module", ["newsmon.nlp.wordlists", "newsmon.nlp.entities.recognizer", "newsmon.nlp.titles"])
def test_a_reader_of_the_word_lists_imports_first(module: str) -> None:
    # The denial package reads the entities, whose recogniser reads the denial resources' lists: whichever is
    # imported first, in a fresh interpreter, must not find the other half-initialised.
    subprocess.run([sys.executable, "-c", f"import {module}"], check=True, env=os.environ)
