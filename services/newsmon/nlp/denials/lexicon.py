"""Word patterns of the resource files, compiled into regular expressions over raw text.

A *pattern* is a space-separated sequence of word expressions (each a regular expression that must match a
whole word, e.g. ``den(y|ies|ied|ying)``), read case-insensitively:

- ``[word]`` or a whole group ``(a|b)?`` is an optional word (``no truth [whatsoever] to``); spaces inside
  parentheses stay inside the word (``(on|last) (monday|friday)( night)?`` is two words);
- ``…`` is a gap of up to 6 words, ``…3`` of up to 3 (``wies … zurück``);
- every word may carry the language's clitics (Arabic ``و``/``ف`` before it, Indonesian ``-nya`` after it),
  so resources list a verb once, not once per attached form.

Words are separated by white space (and quotation marks, which news copy puts anywhere).
How a pattern word's regular expression reads as text (its groups and lookarounds) is ``regex_source``'s.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

import regex

from newsmon.nlp.denials.regex_source import beginning, closing_parenthesis, last_words, whole_word, without_lookarounds
from newsmon.nlp.denials.required import RequiredWords, any_word, word_regex

_GAP_DEFAULT = 6
GAP = "gap"
_WORD_CHARS = r"[\w'’-]"
# The Arabic comma separates words as the Latin one does: "ورفض المتحدث، خلال اتصال هاتفي، التعليق".
_SEPARATOR = r"[\s,،\"“”„«»‘’']+"
# The full stop of an initial: one capital letter, as a word of its own.
_INITIAL_STOP = r"(?<=(?<!\w)\p{Lu})\."
# One word of raw text (hyphenated and apostrophised words stay whole: "Jean-Pierre", "it’s", "di-debunk").
WORD = regex.compile(r"\w+(?:[-'’]\w+)*")


class PatternError(ValueError):
    """A resource pattern that does not compile; the message names the pattern."""


@dataclass(frozen=True, slots=True)
class Clitics:
    """Affixes a language glues to words (regex alternatives, may be empty)."""

    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()

    def wrap(self, word: str) -> str:
        """Return ``word`` (a regex) allowing the clitics around it."""
        pre = f"(?:{'|'.join(self.before)})?" if self.before else ""
        post = f"(?:{'|'.join(self.after)})?" if self.after else ""
        return f"{pre}(?:{word}){post}"


def pattern_regex(pattern: str, clitics: Clitics) -> str:
    """Return the regular expression (uncompiled) of one resource pattern, bounded at word edges."""
    return rf"(?<!\w)(?:{_pattern_body(pattern, clitics)})(?!\w)"


def _pattern_body(pattern: str, clitics: Clitics) -> str:
    pieces: list[str] = []
    pending_gap = ""
    for token in _words(pattern):
        if token.startswith("…"):
            count = int(token[1:]) if token[1:] else _GAP_DEFAULT
            # A gap may cross a parenthesis: "asked (by Yemen) not to comment", and an initial's full stop: a surname
            # shortened to protect a person ("wollte sich Thomas K. nicht äußern"). Named, so that a match tells
            # which of its words the pattern did not spell (a negator there negates the trigger, see ``gaps``).
            pending_gap = rf"(?P<{GAP}>(?:{_SEPARATOR}\(?{_WORD_CHARS}+\)?(?:{_INITIAL_STOP}|[,;]?)){{0,{count}}}?)"
            continue
        optional, word = _optional(token)
        word = clitics.wrap(word)
        piece = f"{_SEPARATOR}{word}" if pieces else word
        # The gap stays outside an optional word: "a …5 [formellement] démenti" matches without the adverb.
        pieces.append(pending_gap + (f"(?:{piece})?" if optional else piece))
        pending_gap = ""
    if not pieces:
        raise PatternError(f"empty pattern {pattern!r}")
    return "".join(pieces)


def anchor_regex(pattern: str, clitics: Clitics, common: Iterable[str] = ()) -> str:
    """Return the regex of the rarest-looking required word of ``pattern``: a word every match contains.

    A word that also matches one of the ``common`` words (negators, conjunctions: "tidak", "atau") would
    let most sentences through the prefilter, so a word that matches none of them is chosen, with the
    fewest alternatives and then the most characters.
    """
    required = [token for token in map(without_lookarounds, _required(pattern)) if token is not None]
    if not required:
        raise PatternError(f"pattern {pattern!r} has no required word")
    common = tuple(common)

    def frequent(token: str) -> bool:
        try:
            compiled = word_regex(clitics.wrap(token))
        except regex.error as exc:
            raise PatternError(f"cannot compile {pattern!r}: {exc}") from exc
        return any(compiled.fullmatch(word) for word in common)

    # A group with a space inside ("(comentou|se pronunciou)") spans two words, so no single word of the
    # text matches it: last choice. Then fewer alternatives and more characters make a rarer word
    # ("tight-lipped" over "(remain|stay...)").
    return clitics.wrap(min(required, key=lambda token: (" " in token, frequent(token), token.count("|"), -len(token))))


def required_words(pattern: str, clitics: Clitics) -> tuple[str, ...]:
    """Return the regexes of the words that every match of ``pattern`` holds as whole words of the text:
    its words that are neither optional nor gaps; for a group with a space inside, which spans two, the last
    word of each alternative ("(se recusou|recusou-se)" holds "recusou" or "recusou-se"). A word that any word
    matches ("(said|says|\\w+)") is left out: every sentence holds it, so it rules none out."""
    tokens = (without_lookarounds(token) for token in _required(pattern))
    words = (token if token is None or " " not in token else last_words(token) for token in tokens)
    wrapped = (clitics.wrap(word) for word in words if word is not None and whole_word(word))
    return tuple(word for word in wrapped if not any_word(word))


def _required(pattern: str) -> list[str]:
    """Return the words of ``pattern`` that are neither optional nor gaps."""
    return [token for token in _words(pattern) if not token.startswith("…") and not _optional(token)[0]]


def _optional(token: str) -> tuple[bool, str]:
    """Return whether a pattern word is optional, and the word: ``[word]`` or a whole group ``(a|b)?``."""
    if token.startswith("[") and token.endswith("]") and len(token) > 2:
        return True, token[1:-1]
    if token.startswith("(") and token.endswith(")?") and closing_parenthesis(token, 0) == len(token) - 2:
        return True, token[:-1]
    return False, token


def _words(pattern: str) -> list[str]:
    """Split a pattern at the spaces outside parentheses ("(on|last) (monday|friday)( night)?" is 2 words)."""
    words: list[str] = []
    depth = 0
    current = ""
    for char in pattern:
        depth += (char == "(") - (char == ")")
        if char == " " and depth == 0:
            if current:
                words.append(current)
            current = ""
        else:
            current += char
    if current:
        words.append(current)
    return words


def gap_spans(found: regex.Match[str]) -> list[tuple[int, int]]:
    """Return the character spans of the words the gaps (``…``) of the matched pattern took, empty ones left out."""
    if GAP not in found.re.groupindex:
        return []
    return [(start, end) for start, end in found.spans(GAP) if end > start]


class Lexicon:
    """A list of patterns compiled into one case-insensitive alternation, longest pattern first (then in order).

    With ``longest`` the longest match at the leftmost position wins, whatever the pattern order. Matches are
    never empty. The alternation is compiled on first use (or by :meth:`compile`): parsing a language's
    patterns is most of its load time, and a text reaches few of its lists.

    For :meth:`match`, a character that positions of a long list often begin with gets an alternation of its
    own, of only the patterns a match of which can begin with it (:meth:`_dispatch`): the whole alternation of
    the stop list (hundreds of patterns) tried every one of them at every word of a sentence. These are compiled
    after ``DISPATCH_AFTER`` tries of the character, not at load: they took two thirds of the load time, and a
    rare character never earns back its compilation.

    A long list searches a text (:meth:`finditer`) with only its patterns whose required words the text holds,
    each compiled alone on first use: a language's first texts then compile a few patterns, not the alternation.
    """

    __slots__ = (
        "_alone",
        "_bodies",
        "_by_first",
        "_chosen",
        "_clitics",
        "_flags",
        "_longest",
        "_regex",
        "_required",
        "_tests",
        "_tries",
        "patterns",
    )

    def __init__(self, patterns: Iterable[str], clitics: Clitics, *, longest: bool = False) -> None:
        # Among patterns of one length the file's order decides (a set's order would change with the hash seed,
        # and with it which of "(mem|di)?bantah" and "membantah keras" matches first).
        self.patterns = tuple(sorted(dict.fromkeys(patterns), key=len, reverse=True))
        self._clitics = clitics
        # POSIX (leftmost-longest) matching where overlaps decide: "cannot confirm or deny" over "cannot confirm".
        self._flags = regex.IGNORECASE | regex.V0 | (regex.POSIX if longest else 0)
        self._longest = longest
        self._regex: regex.Pattern[str] | None = None
        self._bodies: list[str] = []
        self._by_first: dict[str, regex.Pattern[str] | None] = {}
        self._tries: dict[str, int] = {}
        self._tests: list[regex.Pattern[str] | None] = []
        # Alternations by the patterns they hold: a letter and its capital choose the same ones, as do others.
        self._chosen: dict[tuple[int, ...], regex.Pattern[str] | None] = {(): None}
        self._alone: list[regex.Pattern[str] | None] = [None] * len(self.patterns)
        self._required: RequiredWords | None = None

    def compile(self) -> regex.Pattern[str] | None:
        """Return the whole alternation, compiling it the first time (None for an empty lexicon). Raises
        ``PatternError`` when a pattern does not compile."""
        if self._regex is None and self.patterns:
            self._bodies = [_pattern_body(pattern, self._clitics) for pattern in self.patterns]
            self._regex = self._alternation(self._bodies)
        return self._regex

    def __bool__(self) -> bool:
        return bool(self.patterns)

    def required_words(self) -> tuple[tuple[str, ...], ...]:
        """Return, per pattern, the regexes of the words every match of it holds (``required_words``; empty
        for a pattern whose every word may span two)."""
        return tuple(required_words(pattern, self._clitics) for pattern in self.patterns)

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[regex.Match[str]]:
        """Yield the non-overlapping matches in ``text[start:end]`` (nothing for an empty lexicon). A long list
        tries only its patterns whose required words ``text[start:end]`` holds (:meth:`matches_among`)."""
        stop = len(text) if end is None else end
        if len(self.patterns) >= DISPATCH_FROM:
            if self._required is None:
                self._required = RequiredWords(self.required_words())
            yield from self.matches_among(self._required.patterns_of(text[start:stop]), text, start, stop)
            return
        after = start
        for position in _CANDIDATE.finditer(text, start, stop):
            at = position.start()
            if at >= after:
                found = self.match(text, at, stop)
                if found is not None:
                    yield found
                    after = found.end()

    def search(self, text: str, start: int = 0, end: int | None = None) -> regex.Match[str] | None:
        """Return the first match in ``text[start:end]``, or None."""
        return next(self.finditer(text, start, end), None)

    def match(self, text: str, start: int, end: int | None = None) -> regex.Match[str] | None:
        """Return the match that begins exactly at ``start`` (and ends by ``end``), or None."""
        stop = len(text) if end is None else end
        whole = self._regex or self.compile()
        if start >= stop or whole is None:
            return None
        char = text[start]
        compiled = self._by_first.get(char, whole)
        if compiled is whole and self._dispatching() and char not in self._by_first:
            self._tried(char)
        found = None if compiled is None else compiled.match(text, start, stop)
        return None if found is None or found.end() == start else found

    def matches_among(
        self, among: Sequence[int], text: str, start: int = 0, end: int | None = None
    ) -> list[regex.Match[str]]:
        """Return what :meth:`finditer` yields when no pattern but those numbered ``among`` (indices into
        ``patterns``, ascending) can match ``text[start:end]``, trying only those.

        Each pattern is searched alone at every position; where several match at one, the alternation's choice
        is kept: the first in order, or with ``longest`` the longest (then the first). Raises ``PatternError``
        when one of them does not compile.
        """
        stop = len(text) if end is None else end
        chosen: dict[int, regex.Match[str]] = {}
        for k in among:
            for found in self.alone(k).finditer(text, start, stop, overlapped=True):
                at = found.start()
                kept = chosen.get(at)
                if found.end() > at and (kept is None or (self._longest and found.end() > kept.end())):
                    chosen[at] = found
        matches: list[regex.Match[str]] = []
        after = start
        for at in sorted(chosen):
            if at >= after:
                matches.append(chosen[at])
                after = chosen[at].end()
        return matches

    def alone(self, k: int) -> regex.Pattern[str]:
        """Return pattern ``k`` compiled alone (as the alternation reads it), compiling it the first time. Raises
        ``PatternError`` when it does not compile."""
        compiled = self._alone[k]
        if compiled is None:
            compiled = self._alone[k] = self._alternation([_pattern_body(self.patterns[k], self._clitics)])
        return compiled

    def _dispatching(self) -> bool:
        return len(self._bodies) >= DISPATCH_FROM

    def _tried(self, char: str) -> None:
        """Count a try of ``char`` with the whole alternation; the ``DISPATCH_AFTER``th compiles its own."""
        tries = self._tries.get(char, 0) + 1
        self._tries[char] = tries
        if tries >= DISPATCH_AFTER:
            self._dispatch(char)

    def _dispatch(self, char: str) -> None:
        """Give ``char`` the alternation of the patterns a match of which can begin with it (None when none
        can). Where the character stands it finds what the whole alternation finds: no other pattern can match
        there, and the order (or the length) decides among these as before."""
        if not self._tests:
            self._tests = [beginning(body, self._flags) for body in self._bodies]
        chosen = tuple(k for k, test in enumerate(self._tests) if test is None or test.match(char, partial=True))
        if chosen not in self._chosen:
            self._chosen[chosen] = self._alternation([self._bodies[k] for k in chosen])
        self._by_first[char] = self._chosen[chosen]
        self._tries.pop(char, None)

    def _alternation(self, bodies: list[str]) -> regex.Pattern[str]:
        # One word boundary around the whole alternation: positions inside words fail at once.
        try:
            return regex.compile(rf"(?<!\w)(?:{'|'.join(bodies)})(?!\w)", self._flags)
        except regex.error as exc:
            raise PatternError(f"cannot compile {self.patterns!r}: {exc}") from exc


# A shorter list is tried whole: its alternation is quick to try, and one per character slow to compile.
DISPATCH_FROM = 8
# Tries of a character with the whole alternation before it gets its own. Compiling one for the English stop
# list costs about as much as a thousand tries of the whole list (5-15 ms; each try 6 us more): a character
# tried a hundred times in the first texts is tried thousands of times later.
DISPATCH_AFTER = 100
# Where a match can begin: after a character that is no word's (every pattern is bounded by ``(?<!\w)``).
_CANDIDATE = regex.compile(r"(?<!\w)")
