"""The text the extractors read: the analysed text without the characters that change no word but break its
spelling for the word lists and models, with every offset found in it mapped back to the analysed text.

Text pasted from web pages and wire feeds carries them: soft hyphens ("dementier\\u00adte"), zero-width spaces and
joiners, byte-order and direction marks (around Arabic names), Arabic tatweel ("نفـــت"), stress marks on
Cyrillic vowels ("сообще́ния"), and accents written as separate combining marks ("de\\u0301menti", decomposed
text) where the word lists hold the composed letters. Arabic vowel marks stay: news writes them only where
they tell a form apart (the passive "نُفي" from the noun "نفي"), and the word lists read them there.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from typing import TypeVar

from newsmon.nlp.types import Analysis, Denial, Denier, Entity, Span


def _chars(*ranges: tuple[int, int]) -> str:
    return "".join(chr(code) for low, high in ranges for code in range(low, high + 1))


# Format characters that are no part of a word (soft hyphen, zero-width, byte-order and direction marks), and
# tatweel (a letter-stretching stroke).
_INVISIBLE = _chars((0xAD, 0xAD), (0x61C, 0x61C), (0x640, 0x640), (0x200B, 0x200B), (0x200E, 0x200F))
_INVISIBLE += _chars((0x202A, 0x202E), (0x2060, 0x2060), (0x2066, 0x2069), (0xFEFF, 0xFEFF))
_DROPPED = re.compile(f"[{_INVISIBLE}]")
# What is rewritten: those, and combining accents, which NFC composes with their letter where it can.
_FOUND = re.compile(f"[{_INVISIBLE}\u0300-\u036f]+")
# Whether a text holds any: one ``in`` per character is a C search of a few microseconds, where a scan for the
# character class took 40-170 (as long as a tenth of the whole analysis' share of an article's time). A
# decomposed text holds at least one of the common accents (acute to caron, cedilla, ogonek).
_SIGNS = _INVISIBLE + _chars((0x300, 0x30C), (0x327, 0x328))
_Located = TypeVar("_Located", Span, Entity, Denier)  # what has a text and its offsets
_STRESS = str.maketrans("", "", "\u0300\u0301")  # grave and acute: no Russian word is spelled with them


@dataclass(frozen=True, slots=True)
class CleanText:
    """``text`` as the extractors read it; ``starts[i]:ends[i]`` is the slice of the original that its character
    ``i`` came from (both empty when nothing was changed)."""

    original: str
    text: str
    starts: tuple[int, ...] = ()
    ends: tuple[int, ...] = ()

    def restore(self, analysis: Analysis) -> Analysis:
        """Return ``analysis`` of ``text`` with every offset and span text taken back to ``original``."""
        if not self.starts:
            return analysis
        return replace(
            analysis,
            sentences=[self._moved(span) for span in analysis.sentences],
            entities=[self._moved(entity) for entity in analysis.entities],
            denials=[self._denial(denial) for denial in analysis.denials],
        )

    def _bounds(self, start: int, end: int) -> tuple[int, int]:
        if end > start:
            return self.starts[start], self.ends[end - 1]
        at = self.starts[start] if start < len(self.starts) else len(self.original)
        return at, at

    def _moved(self, item: _Located) -> _Located:
        """``item`` (a span, an entity, a denier) with its offsets and text taken back to ``original``."""
        start, end = self._bounds(item.start, item.end)
        return replace(item, text=self.original[start:end], start=start, end=end)

    def _denial(self, denial: Denial) -> Denial:
        return replace(
            denial,
            denier=self._moved(denial.denier) if denial.denier else None,
            trigger=self._moved(denial.trigger),
            claim=self._moved(denial.claim) if denial.claim else None,
            evidence=self._moved(denial.evidence),
        )


def clean(text: str) -> CleanText:
    """Return ``text`` for the extractors: without format characters, tatweel and Cyrillic stress marks, each
    letter composed with its accents (NFC). A text that needs none of it (most: every ASCII one) is returned as
    it is after a few searches in C; in the others only what changes is rewritten."""
    if text.isascii() or not any(sign in text for sign in _SIGNS):
        return CleanText(text, text)
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    done = 0
    for found in _FOUND.finditer(text):
        start, end = found.span()
        if start > done and "\u0300" <= text[start] <= "\u036f":
            start -= 1  # an accent is rewritten with its letter
        pieces.append(text[done:start])
        starts.extend(range(done, start))
        ends.extend(range(done + 1, start + 1))
        kept = _rewrite(text[start:end])
        pieces.append(kept)
        starts.extend([start] * len(kept))
        ends.extend([end] * len(kept))
        done = end
    pieces.append(text[done:])
    starts.extend(range(done, len(text)))
    ends.extend(range(done + 1, len(text) + 1))
    return CleanText(text, "".join(pieces), tuple(starts), tuple(ends))


def _rewrite(piece: str) -> str:
    """``piece`` without dropped characters, its letter composed with its accents (NFC; a Cyrillic letter loses a
    stress mark)."""
    kept = _DROPPED.sub("", piece)
    if kept and "\u0400" <= kept[0] <= "\u04ff":
        kept = kept[0] + kept[1:].translate(_STRESS)
    return unicodedata.normalize("NFC", kept)
