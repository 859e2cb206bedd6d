from __future__ import annotations

from datetime import UTC, datetime

import pytest
import regex._main

from newsmon.nlp.analysis import analyze, preload
from newsmon.nlp.denials import supported_languages
from newsmon.nlp.denials.lexicon import DISPATCH_AFTER
from newsmon.nlp.denials.resources import load_rules
from newsmon.nlp.entities.model import load_model
from newsmon.nlp.sentences import split_sentences
from newsmon.nlp.types import Analysis, Language, Span

ARTICLE_EN = (
    "WASHINGTON (Newsmon) - White House spokesperson Maria Hendricks on Monday denied reports that the "
    "United States and Russia had held secret talks on a ceasefire.\n\n"
    'Asked about the meeting in Geneva, she said: "I can neither confirm nor deny that."'
)
ARTICLE_ID = (
    "Juru bicara Gedung Putih Karine Jean-Pierre pada Senin membantah laporan bahwa Amerika Serikat dan "
    "Rusia sedang melakukan pembicaraan rahasia tentang konflik Ukraina."
)


def test_an_indonesian_sentence_detected_as_malay_is_read_with_the_indonesian_rules() -> None:
    # fastText's compressed model gives ms 0.57, id 0.35.
    result = analyze("KPK membantah telah menghentikan penyidikan kasus tersebut.")
    assert result.language.code == "ms"
    assert [denial.type for denial in result.denials] == ["denial"]


def _assert_offsets_into(text: str, spans: list[Span]) -> None:
    for span in spans:
        assert text[span.start : span.end] == span.text


@pytest.mark.parametrize(("text", "code"), [(ARTICLE_EN, "en"), (ARTICLE_ID, "id")])
def test_every_span_is_an_offset_into_the_text(text: str, code: str) -> None:
    result = analyze(text, title="A headline that is not part of the offsets")
    assert isinstance(result, Analysis)
    assert result.language.code == code
    assert result.sentences == split_sentences(text)
    _assert_offsets_into(text, [Span(e.text, e.start, e.end) for e in result.entities])
    for denial in result.denials:
        claim = [denial.claim] if denial.claim else []
        _assert_offsets_into(text, [denial.trigger, denial.evidence, *claim])
        if denial.denier:
            _assert_offsets_into(text, [Span(denial.denier.text, denial.denier.start, denial.denier.end)])


def test_a_denial_is_found_in_english_and_indonesian() -> None:
    assert any(d.type == "denial" and d.trigger.text == "denied" for d in analyze(ARTICLE_EN).denials)
    assert any(d.type == "denial" and d.trigger.text == "membantah" for d in analyze(ARTICLE_ID).denials)


def test_a_given_language_is_certain_and_normalised() -> None:
    assert analyze(ARTICLE_ID, lang="id").language == Language("id", 1.0)
    assert analyze(ARTICLE_EN, lang="en-US").language == Language("en", 1.0)


def test_a_given_language_is_used_even_when_detection_would_disagree() -> None:
    assert analyze(ARTICLE_EN, lang="id").language.code == "id"


def test_a_bad_language_tag_is_rejected() -> None:
    with pytest.raises(ValueError, match="not a language code"):
        analyze(ARTICLE_EN, lang="English")


def test_the_title_helps_detection_but_offsets_stay_in_the_text() -> None:
    text = "Jakarta, Senin (7/11)."
    with_title = analyze(text, title="Juru bicara kementerian membantah laporan pembicaraan rahasia")
    assert with_title.language.code == "id"
    _assert_offsets_into(text, with_title.sentences)


def test_published_does_not_change_the_result() -> None:
    published = datetime(2022, 11, 7, tzinfo=UTC)
    assert analyze(ARTICLE_ID, published=published) == analyze(ARTICLE_ID)


def test_empty_text_is_an_empty_analysis() -> None:
    assert analyze("") == Analysis(language=Language("und", 0.0))


def test_preload_loads_what_the_first_text_in_a_language_would_wait_for() -> None:
    # Whatever earlier tests loaded is dropped, so that only preload can have loaded French again.
    load_model.cache_clear()
    load_rules.cache_clear()
    preload(["fr"])
    models, rules = load_model.cache_info(), load_rules.cache_info()
    load_model("fr")
    load_rules("fr")
    # Both were already there: each call is a cache hit, none a load.
    assert load_model.cache_info().misses == models.misses
    assert load_rules.cache_info().misses == rules.misses


# Written for this test: each names an agency, a company with its legal form, a ministry and a quotation.
ARTICLES = {
    "en": 'The FDA and Acme Corp. denied the report. "That is false," the Ministry of Health said.',
    "fr": "Le ministère de la Santé et la DGSI ont démenti « toute fuite », a déclaré Jean Dupont.",
    "es": "El Ministerio de Defensa y la Guardia Civil negaron «cualquier filtración», dijo Ana López.",
    "ru": "МВД и ООО «Северная звезда» опровергли сообщения о задержании, заявил Иван Петров.",
}


def test_a_pattern_compiles_once_whatever_the_number_of_texts_that_need_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # Preload compiles each list's alternation; a pattern searched alone, or a character's own alternation
    # (``Lexicon``), compiles the first time a text needs it, never again. Only per-text patterns (a lone surname's
    # fuller form, searched in its own text) are compiled anew, and these texts hold none.
    preload(supported_languages())
    # Often enough that every character the lists try gets its own alternation.
    for _ in range(DISPATCH_AFTER):
        for lang, text in ARTICLES.items():
            assert analyze(text, lang=lang).denials
    parsed: list[str] = []
    parse = regex._main._parse_pattern

    def counted(source: object, info: object) -> object:
        parsed.append(getattr(source, "string", ""))
        return parse(source, info)

    monkeypatch.setattr(regex._main, "_parse_pattern", counted)
    for lang, text in ARTICLES.items():
        assert analyze(text, lang=lang).denials
    assert parsed == []


def test_preload_passes_over_a_language_without_models_or_rules() -> None:
    preload(["xx"])
    assert analyze("Rien.", lang="xx").denials == []
