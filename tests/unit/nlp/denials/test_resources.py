"""The per-language resource files and the word-pattern language they are written in."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
import regex

from newsmon.nlp.cleaning import clean
from newsmon.nlp.denials import ResourceError, supported_languages
from newsmon.nlp.denials import resources as resource_module
from newsmon.nlp.denials.lexicon import (
    DISPATCH_AFTER,
    DISPATCH_FROM,
    Clitics,
    Lexicon,
    PatternError,
    anchor_regex,
    pattern_regex,
    required_words,
)

LANGUAGES = ("ar", "de", "en", "es", "fr", "id", "pt", "ru")


def test_every_required_language_has_a_valid_file() -> None:
    assert set(LANGUAGES) <= set(supported_languages())
    for lang in LANGUAGES:
        rules = resource_module.check_rules(lang)
        assert rules is not None and rules.language == lang
        assert rules.triggers["verbs"] and rules.triggers["falsity"] and rules.triggers["non_denial"]
        assert rules.context["speech_verbs"] and rules.context["role_nouns"] and rules.context["negators"]


def _strings(value: object) -> Iterator[str]:
    """Every string in a parsed TOML value: table keys, list items, nested values."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_entry_holds_a_character_the_cleaning_changes(lang: str) -> None:
    """The rules read the cleaned text, so an entry with a tatweel ("لـ"), a soft hyphen, a zero-width or direction
    mark, a Cyrillic stress mark or a decomposed accent never matches."""
    data = tomllib.loads((resource_module.RESOURCE_DIR / f"{lang}.toml").read_text(encoding="utf-8"))
    assert [entry for entry in _strings(data) if clean(entry).text != entry] == []


def test_a_missing_language_has_no_rules() -> None:
    assert resource_module.load_rules("xx") is None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('language = "zz"\n[triggers]\nverbs = ["deny"]\n[colours]\n', "unknown key"),
        ('language = "zz"\n[triggers]\nverbz = ["deny"]\n', "unknown key"),
        ('language = "zz"\n[triggers]\nverbs = ["den(y"]\n', "cannot compile"),
        ('language = "yy"\n[triggers]\nverbs = ["deny"]\n', "declares language"),
        ('language = "zz"\n[triggers]\n', "no trigger"),
    ],
)
def test_a_broken_file_fails_loudly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, content: str, message: str
) -> None:
    (tmp_path / "zz.toml").write_text(content, encoding="utf-8")
    monkeypatch.setattr(resource_module, "RESOURCE_DIR", tmp_path)
    resource_module.load_rules.cache_clear()
    try:
        with pytest.raises(ResourceError, match=message):
            resource_module.check_rules("zz")
    finally:
        resource_module.load_rules.cache_clear()


def test_word_lists_compile_at_first_use() -> None:
    lexicon = Lexicon(["den(y"], Clitics())
    assert lexicon  # not compiled yet
    with pytest.raises(PatternError, match="cannot compile"):
        lexicon.search("they deny")
    assert not Lexicon([], Clitics()) and Lexicon([], Clitics()).search("deny") is None


def test_words_are_whole_and_case_insensitive() -> None:
    lexicon = Lexicon(["den(y|ied)"], Clitics())
    assert [m.group() for m in lexicon.finditer("He Denied it; the denial; deniedly")] == ["Denied"]


def test_longer_patterns_come_first_and_equal_lengths_keep_their_order() -> None:
    patterns = ["ab", "hij", "gh", "ef", "cd", "ab", "xyz", "kl", "mn", "op", "qr"]
    assert Lexicon(patterns, Clitics()).patterns == ("hij", "xyz", "ab", "gh", "ef", "cd", "kl", "mn", "op", "qr")
    # So the same text gives the same trigger in every process, whatever the hash seed.
    assert [
        m.group()
        for m in Lexicon(["(mem|di)?bantah", "membantah keras"], Clitics()).finditer("Rebecca membantah keras")
    ] == ["membantah"]


def test_optional_words_and_gaps() -> None:
    lexicon = Lexicon(["no truth [whatsoever] to", "(wies|weist) …3 zurück"], Clitics())
    text = "no truth to it, no truth whatsoever to that; wies die Berichte zurück; wies a b c d e zurück"
    assert [m.group() for m in lexicon.finditer(text)] == [
        "no truth to",
        "no truth whatsoever to",
        "wies die Berichte zurück",
    ]


def test_clitics_attach_to_every_word() -> None:
    clitics = Clitics(before=("و", "ف"), after=("nya",))
    assert regex.fullmatch(pattern_regex("نفى", clitics), "ونفى")
    assert regex.fullmatch(pattern_regex("membantah", clitics), "membantahnya")
    assert not regex.fullmatch(pattern_regex("نفى", clitics), "بنفى")


def test_the_anchor_avoids_common_words() -> None:
    assert anchor_regex("(tidak|tak) benar", Clitics(), ["tidak", "tak"]) == "(?:benar)"
    assert anchor_regex("(remain|stayed) tight-lipped", Clitics()) == "(?:tight-lipped)"


