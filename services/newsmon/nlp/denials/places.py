"""Where something was said: a place after a verb ("negó hoy | en Bruselas | que ...", "afirmó | en Madrid | el
portavoz") or the medium it was said in ("заявил | в эфире «Первого канала» | министр"), which is neither the
verb's object nor its speaker."""

from __future__ import annotations

from newsmon.nlp.denials.tokens import QUOTE_CHARS
from newsmon.nlp.denials.view import View

_OUTLET_WORDS = 6  # the longest quoted outlet name read after a medium: "«Первого канала»"


def place_end(view: View, k: int) -> int:
    """Return the token after a place phrase starting at token ``k``: a place marker, maybe an article, and the
    capitalised words after it ("en | La Paz", "em | Lisboa", "en el | Congreso"); ``k`` when none starts there."""
    if k + 1 >= len(view) or not view.is_a("place_markers", k):
        return k
    m = k + 2 if view.is_a("determiners", k + 1) and not view.tokens[k + 1].capitalized else k + 1
    if m >= len(view) or not view.tokens[m].capitalized:
        return k
    while m < len(view) and view.tokens[m].is_word and view.tokens[m].capitalized:
        m += 1
    return m


def medium_end(view: View, k: int) -> int:
    """Return the token after a medium phrase starting at token ``k`` (``media``: "в интервью", "в эфире", "в
    Telegram") and the outlet named after it: a quoted name ("в эфире | «Первого канала»"), or capitalised words
    when a word in lower case, the speaker's role, follows them ("в интервью | ТАСС | посол"); not a name running
    to the end, which may be the speaker's own ("в интервью Дмитрий Песков"). ``k`` when no medium starts there."""
    m = view.lexicon_end("media", k) if k < len(view) else None
    if m is None or m >= len(view):
        return k if m is None else m
    if view.tokens[m].text in QUOTE_CHARS:
        close = next(
            (n for n in range(m + 1, min(len(view), m + _OUTLET_WORDS)) if view.tokens[n].text in QUOTE_CHARS), None
        )
        return m if close is None else close + 1
    n = m
    while n < len(view) and view.tokens[n].is_word and view.tokens[n].capitalized:
        n += 1
    return n if m < n < len(view) and view.tokens[n].is_word and not view.tokens[n].capitalized else m


def object_after_place(view: View, k: int, end: int) -> int:
    """Return where a verb's object starts when a place phrase at token ``k`` stands between the verb and it:
    right after the place when a claim marker, an article or a content word in lower case (an infinitive) opens
    the object there ("negó hoy en Bruselas | que ...", "desmintió en La Paz | las versiones", "negó ayer en
    Múnich | estar en negociaciones"); else ``k`` (no place, or the place is the object's own)."""
    m = place_end(view, k)
    if m == k or m >= end or not view.tokens[m].is_word or view.tokens[m].capitalized:
        return k
    opens = view.is_a("claim_markers", m) or view.is_a("determiners", m) or not view.is_stop(m)
    return m if opens else k
