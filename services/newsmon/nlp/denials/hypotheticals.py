"""Whether a trigger is conditional, modal or wished for rather than a denial made: "if he denies", "would deny",
"опроверг бы", or a plan a later word calls off ("convocó una rueda de prensa para desmentir …, pero la suspendió").

Kept apart from ``scope``, which holds the other filters between a trigger match and a denial (negation, other
senses and the objects that tell them): these tests only find a modal word around the trigger (back over asides
in parentheses) and weigh whose clause it belongs to; from ``scope`` they take ``fronted_infinitive`` alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from newsmon.nlp.denials.clauses import clause_end, is_finite
from newsmon.nlp.denials.scope import fronted_infinitive
from newsmon.nlp.denials.tokens import HARD_STOPS
from newsmon.nlp.denials.view import View

_HYPOTHETICAL_WINDOW = 8


def hypothetical(view: View, i: int, *, passive: bool = False) -> bool:
    """True when the trigger at token ``i`` is conditional, modal or wished for: "if he denies", "would deny".

    Looks back up to 8 words, not past a comma ("The firm, which will list next year, denied ..." is real)
    unless the trigger is an infinitive ("any attempt by you, Obama, to deny ..."); before a ``passive`` trigger,
    not at a modal of the claim its subject states ("Kabar Gunung Merapi akan meletus itu ditepis").
    """
    if i + 1 < len(view) and view.is_a("hypothetical_after", i + 1):
        return True  # "опроверг бы": the conditional particle follows the verb
    if _called_off(view, i):
        return True
    infinitive = i > 0 and view.is_a("infinitive", i - 1)
    for k in _back_over_asides(view, i, _HYPOTHETICAL_WINDOW):
        token = view.tokens[k]
        if not token.is_word and (token.text in HARD_STOPS or (token.text == "," and not infinitive)):
            return False
        end = view.lexicon_end("hypothetical", k)
        if end is not None and (not view.reads_lower(k) or view.is_named(k)):
            continue  # a word of a name: "Theresa | May", one the recogniser found ("Will Smith", "Hope Hicks")
        if end is not None and k > 0 and view.is_a("speech_verbs", k - 1) and view.is_a("claim_markers", k):
            continue  # "menyebutkan | jika | bantahan datang dari X": after a speech verb it opens what was said
        # A pattern may end on the trigger itself: Arabic "قد" + imperfect ("قد ينفي", "may deny").
        if end is not None and end <= i + 1 and not (passive and _modal_of_claim(view, k, end, i)):
            return not _past_after_modal_clause(view, k, end, i)
    # "Опровергнуть эти слухи | пытаются уже год": the modal governing a fronted infinitive follows it.
    return fronted_infinitive(view, i, i + 1) and any(
        view.is_a("hypothetical", k) for k in range(i + 1, clause_end(view, i + 1))
    )


def _past_after_modal_clause(view: View, k: int, end: int, i: int) -> bool:
    """True when the trigger at token ``i`` is a past form right after a conjunction and the modal at tokens
    ``[k, end)`` governs a bare verb of its own before it: "said there would | be | no change and | rejected the claim",
    whose past tense the modal's bare form does not continue; not a perfect after the modal ("would | have | met
    them and denied"), nor a condition ("if | he")."""
    if i < 1 or not view.is_a("conjunctions", i - 1) or not view.has_form(view.rules.passive_form, i):
        return False
    if end >= i - 1 or not view.tokens[end].is_word or view.tokens[end].capitalized:
        return False
    if view.find("perfect_aux", k, end + 1) is not None:
        return False  # "would have | met", "would | have met"
    bare = ("perfect_aux", "pronouns", "determiners", "articles")
    return not view.has_form(view.rules.verb_like, end) and not any(view.is_a(name, end) for name in bare)


def _modal_of_claim(view: View, k: int, end: int, i: int) -> bool:
    """True when the modal at tokens ``[k, end)`` before a passive trigger at token ``i`` is said in its subject of
    the claim: a claim word before it in its stretch of the sentence and a verb of its own after it ("Kabar | Gunung
    Merapi | akan | meletus | itu ditepis"); not a modal of the trigger ("Kabar itu akan segera dibantah")."""
    lo = k
    while lo > 0 and view.tokens[lo - 1].text not in HARD_STOPS and view.tokens[lo - 1].text != ",":
        lo -= 1
    if view.find("claim_nouns", lo, k) is None:
        return False
    return any(is_finite(view, m) and not view.is_a("skip", m) for m in range(end, i))


def _called_off(view: View, i: int) -> bool:
    """True when the trigger at token ``i`` is an infinitive, a plan ("convocó una rueda de prensa para desmentir
    los rumores"), that a later word of its sentence calls off ("…, pero la suspendió", "… fue cancelada"); not
    past a complementiser, whose clause is the claim ("para desmentir que el concierto fue cancelado")."""
    form = view.rules.infinitive_form
    if form is None or not form.fullmatch(view.tokens[i].text.lower()):
        return False
    found = view.find("cancellations", i + 1, len(view))
    return found is not None and view.find("claim_markers", i + 1, found[0]) is None


def _back_over_asides(view: View, i: int, words: int) -> Iterator[int]:
    """Yield up to ``words`` token indices before ``i``, nearest first, passing over a parenthesis whole: its
    punctuation is the aside's ("Goal is to (politely?) refute": the "?" ends no clause)."""
    k = i - 1
    while k >= 0 and words > 0:
        if view.tokens[k].text == ")":
            opening = next((m for m in range(k - 1, -1, -1) if view.tokens[m].text in ("(", ")")), -1)
            if opening >= 0 and view.tokens[opening].text == "(":
                k = opening - 1
                continue
        yield k
        k -= 1
        words -= 1
