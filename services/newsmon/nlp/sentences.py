"""Sentence spans for news text in any script.

News copy scraped from the web often glues sentences together ("... kepada Anda.”Laporan tersebut ...",
"... Patrushev.Menurut laporan ..."), so a boundary is also accepted without a following space when a
lower-case word ends the sentence and an upper-case letter starts the next one. With the full stop lost too, a
sentence opened by the Indonesian "Ia" or "Dia" (he, she) is still told where it is glued onto a lower-case word
and a lower-case word follows it ("… kerugian negaraIa juga membantah …"): no word has a capital inside it so.
"""

from __future__ import annotations

import re
import unicodedata

import regex

from newsmon.nlp.types import Span

# Tokens that end with a full stop without ending a sentence (titles, initials, months, corporate forms).
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen sen rep gov lt col sgt capt maj st jr sr inc ltd co corp vs etc
    jan feb mar apr jun jul aug sep sept oct nov dec no nos vol pp fig approx dept est
    bpk ibu sdr tn ny yth dll dsb dkk hlm
    mme mlle sra sr dña av sta sto
    г гг т тт ул им др проф""".split()
)

_CLOSERS = "\"'”’»)]"
# A quotation may open the next sentence: German „…“ and »…«, French « … » with its thin space; a "»" before a space
# closes a French quotation ("… faux. » Il a ajouté"), not opens one.
_TERMINATOR = regex.compile(
    r"""(?<end>[.!?…]+[\"'”’»)\]]*)   # terminal punctuation and any closing quotes/brackets
        (?=\s+(?:[\"'“‘„‚(\[]|«\s?|»(?!\s))?[\p{Lu}\p{Lo}\p{N}]   # then space and a sentence-like start
          |[\"'“‘«]?\p{Lu}\p{Ll}             # or a glued capitalised word
          |\s*$)""",
    regex.VERBOSE,
)
# A German date writes its day as an ordinal with a full stop ("am 3. Oktober"): no sentence ends there.
_MONTH_AFTER = re.compile(
    r"\s+(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b"
)
_DAY_DIGITS = 2
# So does an ordinal after a German article, possessive or contraction ("sein 300. Bundesligaspiel", "zum 2. Mal").
_ORDINAL_OWNERS = frozenset(
    """der die das dem den des ein eine einem einen einer eines sein seine seinem seinen seiner
    ihr ihre ihrem ihren ihrer zum zur im vom beim""".split()
)
# "negara|Ia juga": the pronoun glued onto the word before it, its own sentence's first word. The standard library
# finds the pronoun, and its letters are then checked, many times faster than ``regex`` testing every position for
# two lower-case letters.
_GLUED_PRONOUN = re.compile(r"(?:Ia|Dia)\s+(\w)")
# The number of the group, not its name: the ``regex`` module looks a name up by formatting a string each time.
_END = _TERMINATOR.groupindex["end"]
# The standard library's engine scans a plain character class several times faster than ``regex``.
_LINE = re.compile(r"[^\n]+")


def split_sentences(text: str) -> list[Span]:
    """Return the sentences of ``text`` as spans (white space trimmed); a line break always ends one,
    since headlines and captions carry no full stop. Never raises."""
    spans: list[Span] = []
    for line in _LINE.finditer(text):
        start = line.start()
        ends = [
            match.end(_END)
            for match in _TERMINATOR.finditer(text, line.start(), line.end())
            if not _is_false_boundary(text, match.start(_END), match.end(_END))
        ]
        ends += _glued_pronouns(text, line.start(), line.end())
        for end in sorted(ends):
            _append(spans, text, start, end)
            start = end
        _append(spans, text, start, line.end())
    return spans


def _glued_pronouns(text: str, lo: int, hi: int) -> list[int]:
    """Return where a pronoun glued onto a lower-case word starts its sentence in ``text[lo:hi]``: two lower-case
    letters before it and a lower-case word after it ("negara|Ia juga")."""
    found = []
    for match in _GLUED_PRONOUN.finditer(text, lo, hi):
        at = match.start()
        if at - 2 >= lo and all(_lower(text[k]) for k in (at - 2, at - 1, match.start(1))):
            found.append(at)
    return found


def _lower(char: str) -> bool:
    return unicodedata.category(char) == "Ll"


def _is_false_boundary(text: str, dot: int, end: int) -> bool:
    if text[dot] != ".":
        return False
    start = dot
    while start > 0 and text[start - 1].isalpha():  # the word before the full stop
        start -= 1
    if start == dot:
        return ordinal(text, dot, end)
    token = text[start:dot]
    if token.lower() in ABBREVIATIONS:
        return True
    if len(token) == 1 and token.isupper():  # an initial: "J. Smith", "U.S."
        return True
    glued = end < len(text) and not text[end].isspace()
    # "U.S.Army", "e.g.Foo": too short to trust a boundary without a space.
    return glued and text[end - 1] not in _CLOSERS and (len(token) <= 2 or token.isupper())


def ordinal(text: str, dot: int, end: int) -> bool:
    """True when the full stop at ``dot`` makes the number before it a German ordinal, no sentence end: a day of one
    or two digits before a month name (after ``end``), "am 3. Oktober"; or any number after an article, a
    possessive or a contraction, "sein 300. Bundesligaspiel"."""
    digits = dot
    while digits > 0 and text[digits - 1].isdigit():
        digits -= 1
    if digits == dot:
        return False
    if dot - digits <= _DAY_DIGITS and _MONTH_AFTER.match(text, end) is not None:
        return True
    gap = digits
    while gap > 0 and text[gap - 1].isspace():
        gap -= 1
    word = gap
    while word > 0 and text[word - 1].isalpha():
        word -= 1
    return gap < digits and text[word:gap].lower() in _ORDINAL_OWNERS


def _append(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append(Span(text[start:end], start, end))
