"""Word tokens with character offsets, cut the way the NER corpora cut them (CoNLL style).

Hyphenated names stay whole ("Jean-Pierre", "al-Kabariti"), initials and dotted acronyms keep their dots
("U.S.", "J."), a possessive is its own token ("Peskov 's"), and a French elision is split off its noun
("l' Élysée") so an entity never starts inside a token. The standard ``re`` module is used because it
tokenises about a third faster than ``regex`` here; ``[^\\W\\d_]`` stands for "a letter".
"""

from __future__ import annotations

import re

_TOKEN = re.compile(
    r"""(?:[^\W\d_]\.){2,}                                           # U.S., U.N., p.m.
       |(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|St|Jr|Sr|Sra|Inc|Ltd|Corp|Co|Bpk|Jl|Mme|Mgr)\.
       |[^\W\d_]\.(?=\s)                                             # an initial: "J. Smith"
       |(?:[A-Z]{2,3}|[A-Z][a-z])\.(?=\s+[A-Z])                       # FC. Barcelona, At. Madrid
       |(?i:qu|jusqu|lorsqu|puisqu|[cdjlmnst])['’](?=[^\W\d_])      # French elision: l', d', qu'
       |['’][sS]\b                                                   # English possessive
       |\d+(?:[-.,:/]\d+)*                                           # 3.5, 1,000, 7/11, 1996-08-22
       |\w+(?:(?:[-–&]|\.(?=[a-z0-9])|['’](?![sS]\b))\w+)*          # words, Jean-Pierre, O'Neill
       |\S                                                           # any other single character""",
    re.VERBOSE,
)


def tokenize(text: str, start: int = 0, end: int | None = None) -> tuple[list[str], list[int]]:
    """Return the tokens of ``text[start:end]`` and their start offsets in ``text``; never raises."""
    matches = list(_TOKEN.finditer(text, start, len(text) if end is None else end))
    return [match.group() for match in matches], [match.start() for match in matches]