def test_required_words_leave_out_optional_words_and_gaps_and_take_a_group_by_its_last_words() -> None:
    assert required_words("pour(s|ed)? cold water [all] …3 on", Clitics()) == (
        "(?:pour(s|ed)?)",
        "(?:cold)",
        "(?:water)",
        "(?:on)",
    )
    # A group spanning two words holds the last word of one of its alternatives; "(hacer )?(comentar)" is
    # one token of two groups: left out.
    assert required_words("(se negó a|declinó) (hacer )?(comentar)", Clitics()) == ("(?:(a|declinó))",)
    assert required_words("(recusou-se|se recusou) a (comentar|se pronunciar)", Clitics()) == (
        "(?:(recusou-se|recusou))",
        "(?:a)",
        "(?:(comentar|pronunciar))",
    )
    assert required_words("((a|b) c|d) e", Clitics()) == ("(?:e)",)  # a nested group: left out


def test_a_word_that_any_word_matches_is_no_required_word() -> None:
    # Every sentence holds one, so it rules none out; a capitalised word only is still required.
    assert required_words(r"(said|\w+) (he|she) (?-i:[\w.-]+) (never|not) denied", Clitics()) == (
        "(?:(he|she))",
        "(?:(never|not))",
        "(?:denied)",
    )
    assert required_words(r"(?-i:\p{Lu}\w+) denied", Clitics()) == (r"(?:(?-i:\p{Lu}\w+))", "(?:denied)")


def test_a_required_word_is_matched_without_the_lookarounds_around_it() -> None:
    # The prefilter matches each word alone, where a lookbehind or lookahead sees nothing: with them the word
    # never matched, and a sentence holding only this trigger never reached its rule.
    assert required_words(r"(?<=(disse|diz)\s)(nunca|não) ter recebido", Clitics()) == (
        "(?:(nunca|não))",
        "(?:ter)",
        "(?:recebido)",
    )
    assert required_words(r"(contesta)(?!\s+na justiça)", Clitics()) == ("(?:(contesta))",)
    assert anchor_regex(r"(?<=(disse|diz)\s)(nunca|não) ter", Clitics(), ["não"]) == "(?:ter)"
    assert required_words(r"a(?=b)c d", Clitics()) == ("(?:d)",)  # a lookaround inside a word: left out


def _lexicons(lang: str) -> dict[str, Lexicon]:
    rules = resource_module.load_rules(lang)
    assert rules is not None
    return {"stops": rules.stops, **rules.triggers, **rules.context}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_list_searched_by_position_or_by_words_finds_what_the_whole_list_finds(lang: str) -> None:
    """Every list of the shipped files, on the project's own sentences in that language (and in upper case), one
    by one and all in one text: the same matches as the whole alternation, empty ones aside, whether tried at
    each position (a character tried often, with the patterns that can begin with it) or searched with the patterns
    whose words are there."""
    data = Path(__file__).parents[4] / "tools" / "evaluation" / "data" / f"denials-{lang}.jsonl"
    sentences = [
        regex.search(r'"text": "((?:[^"\\]|\\.)*)"', line).group(1) for line in data.read_text("utf-8").splitlines()
    ]
    text = "\n".join(sentences + [sentence.upper() for sentence in sentences[:50]])
    for name, lexicon in _lexicons(lang).items():
        whole = lexicon.compile()
        if whole is None:
            continue
        expected = [m.span() for m in whole.finditer(text) if m.end() > m.start()]
        assert _matches_by_position(lexicon, text) == expected, name
        for sample in (text, *sentences):
            expected = [m.span() for m in whole.finditer(sample) if m.end() > m.start()]
            assert [m.span() for m in lexicon.finditer(sample)] == expected, (name, sample)


def _matches_by_position(lexicon: Lexicon, text: str) -> list[tuple[int, int]]:
    """Return the spans of the matches found by trying ``lexicon.match`` at each position, left to right."""
    spans: list[tuple[int, int]] = []
    at = 0
    while at < len(text):
        found = lexicon.match(text, at)
        if found is not None:
            spans.append(found.span())
        at = found.end() if found is not None else at + 1
    return spans


def test_a_pattern_that_looks_behind_its_start_is_tried_where_it_can_match() -> None:
    lexicon = Lexicon([r"(?<!not )(deny|denies)", "(?<=said )no"], Clitics())
    assert [m.group() for m in lexicon.finditer("They deny it; not deny; he said no; say no")] == ["deny", "no"]
    assert lexicon.match("he said no", 8) is not None and lexicon.match("say no", 4) is None


def test_a_character_tried_often_gets_its_own_alternation_which_finds_the_same() -> None:
    lexicon = Lexicon([f"word{k}" for k in range(DISPATCH_FROM)] + ["(?<!not )deny", "denial"], Clitics())
    text = "they deny it; not deny; a denial; word3 and word7"
    matches = [_matches_by_position(lexicon, text) for _ in range(DISPATCH_AFTER + 1)]
    assert matches == [[(5, 9), (26, 32), (34, 39), (44, 49)]] * (DISPATCH_AFTER + 1)


def test_matches_are_never_empty() -> None:
    lexicon = Lexicon(["(tidak|$)"], Clitics())
    assert [m.group() for m in lexicon.finditer("tidak ada")] == ["tidak"]
    assert lexicon.search("ada") is None
