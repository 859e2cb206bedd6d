from __future__ import annotations

import pytest

from newsmon.nlp.analysis import analyze
from newsmon.nlp.cleaning import clean
from newsmon.nlp.types import Analysis, Denial, Denier, Entity, Language, Span


@pytest.mark.parametrize(
    "text",
    [
        "The ministry denied the report.",
        "Le ministère a démenti « l’information ».",
        "Кремль опроверг",
        "ونُفيت الأنباء",  # a vowel mark that tells the passive from the noun
        "",
    ],
)
def test_a_text_that_needs_no_cleaning_is_read_as_it_is(text: str) -> None:
    read = clean(text)
    assert read.text is text and not read.starts


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("dementier\u00adte", "dementierte"),  # soft hyphen
        ("the\u200b ministry\u2060", "the ministry"),  # zero-width space, word joiner
        ("\u200fنفت الوزارة\u200f", "نفت الوزارة"),  # right-to-left marks
        ("نفـــت", "نفت"),  # tatweel
        ("сообще\u0301ния", "сообщения"),  # a stress mark
        ("опроверг\u0301ло", "опровергло"),  # on a consonant, where NFC would make Macedonian "ѓ"
        ("de\u0301menti a\u0300 l'e\u0301poque", "démenti à l'époque"),  # decomposed accents
    ],
)
def test_the_extractors_read_the_words_as_the_word_lists_spell_them(text: str, read: str) -> None:
    assert clean(text).text == read


def test_restore_takes_every_span_back_to_the_original() -> None:
    original = "Le ministe\u0300re a de\u0301menti\u00ad."
    read = clean(original)
    assert read.text == "Le ministère a démenti."
    start, end = read.text.index("ministère"), read.text.index("ministère") + len("ministère")
    trigger = read.text.index("démenti")
    denial = Denial(
        "denial",
        Denier("Le ministère", 0, end, "Ministère"),
        Span("démenti", trigger, trigger + len("démenti")),
        None,
        None,
        Span(read.text, 0, len(read.text)),
        0.9,
    )
    analysis = Analysis(
        Language("fr", 1.0),
        [Span(read.text, 0, len(read.text))],
        [Entity("ministère", "ORG", start, end, "Ministère")],
        [denial],
    )
    restored = read.restore(analysis)
    [restored_denial] = restored.denials
    spans = [*restored.sentences, restored_denial.trigger, restored_denial.evidence]
    assert [(span.text, span.start, span.end) for span in spans] == [
        (original, 0, len(original)),
        ("de\u0301menti", 16, 24),
        (original, 0, len(original)),
    ]
    assert restored_denial.denier == Denier("Le ministe\u0300re", 0, 13, "Ministère")
    assert restored.entities == [Entity("ministe\u0300re", "ORG", 3, 13, "Ministère")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Das Ministerium dementier\u00adte Berichte, wonach das Werk schließen werde."),
        ("fr", "Le ministe\u0300re a de\u0301menti les informations selon lesquelles l'usine fermerait."),
        ("ar", "ونفـــت الوزارة التقارير التي تحدثت عن إغلاق المصنع."),
        ("ru", "Министерство опроверг\u0301ло сообщения о закрытии завода."),
    ],
)
def test_a_denial_behind_invisible_or_combining_characters_is_found(lang: str, text: str) -> None:
    analysis = analyze(text, lang=lang)
    assert [denial.type for denial in analysis.denials] == ["denial"]
    for denial in analysis.denials:
        for span in (denial.denier, denial.trigger, denial.claim, denial.evidence):
            assert span is None or text[span.start : span.end] == span.text
