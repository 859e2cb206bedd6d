"""Quotations over a whole text, found from the language's pairs of quotation marks.

They are found over the whole text, so that a quote spanning several sentences, or one whose attribution is the
next sentence (‘"There is no truth to these claims." Votaw said.’), is attributed (``attribution.py``).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cache

import regex

_SPACED_MARKS = "«»‹›"
# Punctuation no quotation opens on: a straight mark before it closes one ('…implicadas", afirmó la fuente').
_CLOSING_PUNCT = ",،;:.!?)"


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: ``[start, end)`` covers the marks; an unclosed quote runs to the end of its paragraph."""

    start: int
    end: int
    closed: bool


@cache
def quote_marks(pairs: tuple[tuple[str, str], ...]) -> regex.Pattern[str]:
    """Return the pattern of the quotation marks of ``pairs`` and of line breaks, longest mark first."""
    marks = sorted({mark for pair in pairs for mark in pair}, key=len, reverse=True)
    return regex.compile("|".join(map(regex.escape, [*marks, "\n"])))


def find_quotes(text: str, pairs: tuple[tuple[str, str], ...]) -> list[Quote]:
    """Return the quotations of ``text`` in order, for the language's pairs of quotation marks.

    A mark may close more than one opener (``"`` is closed by ``"`` or by the typewriter ``''``); a quotation
    still open at a line break ends there.
    """
    closers: dict[str, set[str]] = {}
    for opening, closing in pairs:
        closers.setdefault(opening, set()).add(closing)
    closing_marks = {closing for _, closing in pairs}
    quotes: list[Quote] = []
    opened: tuple[int, set[str]] | None = None  # (offset, the marks that close it)
    for found in quote_marks(pairs).finditer(text):
        pos, mark = found.start(), found.group()
        if mark == "\n":
            if opened is not None:
                quotes.append(Quote(opened[0], pos, closed=False))
                opened = None
        elif opened is not None and mark in opened[1] and _can_close(text, pos, found.end()):
            quotes.append(Quote(opened[0], found.end(), closed=True))
            opened = None
        elif opened is None and mark in closers and _can_open(text, pos, found.end()):
            opened = (pos, closers[mark])
        elif opened is None and mark in closing_marks and _can_close(text, pos, found.end()):
            # A closing mark with no opening one: the quote began with the paragraph (news copy
            # often drops the opening mark of a quote that continues from the previous paragraph).
            start = max(text.rfind("\n", 0, pos) + 1, quotes[-1].end if quotes else 0)
            if text[start:pos].strip():
                quotes.append(Quote(start, found.end(), closed=True))
    if opened is not None:
        quotes.append(Quote(opened[0], len(text), closed=False))
    return quotes


def enclosing(quotes: list[Quote], starts: list[int], pos: int) -> Quote | None:
    """Return the quotation containing offset ``pos`` (``starts`` are the quotes' starts), or None."""
    k = bisect.bisect_right(starts, pos) - 1
    if k >= 0 and quotes[k].start < pos < quotes[k].end:
        return quotes[k]
    return None


def _can_open(text: str, pos: int, end: int) -> bool:
    after = text[end : end + 1]
    if text[pos] in _SPACED_MARKS:
        return bool(after)  # « C'est faux »: French guillemets take a space inside
    if not after or after.isspace() or after in _CLOSING_PUNCT:
        return False
    before = text[pos - 1 : pos]
    return text[pos] not in "'’" or not before or not before.isalnum()  # not an apostrophe: "it's"


def _can_close(text: str, pos: int, end: int) -> bool:
    before = text[pos - 1 : pos]
    after = text[end : end + 1]
    if text[pos] in _SPACED_MARKS:
        return bool(before)
    if not before or before.isspace():
        return bool(before and after) and after in _CLOSING_PUNCT  # detached before a comma: 'implicadas ", afirmó'
    return text[pos] not in "'’" or not after or not after.isalnum()
