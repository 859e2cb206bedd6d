"""The pure pieces under ``recognize``: tokens, candidate runs, IOB decoding, shapes and the gazetteer."""

from __future__ import annotations

import random

import pytest

from newsmon.nlp.entities.features import FeatureExtractor, Lexicon, candidate_runs, sentence_flags, shape
from newsmon.nlp.entities.gazetteer import aliases, find_aliases, given_names
from newsmon.nlp.entities.model import decode, plain_run
from newsmon.nlp.entities.tokens import _TOKEN, tokenize


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Karine Jean-Pierre (7/11) said", ["Karine", "Jean-Pierre", "(", "7/11", ")", "said"]),
        ("Peskov's aide met U.S. officials", ["Peskov", "'s", "aide", "met", "U.S.", "officials"]),
        ("l'Élysée et d’Ivoire", ["l'", "Élysée", "et", "d’", "Ivoire"]),
        ("Patrushev.Menurut laporan", ["Patrushev", ".", "Menurut", "laporan"]),
        ("Mr. Smith on 1996-08-22", ["Mr.", "Smith", "on", "1996-08-22"]),
        ("(Reuters) Corp. said: “Peskov.", ["(", "Reuters", ")", "Corp.", "said", ":", "“", "Peskov", "."]),
    ],
)
def test_tokens_follow_the_corpora(text: str, tokens: list[str]) -> None:
    words, starts = tokenize(text)
    assert words == tokens
    assert [text[s : s + len(w)] for w, s in zip(words, starts, strict=True)] == words


def test_tokenize_keeps_offsets_into_the_whole_text() -> None:
    text = "First. Second Name here."
    words, starts = tokenize(text, 7, len(text))
    assert words[:2] == ["Second", "Name"]
    assert starts[:2] == [7, 14]


def test_candidate_runs_join_connectors_and_openers() -> None:
    lexicon = Lexicon(bridges=frozenset({"of"}), openers=frozenset({"kota"}))
    words = ["the", "Bank", "of", "England", "and", "the", "kota", "Bandung", "of", "things"]
    assert candidate_runs(words, lexicon) == [(1, 4), (6, 8)]


@pytest.mark.parametrize(
    ("words", "flags"),
    [
        (["WOODS", "MAKES", "PRO", "DEBUT"], ("sent_caps",)),
        (["The", "U.S.", "and", "NATO", "met", "."], ()),
        (["Arsenal", "3", "-", "1", "Chelsea"], ("sent_digits",)),
        # Upper case but opening with a digit: not a word in capitals, a word opening with a digit.
        (["3M", "3M", "said", "it"], ("sent_digits",)),
        (["2", "ABC", "NEWS", "said"], ("sent_caps",)),
    ],
)
def test_sentence_flags(words: list[str], flags: tuple[str, ...]) -> None:
    assert sentence_flags(words) == flags


def test_runs_of_words_rarely_in_names_are_left_untagged() -> None:
    lexicon = Lexicon(
        common=frozenset({"the", "price", "but"}),
        classes={"The": "O+", "Price": "O/PER", "But": "O+1", "Hague": "LOC+", "I": "O+"},
    )
    assert plain_run(["The", "talks"], (0, 1), lexicon)
    assert plain_run(["“", "But", "talks"], (1, 2), lexicon)  # opening the sentence after a quote mark
    assert plain_run(["then", "I", "said"], (1, 2), lexicon)  # "O+" anywhere
    assert not plain_run(["then", "But", "said"], (1, 2), lexicon)  # seen once: only as an opener
    assert not plain_run(["Price", "said"], (0, 1), lexicon)  # a name in train too
    assert not plain_run(["The", "Hague"], (0, 2), lexicon)
    assert not plain_run(["in", "Price"], (1, 2), lexicon)


def test_decode_turns_iob2_into_spans() -> None:
    tags = ["B-PER", "I-PER", "O", "I-LOC", "B-ORG", "B-ORG", "I-ORG"]
    assert decode(tags, 10) == [(10, 12, "PER"), (13, 14, "LOC"), (14, 15, "ORG"), (15, 17, "ORG")]


@pytest.mark.parametrize(
    ("word", "expected"), [("Jean-Pierre", "Xx-Xx"), ("U.S.", "X.X."), ("1996", "d"), ("Белый", "Xx")]
)
def test_shape(word: str, expected: str) -> None:
    assert shape(word) == expected


def test_features_see_neighbours_outside_the_run() -> None:
    extractor = FeatureExtractor(Lexicon(given=frozenset({"Ned"})))
    features = extractor.sequence(["spokesman", "Ned", "Price", "said"], 1, 3)
    assert len(features) == 2
    assert "-1w=spokesman" in features[0] and "given" in features[0]
    assert "+1w=said" in features[1] and "-1given" in features[1]


def test_aliases_match_whole_words_only() -> None:
    text = "AS dan Rusia, bukan KASUS atau Rusiawi."
    matched = [(text[m.start : m.end], m.alias.canonical) for m in find_aliases(text, "id")]
    assert matched == [("AS", "United States"), ("Rusia", "Russia")]


def test_longest_alias_wins() -> None:
    text = "the UN Security Council met"
    assert [m.alias.canonical for m in find_aliases(text, "en")] == ["UN Security Council"]


def test_every_alias_language_maps_the_main_organisations() -> None:
    for lang in ("en", "id", "es", "fr", "ru", "de", "ar", "pt"):
        canonicals = {alias.canonical for alias in aliases(lang).values()}
        assert {"United Nations", "NATO", "White House", "Kremlin", "Russia", "Ukraine"} <= canonicals


def test_given_names_are_loaded() -> None:
    assert {"Vladimir", "Maria", "Joko"} <= given_names()
    assert not any(name.startswith("#") for name in given_names())


# Characters where the tokeniser's fast path (white-space-separated chunks of letters) and its pattern could
# part ways: white space of every kind, letters of several scripts, marks, numerals that are not digits, and
# the punctuation the pattern's forms turn on.
_TRICKY = "alMrUZéÉжЖبكß" + "0123½Ⅻ²" + "\u0301_.,'’-–&/:;?!" + '"“”‘«»()[]' + " \t\n\u00a0\u2009\u3000\x1c"


def test_tokenize_equals_its_pattern_on_random_text() -> None:
    generator = random.Random(11)
    for _ in range(3000):
        text = "".join(generator.choice(_TRICKY) for _ in range(generator.randrange(0, 24)))
        start = generator.randrange(0, len(text) + 1)
        end = generator.randrange(start, len(text) + 1)
        expected = [(match.group(), match.start()) for match in _TOKEN.finditer(text, start, end)]
        words, starts = tokenize(text, start, end)
        assert list(zip(words, starts, strict=True)) == expected, repr((text, start, end))
