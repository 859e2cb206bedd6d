"""Where a denial verb's object lies and whether a claim verb's object is a claim.

A claim verb ("rejected") denies only when its object is a claim: after the verb ("rejected the allegations"),
past an adverbial set off by commas ("negou, por unanimidade, | o pedido"), shared with a verb before it
("raised, and I rejected, | the theory"), fronted before it ("Эти обвинения министр отверг") or the antecedent
of a relative clause ("Die Vorwürfe, | die der Minister zurückweist"). Kept apart from ``findings``, which
applies the verb's rule: these tests only place its object and judge it.
"""

from __future__ import annotations

from newsmon.nlp.denials.claim import falsity_in, no_object, object_position
from newsmon.nlp.denials.clauses import claim_before, clause_start, is_finite
from newsmon.nlp.denials.names import Party
from newsmon.nlp.denials.placed import party_start
from newsmon.nlp.denials.scope import claim_object, judged_proposal
from newsmon.nlp.denials.triggers import Hit
from newsmon.nlp.denials.view import View


def object_set_off(view: View, obj: int, end: int) -> int | None:
    """Return where a verb's object starts (the verb's words end at ``obj``, its clause at ``end``) after an
    adverbial set off by commas right after the verb ("negou, por unanimidade, | o pedido", "rejeitou, em nota, |
    as acusações"); None when no comma follows the verb or no second comma closes the adverbial."""
    if obj >= end or view.tokens[obj].text not in ",،":
        return None
    k = object_position(view, obj, end)
    k += k < end and view.tokens[k].text in ",،"  # object_position stops on the closing comma
    return k if k > obj + 2 and view.tokens[k - 1].text in ",،" else None


def raised_object(view: View, i: int, obj: int, end: int) -> int | None:
    """Return where the object after the comma closing the verb at token ``i`` starts when the verb's clause is set
    off by commas after another verb's, the object shared by both ("Rivera raised, | and I rejected, | the theory
    that …"); None otherwise."""
    opener = clause_start(view, i)[1]
    if obj + 1 >= end or view.tokens[obj].text != "," or opener is None or not view.is_a("conjunctions", opener):
        return None
    return obj + 1 if opener > 1 and view.tokens[opener - 1].text == "," and view.tokens[opener - 2].is_word else None


def claim_relative(view: View, i: int) -> bool:
    """True when the verb at ``i`` is the verb of a relative clause on a claim word ("Die Vorwürfe, | die der Minister
    zurückweist", "The allegations, which the minister rejected"): a claim does not reject, so the pronoun is the
    verb's object and the claim its antecedent. Not a verb after the relative clause's own ("tudingan yang menyebut
    | warganya menolak relokasi": what the claim says). A relative on the whole clause before it stands for what
    that clause says ("Die Ukraine soll die Brücke angegriffen haben, | was | Kiew zurückweist")."""
    opener = clause_start(view, i)[1]
    if opener is None:
        return False
    # Not a demand's ("Die Opposition forderte einen Ausschuss, was der Kanzler ablehnte"): a proposal rejected.
    whole = (
        opener > 0
        and view.tokens[opener - 1].text == ","
        and view.is_a("clause_relatives", opener)
        and view.find("proposal_nouns", clause_start(view, opener - 1)[0], opener) is None
    )
    if not whole and not (view.is_a("relatives", opener) and claim_before(view, opener)):
        return False
    return not any(is_finite(view, k) or view.is_a("speech_verbs", k) for k in range(opener + 1, i))


def claim_object_of(view: View, obj: int, end: int, denier: Party | None, until: int | None = None) -> bool:
    """True when a claim verb whose object starts at token ``obj`` (its clause ends at ``end``; its middle field
    before a separable particle at ``until``) has a claim as object ("rejected the allegations", "dismissed the
    report as false", "wies am Sonntagabend in der ZDF-Sendung | Berichte … zurück"), also past its subject and
    the adverbials after it in verb-subject order ("وكذّبت الداخلية، في بيان، | الأنباء")."""
    if claim_object(view, obj, until) or (falsity_in(view, obj, end) and not judged_proposal(view, obj)):
        return True
    if denier is None or not view.rules.subject_after_verb:
        return False
    after = view.index(denier.name.end)
    if not obj <= view.index(denier.start) < after < end:
        return False
    # The adverbial between commas may close the verb's clause; the object follows it.
    k = object_position(view, after, len(view))
    while k < len(view) and view.tokens[k].text == ",":
        k += 1  # the comma closing the adverbial: "، في بيان، | الأنباء"
    return claim_object(view, k)


def fronted_claim_object(view: View, hit: Hit, obj: int, end: int, denier: Party | None) -> bool:
    """True when, where the object may open the clause (``subject_after_verb``), a claim opens the clause of a claim
    verb with no other object after it, or only its subject ("Эти обвинения министр отверг", "Обвинения отверг
    министр", "Это заявление отвергли | в Вашингтоне"); not "Автор доклада отверг предложение"."""
    if not view.rules.subject_after_verb:
        return False
    lo = clause_start(view, hit.i)[0]
    if not (view.is_a("claim_nouns", lo) or (view.is_a("determiners", lo) and view.is_a("claim_nouns", lo + 1))):
        return False
    if denier is not None and party_start(view, denier) == obj:
        obj = view.index(denier.name.end)  # the subject after the verb, maybe named by its place ("в МИД")
    return no_object(view, obj, end)
