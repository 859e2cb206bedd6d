"""Which patterns of a list a sentence can match, from its words; a long list searched with only those."""

from __future__ import annotations

import random

from newsmon.nlp.denials.lexicon import Clitics, Lexicon
from newsmon.nlp.denials.required import WORD, RequiredWords, sentence_words


def test_a_sentences_words_are_those_of_the_word_pattern_with_the_runs_of_parts_of_joined_words() -> None:
    # Chunks of letters and digits are taken whole, with a closing mark cut off, and the pattern runs only on the
    # others.
    alphabet = "alMZéжبك0½²\u0301\u064b_.,:;?!'’-–&\"“”«»()[] \t\n\u00a0\u2009\u3000\x1c"
    generator = random.Random(7)
    for _ in range(3000):
        sentence = "".join(generator.choice(alphabet) for _ in range(generator.randrange(0, 24)))
        expected = {form for found in WORD.finditer(sentence) for form in _forms(sentence, found.start(), found.end())}
        assert set(sentence_words(sentence)) == expected, repr(sentence)


def _forms(text: str, start: int, end: int) -> list[str]:
    """The word ``text[start:end]``, every run of its parts joined by at most three joiners, and each run that a
    joiner follows with that joiner."""
    joiners = [k for k in range(start, end) if text[k] in "-'’"]
    runs = [
        (lo, hi)
        for lo in [start, *(k + 1 for k in joiners)]
        for hi in [*joiners, end]
        if lo < hi and sum(lo < k < hi for k in joiners) <= 3
    ]
    followed = [text[lo : hi + 1] for lo, hi in runs if hi < len(text) and text[hi] in "-'’"]
    return [text[start:end], *(text[lo:hi] for lo, hi in runs), *followed]


def test_a_pattern_is_allowed_where_the_sentence_holds_all_its_required_words() -> None:
    required = RequiredWords([("(?:denied)",), ("(?:no)", "(?:truth)"), (), ("(?:den(y|ies))", "(?:it)")])
    assert required.patterns_of("They denied it.") == (0, 2)
    assert required.patterns_of("No truth to it, she denies.") == (1, 2, 3)
    assert required.patterns_of("Nothing here.") == (2,)


def test_a_word_is_tested_against_the_required_words_that_can_begin_with_its_first_character() -> None:
    required = RequiredWords([(r"(?:\w+ied)",), ("(?:den(y|ies))",), ("(?:[ÉE]lys[ée]e)",)])
    assert required.patterns_of("DENIES") == (1,)
    assert required.patterns_of("She studied it.") == (0,)
    assert required.patterns_of("Denied at the élysée") == (0, 2)
    assert required.allowed({required.number["(?:den(y|ies))"]}) == (1,) and required.allowed(set()) == ()


def test_a_word_of_a_pattern_may_be_a_run_of_the_parts_of_a_joined_word() -> None:
    required = RequiredWords([("(?:en)", "(?:2003)"), ("(?:no-one)",)])
    assert required.patterns_of("Dirigió la agencia en 2003-04.") == (0,)
    assert required.patterns_of("No-one-else came.") == (1,)
    assert sentence_words("a-b’c") == ["a-b’c", "a", "a-", "a-b", "a-b’", "b", "b’", "b’c", "c"]
    assert sentence_words("d’«") == ["d", "d’"]


def _long(patterns: list[str], *, longest: bool = False) -> Lexicon:
    # Enough patterns for the lexicon to search by words.
    return Lexicon([*patterns, *(f"filler{k}" for k in range(8))], Clitics(), longest=longest)


def test_a_long_list_finds_what_its_alternation_finds() -> None:
    lexicon = _long(["(did not|didn't) den(y|ied)", "den(y|ied)", "en 2003", "(?<!not )comment"])
    text = "She denied it, he did not deny it; no comment, not comment; en 2003-04."
    whole = lexicon.compile()
    assert whole is not None
    assert [m.group() for m in lexicon.finditer(text)] == [m.group() for m in whole.finditer(text)]
    assert [m.group() for m in lexicon.finditer(text)] == ["denied", "did not deny", "comment", "en 2003"]


def test_where_two_patterns_match_at_one_place_the_first_wins_or_with_longest_the_longest() -> None:
    patterns = ["(deny|denied|denies) it", r"denied \w+ \w+"]  # in this order: the longer pattern first
    text = "They denied it all now."
    for longest, expected in ((False, ["denied it"]), (True, ["denied it all"])):
        lexicon = _long(patterns, longest=longest)
        whole = lexicon.compile()
        assert whole is not None
        assert [m.group() for m in lexicon.finditer(text)] == [m.group() for m in whole.finditer(text)] == expected
