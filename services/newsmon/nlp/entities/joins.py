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

from newsmon.nlp.entities.crf import Crf, Ints

NONE = -1  # the id of a form or shape that no joining attribute names
START, END = "<s>", "</s>"  # a sentence's edges, as ``FeatureExtractor.sequence`` names them
START_ID, END_ID = 0, 1  # their ids among the forms and among the shapes
_TWO = re.compile(r"(\||[^|]*)\|(\||[^|]*)")
_THREE = re.compile(r"(\||[^|]*)\|(\||[^|]*)\|(\||[^|]*)")


class Joins:
    """The joining attributes of one CRF, as sorted integer codes with their weight rows."""

    def __init__(self, crf: Crf) -> None:
        self._unknown = crf.unknown
        self.forms: dict[str, int] = {START: START_ID, END: END_ID}
        self.shapes: dict[str, int] = {START: START_ID, END: END_ID}
        parsed: dict[str, list[tuple[tuple[str, ...], int]]] = {"sh3=": [], "w-1w0=": [], "w0w+1=": []}
        for attribute, row in crf.attributes.items():
            prefix = "sh3=" if attribute.startswith("sh3=") else attribute[: attribute.find("=") + 1]
            if prefix in parsed:
                found = (_THREE if prefix == "sh3=" else _TWO).fullmatch(attribute, len(prefix))
                if found:
                    parsed[prefix].append((found.groups(), row))
        for parts, _ in parsed["sh3="]:
            for part in parts:
                self.shapes.setdefault(part, len(self.shapes))
        for prefix in ("w-1w0=", "w0w+1="):
            for parts, _ in parsed[prefix]:
                for part in parts:
                    self.forms.setdefault(part, len(self.forms))
        self._trigrams = self._table([(self._code(self.shapes, parts), row) for parts, row in parsed["sh3="]])
        self._before = self._table([(self._code(self.forms, parts), row) for parts, row in parsed["w-1w0="]])
        self._after = self._table([(self._code(self.forms, parts), row) for parts, row in parsed["w0w+1="]])

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
    def _code(ids: dict[str, int], parts: tuple[str, ...]) -> int:
        code = 0
        for part in parts:
            code = code * len(ids) + ids[part]
        return code

    @staticmethod
    def _combine(high: Ints, low: Ints, base: int) -> Ints:
        """Return the codes of the id pairs, ``NONE`` where either id is."""
        combined: Ints = np.where((high < 0) | (low < 0), NONE, high * base + low)
        return combined

    @staticmethod
    def _table(pairs: list[tuple[int, int]]) -> tuple[Ints, Ints]:
        ordered = sorted(pairs)
        return np.array([code for code, _ in ordered], np.int64), np.array([row for _, row in ordered], np.intp)

    def _find(self, table: tuple[Ints, Ints], codes: Ints) -> Ints:
        """Return the weight row of each code, ``unknown`` for a code the model has no attribute for."""
        known, rows = table
        if not len(known):
            return np.full(len(codes), self._unknown, np.intp)
        at = np.minimum(np.searchsorted(known, codes), len(known) - 1)
        found: Ints = np.where(known[at] == codes, rows[at], self._unknown)
        return found
