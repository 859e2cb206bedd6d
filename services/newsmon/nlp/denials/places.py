"""Where something was said: a place after a verb ("negó hoy | en Bruselas | que ...", "afirmó | en Madrid | el
portavoz"), which is neither the verb's object nor its speaker."""

from __future__ import annotations

from newsmon.nlp.denials.view import View


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
