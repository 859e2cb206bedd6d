"""Title Case ("Polri Bantah Isu Penangkapan Ketua KPK", "Kremlin Denies Putin Met Trump in Secret"), told once for
every reader of a text: the language detector, the entity recogniser and the denial rules.

Feeds write titles with a capital on every word, so there a capital says nothing of a name: fastText reads such a
title as names in whatever language, the entity recogniser would read the whole title as one name, and the denial
rules would take the trigger and its claim for names. Each reads a Title Case sentence as its sentence-case form;
the plain words (triggers, verbs, function and claim words: no part of a name there) are found with the language's
word lists, which the caller passes in (:mod:`newsmon.nlp.wordlists`). The denial rules read a sentence in
capitals ("KREMLIN DENIES PUTIN MET TRUMP", :func:`in_capitals`) so too, its words all looking like acronyms.
"""

from __future__ import annotations

from typing import Protocol

import regex

WORD = regex.compile(r"\w+(?:[-'’]\w+)*")
# Small words ("of", "in", "di") keep their small letter in many Title Case styles: a small word counts against a
# title from _LONG letters on; a capitalised one ("Met", "Isu") counts for it from _SHORT letters on, so that a
# short title is told too. On the short texts of tools.evaluation.language (lower-cased for fastText when titled):
# Title Case headlines 95.72 % right (95.44 % counting capitalised words of four letters or more only; 95.65 % with
# the language detector's former test, four words in five capitalised), sentences 97.59 % (97.60 %; 97.56 %).
_LONG = 4
_SHORT = 2
_MIN_TITLED = 2
_TITLED_PER_SMALL = 3
# A sentence in capitals ("KREMLIN DENIES PUTIN MET TRUMP"): three words of letters or more, four in five of them
# written in capitals, so that a line of acronyms in a sentence-case text ("the FBI, CIA and NSA") is none.
_MIN_CAPITALS = 3
_CAPITALS_SHARE = 0.8


class TitleWords(Protocol):
    """A language's word lists as a title is read with them."""

    def listed(self, word: str) -> tuple[bool, bool]:
        """Return whether ``word`` (in small letters) alone is a function or claim word ("yang", "with"), and
        whether it is a word sentence case writes small: one of those, a verb or a trigger, no day or month."""
        ...

    def plain(self, text: str, start: int, end: int) -> set[int]:
        """Return the start offsets of the words of ``text[start:end]`` a match of a word list covers."""
        ...


def title_case(words: list[str]) -> bool:
    """Return True when the words after the first are a title's: two or more written with a capital and small
    letters (of two letters or more), three for each one of four letters or more written small. Words in capitals
    and other tokens are not counted (a title in capitals keeps its own reading). One pass of plain loops, left as
    soon as the words not yet read could no longer outnumber the small ones: every sentence of every text is asked,
    and most are settled in their first words."""
    titled = small = 0
    last = len(words) - 1
    for k in range(1, len(words)):
        word = words[k]
        first = word[0]
        if first.isupper():
            titled += len(word) >= _SHORT and not word.isupper()
        elif first.islower() and len(word) >= _LONG:
            small += 1
            if _TITLED_PER_SMALL * small > titled + last - k:
                return False
    return titled >= _MIN_TITLED and titled >= _TITLED_PER_SMALL * small


def in_capitals(words: list[str]) -> bool:
    """Return True when ``words`` are a sentence written in capitals: :data:`_MIN_CAPITALS` words of letters or
    more, four in five of them in capitals. Its first word settles most sentences: it is asked of every one."""
    if not words or not words[0].isupper():
        return False
    lettered = [word for word in words if word.isalpha()]
    upper = sum(word.isupper() for word in lettered)
    return upper >= _MIN_CAPITALS and upper >= _CAPITALS_SHARE * len(lettered)


def titled(text: str) -> bool:
    """Return :func:`title_case` of the words of ``text``."""
    return title_case(WORD.findall(text))


def acronym(word: str) -> bool:
    """True for a word of two capitals or more ("KPK", "U.S."): a name even in a title, unlike a capital alone
    ("A", "I")."""
    return len(word) > 1 and word.isupper()


def plain_words(text: str, start: int, end: int, lists: TitleWords | None, capitals: bool = False) -> set[int] | None:
    """Return the start offsets of the words of the Title Case sentence ``text[start:end]`` that a match of one of
    the language's word ``lists`` covers (a trigger, a verb, a function or claim word): no part of a name there.

    None when a word of four letters or more after the first is written small and is no function word (a verb, a
    noun): the sentence is in sentence case, its capitals those of the names it lists ("Politikus PDI Perjuangan
    Guruh Soekarnoputra menjenguk Ketua Umum ...") or, in German, of its nouns; None also when no listed word after
    the first is capitalised (a line of names), and without word ``lists`` (a language without them). Both are
    told word by word, each word's answer kept: one sentence in twenty of real articles looks like a title (product
    names, bylines), and most of them are settled before the lists are read over the whole sentence. A sentence in
    ``capitals`` (:func:`in_capitals`) is told the same way, a listed word in capitals counting as capitalised."""
    if lists is None:
        return None
    words = [word.group() for word in WORD.finditer(text, start, end)][1:]
    if any(len(word) >= _LONG and word[0].islower() and word.islower() and not lists.listed(word)[0] for word in words):
        return None
    # Days and months are capitalised in sentence case too ("Playing Sunday: Queens Park Rangers v Bolton").
    if not any(_capitalised(word, capitals) and lists.listed(word.lower())[1] for word in words):
        return None  # "Karlsruhe 2 Hansa Rostock 0": names alone, and no capital where sentence case has none
    return lists.plain(text, start, end)


def _capitalised(word: str, capitals: bool) -> bool:
    """True for a word of four letters or more written with a capital and small letters ("Bantah", not "KPK"), or
    in capitals too in a sentence in ``capitals`` ("BANTAH")."""
    return len(word) >= _LONG and word[0].isupper() and (capitals or not word.isupper())
