"""The word lists of a language as a Title Case title reads them (:mod:`newsmon.nlp.titles`): the words sentence
case writes small are the triggers, verbs, function and claim words of the resource file."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache, lru_cache

import regex

from newsmon.nlp.denials.lexicon import WORD, Lexicon, gap_spans
from newsmon.nlp.denials.resources import load_rules

_KNOWN_WORDS = 100_000  # words told function words or not, per language, kept
# Lists of function and claim words: no part of a name, and the only words of four letters or more that Title
# Case may leave small ("yang", "with"). The stop list (verbs, auxiliaries, adverbs, the trigger words) is none.
_PLAIN_LISTS = (
    "conjunctions",
    "copulas",
    "passive_aux",
    "perfect_aux",
    "clause_openers",
    "relatives",
    "pronouns",
    "articles",
    "determiners",
    "np_end",
    "possessor_markers",
    "source_markers",
    "name_joiners",
    "infinitive",
    "adverbials",
    "claim_nouns",
    "report_nouns",
)


class ListedWords:
    """One language's lists, a :class:`newsmon.nlp.titles.TitleWords`."""

    __slots__ = ("language", "lexicons")

    def __init__(self, language: str, lexicons: tuple[Lexicon, ...]) -> None:
        self.language = language
        self.lexicons = lexicons

    def listed(self, word: str) -> tuple[bool, bool]:
        """Return whether ``word`` (in small letters) alone is a function or claim word ("yang", "with"), and
        whether it is a word that sentence case writes small: one of those or of the stop list, and no day or
        month ("bantah", "denies")."""
        return _listed(self.language, word)

    def plain(self, text: str, start: int, end: int) -> set[int]:
        """Return the start offsets of the words of ``text[start:end]`` that a match of the stop list or of a
        function or claim word list spells."""
        return {word.start() for lexicon in self.lexicons for word in _own_words(lexicon, text, start, end)}


@cache
def title_words(lang: str) -> ListedWords | None:
    """Return the word lists of ``lang`` a title is read with, or None for a language without a resource file;
    raises what :func:`load_rules` raises for a broken one."""
    rules = load_rules(lang)
    if rules is None:
        return None
    return ListedWords(lang, (rules.stops, *(rules.context[name] for name in _PLAIN_LISTS)))


@lru_cache(maxsize=_KNOWN_WORDS)
def _listed(lang: str, word: str) -> tuple[bool, bool]:
    rules = load_rules(lang)
    assert rules is not None

    def opens(lexicon: Lexicon) -> bool:
        found = lexicon.match(word, 0, len(word))
        return found is not None and found.end() == len(word)

    function = any(opens(rules.context[name]) for name in _PLAIN_LISTS)
    return function, (function or opens(rules.stops)) and not opens(rules.context["time"])


def _own_words(lexicon: Lexicon, text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
    """Yield the words of ``text[start:end]`` that the matches of ``lexicon`` spell (not those a gap took: they
    are a pattern's neighbours, not its own)."""
    for found in lexicon.finditer(text, start, end):
        gaps = gap_spans(found)
        for word in WORD.finditer(text, found.start(), found.end()):
            if not any(lo <= word.start() < hi for lo, hi in gaps):
                yield word
