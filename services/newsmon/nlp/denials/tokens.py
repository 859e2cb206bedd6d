"""A sentence's tokens: words and punctuation marks with their offsets, and the classes of marks the rules test.

The tokeniser keeps an abbreviation's full stop with its word ("U.S.", "am 3. Oktober") and reads an Arabic mark as
its Latin twin. Kept apart from ``view``, which caches the word lists' look-ups over these tokens.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from newsmon.nlp.sentences import ABBREVIATIONS, ordinal
from newsmon.nlp.types import Span

# A dotted acronym joins a hyphenated word whole: "U.S.-Mexico".
TOKEN = regex.compile(r"\w+(?:(?:[-'’.]|\.-)\w+)*|[^\w\s]")
_ACRONYM_TAIL = 2  # "U.S", "e.g", "a.m": the letters after a dotted word's last inner full stop
# Punctuation that may sit inside a noun phrase ("Woods’ agent", "Corsicana/Navarro", "Dinas (Dinkes)").
NP_PUNCT = frozenset("'’/&().@#")
QUOTE_CHARS = frozenset("\"“”„«»‘’'")
OPENING_QUOTES = frozenset('"“„«')  # marks that can open a quotation (the straight one also closes it)
CLOSING_QUOTES = (QUOTE_CHARS - OPENING_QUOTES) | {'"'}  # marks that can close one
HARD_STOPS = frozenset(";:—–-!?…[]") | (QUOTE_CHARS - {"’", "'"})
# Arabic punctuation is read as its Latin twin, which the rules test ("،" ends a clause as "," does); the
# token's offsets keep the text's own mark.
_PUNCTUATION = {"،": ",", "؛": ";", "؟": "?"}


@dataclass(slots=True)
class Token:
    """One word or punctuation mark; offsets are into the whole text. ``is_word``: a word (letters or
    digits), not punctuation. Never changed once made."""

    text: str
    start: int
    end: int
    is_word: bool

    # Written out for mypyc, as ``entities.resolve.Mention``'s: a sentence's tokens are built by the thousand.
    def __init__(self, text: str, start: int, end: int, is_word: bool) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.is_word = is_word

    @property
    def capitalized(self) -> bool:
        """True when the word starts with an upper-case letter or a digit ("Gedung", "212", "@KPK" is not)."""
        return self.text[0].isupper() or self.text[0].isdigit()


def tokenise(text: str, span: Span) -> list[Token]:
    """Return the tokens of ``span`` in ``text``; an abbreviation keeps its full stop (see ``_abbreviated``)."""
    tokens: list[Token] = []
    for m in TOKEN.finditer(text, span.start, span.end):
        word = m.group()
        if word == "." and tokens and _abbreviated(text, tokens[-1], m.end(), span.end):
            last = tokens[-1]
            tokens[-1] = Token(last.text + ".", last.start, m.end(), True)
        elif word == "-" and _quote_compound(text, tokens, m.start(), span.end):
            continue  # "der „Bild“-Zeitung", "einen „Spiegel“-Bericht": a compound's joint, no dash ending a clause
        else:
            is_word = word[0].isalnum() or word[0] == "_"
            tokens.append(Token(word if is_word else _PUNCTUATION.get(word, word), m.start(), m.end(), is_word))
    return tokens


def _quote_compound(text: str, tokens: list[Token], at: int, end: int) -> bool:
    """True when the hyphen at ``at`` joins a closing quotation mark right before it to a word right after it."""
    last = tokens[-1] if tokens else None
    glued = last is not None and last.end == at and last.text in QUOTE_CHARS
    return glued and at + 1 < end and text[at + 1].isalnum()


def _abbreviated(text: str, word: Token, dot_end: int, end: int) -> bool:
    """True when the full stop ending at ``dot_end`` closes the abbreviation ``word`` and not the sentence, which
    goes on after it: a dotted acronym ("U.S. troops"), a German ordinal ("am 3. Oktober", "sein 300. Spiel") or,
    before a capital or a digit, a title or another short form the sentence splitter knows ("Mr. Putin", "Jan. 5").
    A claim or a name ran up to it and stopped."""
    if not word.is_word or word.end != dot_end - 1:
        return False
    k = dot_end
    while k < end and text[k].isspace():
        k += 1
    if k >= end:
        return False
    if word.text.isdigit():
        return ordinal(text, dot_end - 1, dot_end)  # "am 3. Oktober", "sein 300. Spiel"
    inner = word.text.rfind(".")
    if inner > 0 and len(word.text) - inner - 1 <= _ACRONYM_TAIL:
        return True
    return word.text.lower() in ABBREVIATIONS and (text[k].isupper() or text[k].isdigit())
