"""Title Case headlines ("Polri Bantah Isu Penangkapan Ketua KPK", "Kremlin Denies Putin Met Trump in Secret").

Feeds write titles with a capital on every word, so there a capital says nothing of a name: the entity
recogniser would read the whole title as one name, and the denial rules would take the trigger and its claim
for names. Such a sentence is read as its sentence-case form: the words the language's word lists hold
(triggers, verbs, function and claim words) are no part of a name, and the rules read a capital only inside a
name the recogniser found.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache

import regex

from newsmon.nlp.denials.lexicon import WORD, Lexicon, gap_spans
from newsmon.nlp.denials.resources import load_rules

_LONG = 4  # shorter words ("of", "in", "di") keep their small letter in many Title Case styles
_MIN_WORDS = 2
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


def title_case(words: Sequence[str]) -> bool:
    """Return True when the words after the first are written with a capital and small letters, three in four of
    those of four letters or more, and two of them at least: a Title Case title. Words in capitals and other
    tokens are not counted (a title in capitals keeps its own reading). One pass of plain loops, left as soon as
    the words not yet read could not make up the small ones: every sentence of every text is asked, and most are
    settled in their first words."""
    titled = small = 0
    for k in range(1, len(words)):
        word = words[k]
        if len(word) >= _LONG:
            if word[0].isupper():
                titled += not word.isupper()
            elif word[0].islower():
                small += 1
                if 3 * small > titled + len(words) - 1 - k:
                    return False
    return titled >= _MIN_WORDS and titled >= 3 * small


def acronym(word: str) -> bool:
    """True for a word of two capitals or more ("KPK", "U.S."): a name even in a title, unlike a capital alone
    ("A", "I")."""
    return len(word) > 1 and word.isupper()


def _capitalised(word: str) -> bool:
    """True for a word of four letters or more written with a capital and small letters ("Bantah", not "KPK")."""
    return len(word) >= _LONG and word[0].isupper() and not word.isupper()


def plain_words(text: str, start: int, end: int, lang: str) -> set[int] | None:
    """Return the start offsets of the words of the Title Case sentence ``text[start:end]`` that a match of one of
    ``lang``'s word lists covers (a trigger, a verb, a function or claim word): no part of a name there.

    None when a word of four letters or more after the first is written small and is no function word (a verb, a
    noun): the sentence is in sentence case, its capitals those of the names it lists ("Politikus PDI Perjuangan
    Guruh Soekarnoputra menjenguk Ketua Umum ...") or, in German, of its nouns; None also when no listed word after
    the first is capitalised (a line of names), and for a language without denial rules. Both are told word by
    word, each word's answer kept: one sentence in twenty of real articles looks like a title (product names,
    bylines), and most of them are settled before the lists are read over the whole sentence."""
    rules = load_rules(lang)
    if rules is None:
        return None
    words = [word.group() for word in WORD.finditer(text, start, end)][1:]
    if any(
        len(word) >= _LONG and word[0].islower() and word.islower() and not _listed(lang, word)[0] for word in words
    ):
        return None
    # Days and months are capitalised in sentence case too ("Playing Sunday: Queens Park Rangers v Bolton").
    if not any(_capitalised(word) and _listed(lang, word.lower())[1] for word in words):
        return None  # "Karlsruhe 2 Hansa Rostock 0": names alone, and no capital where sentence case has none
    lexicons = (rules.stops, *(rules.context[name] for name in _PLAIN_LISTS))
    return {word.start() for lexicon in lexicons for word in _own_words(lexicon, text, start, end)}


@lru_cache(maxsize=_KNOWN_WORDS)
def _listed(lang: str, word: str) -> tuple[bool, bool]:
    """Return whether ``word`` (in small letters) alone is a function or claim word of ``lang``'s lists ("yang",
    "with"), and whether it is a word that sentence case writes small: one of those or of the stop list, and no day
    or month ("bantah", "denies")."""
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
