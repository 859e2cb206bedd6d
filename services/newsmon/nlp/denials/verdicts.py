"""The words between a labelling verb and the falsity word it says of a claim ("branded | the claims | “a pack
of lies”", "calificó de «| alarmistas e | infundadas»"): what is linking, verdict or place, and where the claim
ends."""

from __future__ import annotations

from newsmon.nlp.denials.said_false import linking_start
from newsmon.nlp.denials.tokens import CLOSING_QUOTES, OPENING_QUOTES
from newsmon.nlp.denials.view import View

_VERDICT_LIST = 6  # the words and commas of a list of adjectives before a falsity word ("absurdas, tendenciosas y")


def before_linking(view: View, lo: int, hi: int) -> int:
    """Return ``hi`` moved back over the quotation the falsity word opens and the linking words before it
    ("branded the claims | “a pack of lies”", "classificou a reportagem | como falsa"), keeping one word at least."""
    mark = next((k for k in range(hi - 1, lo, -1) if view.tokens[k].text in OPENING_QUOTES), None)
    if mark is not None and all(view.tokens[k].is_word for k in range(mark + 1, hi)):
        hi = mark
    while hi > lo + 1 and (linking := linking_start(view, lo + 1, hi)) is not None:
        hi = linking
    return hi


def past_adverbial(view: View, lo: int, hi: int) -> int:
    """Return ``lo`` moved past a phrase that an adverbial opens and no claim noun is in, up to the linking words
    before ``hi`` ("qualifié | sur Instagram | de « mensonges » les rumeurs": where, not what, is called false)."""
    if lo >= hi or not view.is_a("adverbials", lo) or view.find("claim_nouns", lo, hi) is not None:
        return lo
    return next(k for k in range(lo + 1, hi + 1) if only_linking(view, k, hi))


def coordinated_verdict(view: View, lo: int, i: int) -> int:
    """Return where the words coordinated with the falsity word at token ``i`` start, after ``lo`` ("calificó de
    «| alarmistas e | infundadas»": more of the verdict, no claim), else ``i``."""
    if i - 1 <= lo or not view.is_a("conjunctions", i - 1):
        return i
    k = i - 1
    while k - 1 >= lo and i - k <= _VERDICT_LIST and _verdict_word(view, k - 1):
        k -= 1
    return k if k < i - 1 else i


def verdict_list_end(view: View, j: int) -> int:
    """Return where the words coordinated after the falsity word ending at token ``j`` end ("calificó de «falsas
    | e infundadas» | las cifras", "falsa, malintencionada y absurda"), else ``j``. Only a comma or a conjunction
    opens them, and only a closing quotation mark or a determiner (where the claim starts) may follow them; a
    verb among them is a second clause of the denier's ("calificó de falsas | y anunció una querella")."""
    if j >= len(view) or not (view.tokens[j].text == "," or view.is_a("conjunctions", j)):
        return j
    k = j
    while k < len(view) and k - j < _VERDICT_LIST and _verdict_word(view, k) and not view.is_a("determiners", k):
        k += 1
    last = view.tokens[k - 1]
    if not last.is_word or view.is_a("conjunctions", k - 1) or any(_verb_like(view, m) for m in range(j, k)):
        return j
    closing = k < len(view) and view.tokens[k].text in CLOSING_QUOTES
    return k if closing or (k < len(view) and view.is_a("determiners", k)) else j


def _verb_like(view: View, k: int) -> bool:
    form = view.rules.verb_like
    return form is not None and form.fullmatch(view.tokens[k].text.lower()) is not None


def _verdict_word(view: View, k: int) -> bool:
    """True for a comma or a lower-case word that no list names ("alarmistas", "tendenciosas"): an adjective of a
    list of verdicts, not a linking word ("de", "como") nor a claim word."""
    token = view.tokens[k]
    if not token.is_word:
        return token.text == ","
    return not token.capitalized and not any(view.is_a(name, k) for name in ("copulas", "skip", "claim_nouns"))


def only_linking(view: View, lo: int, hi: int) -> bool:
    """True when tokens ``[lo, hi)`` hold only copulas, adverbs, words of time and quotation marks ("de «", "as",
    "de "rotundamente", "este martes de «"): no claim stands there."""
    linking = ("copulas", "skip", "time")
    return all(not view.tokens[k].is_word or any(view.is_a(name, k) for name in linking) for k in range(lo, hi))
