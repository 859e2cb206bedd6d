"""Which patterns of a word list a sentence can match, told from the words it holds.

Every match of a pattern holds its required words (``Lexicon.required_words``) as words of the text, so a
sentence lacking one of them cannot match the pattern; testing each distinct word once is much cheaper than
trying every pattern at every word.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache

import regex

# Same words as the lexicon's, with the standard library's faster engine (this runs on every sentence).
# Its \w lacks the combining marks that the lexicon's \w has (Arabic shadda "كذّب", decomposed accents):
# without them a word would split in two and never match its anchor.
_MARKS = "\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
# Possessive: what follows a word is neither a word character nor a joined part, so giving characters back
# could never find another match; sre then keeps no backtracking state (the findall is a tenth faster).
WORD = re.compile(rf"[\w{_MARKS}]++(?:[-'’][\w{_MARKS}]++)*+")
# What joins the parts of one word ("2003-04", "l’intention").
_JOINER = re.compile("([-'’])")
# Punctuation that closes a word ("said,", "false."): no word character, mark or joiner, so a chunk of letters and
# digits before one of them is one word.
_CLOSING = frozenset(',.:;?!)]"”»')
# The most joiners a pattern's required word may hold (``Lexicon.required_words`` keeps no word with more).
MAX_JOINERS = 3
# Words whose answers a cache keeps before it starts over (the prefilter's too).
CACHE_LIMIT = 200_000
# Characters words begin with whose candidate words are kept: an alphabet or two, and a text's stray symbols.
_FIRST_CHARACTERS_LIMIT = 4096
_NONE: frozenset[int] = frozenset()
# Words no pattern word names: one matching all of them is taken to match any word.
_ANY_WORDS = ("q", "Xz", "zq9", "жъ")


def sentence_words(sentence: str) -> list[str]:
    """Return the words of ``sentence`` (``WORD.findall(sentence)``), each joined word followed by the runs of its
    parts, and each run followed by a joiner also with that joiner ("qu’il": "qu’il", "qu", "qu’", "il"): a
    pattern's word may end before a joiner or with one ("en 2003" in "en 2003-04", "d['’]" in "d'«").

    Found faster than by the pattern alone: no word holds white space, so each white-space-separated chunk has
    words of its own; a chunk of letters and digits only is one word, and those are most chunks, and most others
    are one of those and a comma or a full stop: ``split`` and ``isalnum`` find them several times faster than the
    pattern, which then reads only the rest."""
    words: list[str] = []
    for chunk in sentence.split():
        if chunk.isalnum():
            words.append(chunk)
        elif chunk[-1] in _CLOSING and chunk[:-1].isalnum():
            words.append(chunk[:-1])
        else:
            for found in WORD.finditer(chunk):
                after = chunk[found.end() : found.end() + 1]
                words.extend(_word_forms(found.group(), after if _JOINER.fullmatch(after) else ""))
    return words


def _word_forms(word: str, joiner_after: str) -> list[str]:
    """Return ``word`` and every run of its parts with up to ``MAX_JOINERS`` joiners between them ("a-b-c":
    "a-b-c", "a", "a-b", "b", "b-c", "c"), each run that a joiner follows also with it (``joiner_after`` follows
    the word). Linear in the parts: a scraped chunk may join hundreds."""
    pieces = [*_JOINER.split(word), joiner_after]  # parts with the joiners between them, and the one after
    parts = len(pieces) // 2
    forms = [word]
    for i in range(parts):
        for j in range(i, min(parts, i + MAX_JOINERS + 1)):
            run = "".join(pieces[2 * i : 2 * j + 1])
            if run != word:
                forms.append(run)
            if pieces[2 * j + 1]:
                forms.append(run + pieces[2 * j + 1])
    return forms


def any_word(word: str) -> bool:
    """True when the pattern word ``word`` matches words of every kind: small, capitalised, with a digit, in
    another script (``\\w+``, ``[\\w.-]+``, an alternation holding one)."""
    compiled = word_regex(word)
    return all(compiled.fullmatch(probe) is not None for probe in _ANY_WORDS)


@cache
def word_regex(word: str) -> regex.Pattern[str]:
    """Return the pattern word ``word`` compiled case-insensitively, once: the anchors, the prefilter and the
    lists of a language share most of their words."""
    return regex.compile(word, regex.IGNORECASE)


class RequiredWords:
    """The required words of some patterns, numbered; which of them a word is, and the patterns a sentence's
    words allow.

    ``required`` gives each pattern's required words (regexes, read case-insensitively); a pattern with none
    can match anywhere.
    """

    def __init__(self, required: Sequence[Iterable[str]]) -> None:
        words = sorted({word for pattern in required for word in pattern})
        self.number = {word: k for k, word in enumerate(words)}
        self._words = [word_regex(word) for word in words]
        # By a word's first character, the numbers of the required words a match of which can begin with it: a
        # text word is tested against those only. (An alternation of all of them, one test per word, took a
        # fifth of a language's load time to compile.)
        self._by_first: dict[str, tuple[int, ...]] = {}
        # Each pattern filed under the one of its words that the fewest patterns require: only the patterns filed
        # under a sentence's required words are tested, and a sentence holds the common ones ("not", "had", "he")
        # far more often than the rare ones, so filing under those would test most patterns in most sentences.
        self.requirements = [frozenset(self.number[word] for word in pattern) for pattern in required]
        shared = Counter(number for numbers in set(self.requirements) for number in numbers)
        self._always: list[int] = []
        self._filed: dict[int, list[tuple[int, frozenset[int]]]] = {}
        for k, numbers in enumerate(self.requirements):
            if numbers:
                self._filed.setdefault(min(numbers, key=lambda n: (shared[n], n)), []).append((k, numbers))
            else:
                self._always.append(k)
        self._known: dict[str, frozenset[int]] = {}

    def numbers(self, word: str) -> frozenset[int]:
        """Return the numbers of the required words that ``word`` (not empty) is."""
        first = word[0]
        candidates = self._by_first.get(first)
        if candidates is None:
            if len(self._by_first) > _FIRST_CHARACTERS_LIMIT:
                self._by_first = {}
            candidates = tuple(k for k, required in enumerate(self._words) if required.match(first, partial=True))
            self._by_first[first] = candidates
        return frozenset(k for k in candidates if self._words[k].fullmatch(word)) if candidates else _NONE

    def patterns_of(self, sentence: str) -> tuple[int, ...]:
        """Return the numbers of the patterns all of whose required words ``sentence`` holds, ascending. Each
        distinct word is tested once (the answers are kept, up to a bound)."""
        if len(self._known) > CACHE_LIMIT:
            self._known = {}
        known = self._known
        held: set[int] = set()
        for word in set(sentence_words(sentence)):
            numbers = known.get(word)
            if numbers is None:
                numbers = known[word] = self.numbers(word)
            held |= numbers
        return self.allowed(held)

    def allowed(self, held: set[int]) -> tuple[int, ...]:
        """Return the numbers of the patterns all of whose required words are among those numbered ``held``,
        ascending."""
        among = [k for number in held for k, required in self._filed.get(number, ()) if required <= held]
        return tuple(sorted(self._always + among))
