"""Word tokens with character offsets, cut the way the NER corpora cut them (CoNLL style).

Hyphenated names stay whole ("Jean-Pierre", "al-Kabariti"), initials and dotted acronyms keep their dots
("U.S.", "J."), a possessive is its own token ("Peskov 's"), and a French elision is split off its noun
("l' Élysée") so an entity never starts inside a token. The standard ``re`` module is used because it
tokenises about a third faster than ``regex`` here; ``[^\\W\\d_]`` stands for "a letter".
"""

from __future__ import annotations

import re

# Every token starts with a non-space character: the leading look-ahead rejects a space at once instead
# of trying each alternative there (a third of the tokenising time).
_TOKEN = re.compile(
    r"""(?=\S)(?:
        [^\W\d_]+(?=\s)                                               # a plain word before a space (most
                                                                     # tokens): none of the forms below
                                                                     # can start there, so it comes first
       |(?:[^\W\d_]\.){2,}                                           # U.S., U.N., p.m.
       |(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|St|Jr|Sr|Sra|Inc|Ltd|Corp|Co|Bpk|Jl|Mme|Mgr)\.
       |[^\W\d_]\.(?=\s)                                             # an initial: "J. Smith"
       |(?:[A-Z]{2,3}|[A-Z][a-z])\.(?=\s+[A-Z])                       # FC. Barcelona, At. Madrid
       |(?i:qu|jusqu|lorsqu|puisqu|[cdjlmnst])['’](?=[^\W\d_])      # French elision: l', d', qu'
       |['’][sS]\b                                                   # English possessive
       |\d+(?:[-.,:/]\d+)*                                           # 3.5, 1,000, 7/11, 1996-08-22
       |\w+(?:(?:[-–&]|\.(?=[a-z0-9])|['’](?![sS]\b))\w+)*          # words, Jean-Pierre, O'Neill
       |\S                                                           # any other single character
       )""",
    re.VERBOSE,
)


def tokenize(text: str, start: int = 0, end: int | None = None) -> tuple[list[str], list[int]]:
    """Return the tokens of ``text[start:end]`` and their start offsets in ``text``; never raises."""
    words = _TOKEN.findall(text, start, len(text) if end is None else end)
    # Only white space lies between two tokens (``\S`` takes any other character), so each token is the
    # first occurrence of its text after the previous one; this is faster than match objects.
    offsets = []
    position = start
    find = text.find
    for word in words:
        position = find(word, position)
        offsets.append(position)
        position += len(word)
    return words, offsets
