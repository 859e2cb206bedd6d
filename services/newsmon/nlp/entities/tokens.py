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
# Marks that are a token of their own after letters ("said,", "Jakarta:"): no form above reads past letters into
# one of them, or starts at one with any longer token. Not the full stop ("Mr.", "J.") nor quotes ("l'", "Peskov's").
_CLOSING = frozenset(",:;?!)]”»")
# Nor one after five letters or more: the titles, initials and short forms that keep theirs are shorter.
_SHORT_FORM = 5
# Marks that are a token of their own before letters ("(Reuters", "“We"): no form above starts at one of them but
# the single character. Not the quotes that open a possessive ("'s", "’s").
_OPENING = frozenset('([“«‘"')


def tokenize(text: str, start: int = 0, end: int | None = None) -> tuple[list[str], list[int]]:
    """Return the tokens of ``text[start:end]`` and their start offsets in ``text``; never raises."""
    stop = len(text) if end is None else end
    words: list[str] = []
    offsets: list[int] = []
    position = start
    find = text.find
    # No token holds white space (the same ``str.isspace`` characters ``str.split`` cuts at) and every other
    # character is in one, so the tokens of each white-space-separated chunk are its own. A chunk of letters
    # only is one token whatever follows it (the first form, or the word form at the end of the text), and
    # those are most chunks: ``split`` and ``isalpha`` find them several times faster than the pattern.
    for chunk in text[start:stop].split():
        # Only white space lies before the chunk, so it is the first occurrence of its text; most chunks follow
        # one space, and two characters tell that faster than a search.
        if text[position] == " " and text[position + 1] == chunk[0]:
            position += 1
        else:
            position = find(chunk, position)
        if chunk.isalpha():
            words.append(chunk)
            offsets.append(position)
            position += len(chunk)
            continue
        last = chunk[-1]
        if (last in _CLOSING or (last == "." and len(chunk) > _SHORT_FORM)) and chunk[:-1].isalpha():
            words.append(chunk[:-1])
            offsets.append(position)
            position += len(chunk)
            words.append(last)
            offsets.append(position - 1)
            continue
        if chunk[0] in _OPENING and chunk[1:].isalpha():
            words.append(chunk[0])
            offsets.append(position)
            words.append(chunk[1:])
            offsets.append(position + 1)
            position += len(chunk)
            continue
        # The pattern reads the text up to ``stop``: its look-aheads see what follows the chunk.
        chunk_end = position + len(chunk)
        while position < chunk_end:
            token = _TOKEN.match(text, position, stop)
            assert token is not None  # ``\S`` matches any character of a chunk
            words.append(token.group())
            offsets.append(position)
            position = token.end()
    return words, offsets
