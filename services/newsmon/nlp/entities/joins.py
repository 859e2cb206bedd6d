"""The CRF's attributes that join a token to its neighbours, found for a whole text with numpy.

``FeatureExtractor.sequence`` gives each token three such attributes: the shape trigram
"sh3=<left>|<own>|<right>" and the word bigrams "w-1w0=<previous>|<own>" and "w0w+1=<own>|<next>" (lower
case forms). Building and looking up three strings per token was the largest cost left in tagging, so the
model's own attributes of these kinds are read once into integer codes over the lower-case forms and
shapes they name; a token's codes are then computed and searched for in sorted arrays, all tokens at once.
A part is either "|" itself (the only token holding one) or holds no "|", which makes the split unique.
"""

from __future__ import annotations

import re

import numpy as np
from numpy.typing import NDArray

from newsmon.nlp.entities.crf import Crf, Ints

NONE = -1  # the id of a form or shape that no joining attribute names
START, END = "<s>", "</s>"  # a sentence's edges, as ``FeatureExtractor.sequence`` names them
START_ID, END_ID = 0, 1  # their ids among the forms and among the shapes
_PREFIXES = ("sh3=", "w-1w0=", "w0w+1=")
# A part is "|" or holds none; the pattern settles the rare attributes where a part is "|".
_PARTS = {2: re.compile(r"(\||[^|]*)\|(\||[^|]*)"), 3: re.compile(r"(\||[^|]*)\|(\||[^|]*)\|(\||[^|]*)")}


class Joins:
    """The joining attributes of one CRF, as sorted integer codes with their weight rows."""

    def __init__(self, crf: Crf) -> None:
        self._unknown = crf.unknown
        self.forms: dict[str, int] = {START: START_ID, END: END_ID}
        self.shapes: dict[str, int] = {START: START_ID, END: END_ID}
        joining = [(name, row) for name, row in crf.attributes.items() if name.startswith(_PREFIXES)]
        trigrams = _parsed(joining, "sh3=", 3, self.shapes)
        before, after = _parsed(joining, "w-1w0=", 2, self.forms), _parsed(joining, "w0w+1=", 2, self.forms)
        # Coded once every id is given, so that the base of the codes is the final number of ids.
        self._trigrams = _coded(*trigrams, self.shapes)
        self._before, self._after = _coded(*before, self.forms), _coded(*after, self.forms)

    def rows(self, forms: tuple[Ints, Ints, Ints], shapes: tuple[Ints, Ints, Ints]) -> Ints:
        """Return the weight rows of the three joining attributes of each token, as (tokens, 3).

        ``forms`` and ``shapes`` hold the ids (``self.forms``, ``self.shapes``; ``NONE`` for others) of
        each token's previous, own and next word, ``START`` / ``END`` at a sentence's edges.
        """
        previous, own, following = forms
        trigram = self._combine(self._combine(shapes[0], shapes[1], len(self.shapes)), shapes[2], len(self.shapes))
        return np.stack(
            [
                self._find(self._trigrams, trigram),
                self._find(self._before, self._combine(previous, own, len(self.forms))),
                self._find(self._after, self._combine(own, following, len(self.forms))),
            ],
            axis=1,
        )

    @staticmethod
    def _combine(high: Ints, low: Ints, base: int) -> Ints:
        """Return the codes of the id pairs, ``NONE`` where either id is."""
        combined: Ints = np.where((high < 0) | (low < 0), NONE, high * base + low)
        return combined

    def _find(self, table: tuple[Ints, Ints], codes: Ints) -> Ints:
        """Return the weight row of each code, ``unknown`` for a code the model has no attribute for."""
        known, rows = table
        if not len(known):
            return np.full(len(codes), self._unknown, np.intp)
        at = np.minimum(np.searchsorted(known, codes), len(known) - 1)
        found: Ints = np.where(known[at] == codes, rows[at], self._unknown)
        return found


def _split(body: str, count: int) -> list[str] | None:
    """Return the ``count`` parts of an attribute's body, or None when it has no such parts."""
    parts = body.split("|")
    if len(parts) == count:
        return parts
    found = _PARTS[count].fullmatch(body)
    return list(found.groups()) if found else None


def _parsed(
    joining: list[tuple[str, int]], prefix: str, count: int, ids: dict[str, int]
) -> tuple[list[list[str]], list[int]]:
    """Return the parts and weight rows of the attributes of ``prefix`` (``count`` parts each); parts not
    in ``ids`` yet are given the next ids."""
    cut = len(prefix)
    parts: list[list[str]] = []
    rows: list[int] = []
    for name, row in joining:
        if name.startswith(prefix):
            split = _split(name[cut:], count)
            if split:
                parts.append(split)
                rows.append(row)
    for split in parts:
        for part in split:
            ids.setdefault(part, len(ids))
    return parts, rows


def _coded(parts: list[list[str]], rows: list[int], ids: dict[str, int]) -> tuple[NDArray[np.int64], Ints]:
    """Return the codes of the attributes' parts, sorted, and their weight rows in the same order."""
    codes = np.zeros(len(parts), np.int64)
    for k in range(len(parts[0]) if parts else 0):
        codes = codes * len(ids) + np.fromiter((ids[split[k]] for split in parts), np.int64, len(parts))
    order = np.argsort(codes)
    return codes[order], np.array(rows, np.intp)[order]
