"""Bodies named by their place instead of as a subject: "в штабе X", "in Regierungskreisen", "à l'Élysée",
"dans l'entourage du ministre": the party of an indefinite-personal verb ("Эти обвинения в Кремле отвергли"), of
a generic pronoun ("On dément, à Matignon, ..."), or the agent of a passive.
"""

from __future__ import annotations

from newsmon.nlp.denials.clauses import clause_end
from newsmon.nlp.denials.names import Party, party
from newsmon.nlp.denials.phrase_bounds import phrase_after
from newsmon.nlp.denials.triggers import Hit
from newsmon.nlp.denials.verb_second import opens_phrase
from newsmon.nlp.denials.view import View


def indefinite_place(view: View, lo: int, hit: Hit) -> Party | None:
    """Return the body that an indefinite-personal verb after a fronted object opening at ``lo`` names by its place,
    right before the verb or right after it ("Эти обвинения | в Кремле | отвергли", "Это заявление отвергли | в
    Вашингтоне"): a phrase opening with a name, a body or a role word; None otherwise ("Обвинения | в адрес министра |
    назвали": against whom)."""
    for k in (*range(lo + 1, hit.i), hit.j):
        place = view.lexicon_end("agent_places", k) if k < len(view) else None
        found = None if place is None or place >= len(view) else phrase_after(view, place)
        if found is None or (k < hit.i and view.index(found.name.end) != hit.i):
            continue
        first = view.index(found.start)
        if view.is_name_word(first) or view.is_a("org_words", first) or view.is_a("role_nouns", first):
            return found
    return None


def fronted_party(view: View, k: int) -> Party | None:
    """Return the party a phrase opening the sentence names before the generic pronoun at ``k`` and its comma
    ("De source proche du ministère, on dément": from its first role noun or organisation word on), or None."""
    if k < 2 or view.tokens[k - 1].text != "," or view.find("clause_openers", 0, k - 1) is not None:
        return None
    named = view.find("role_nouns", 0, k - 1) or view.find("org_words", 0, k - 1)
    span = None if named is None else view.span_of(named[0], k - 1)
    return None if span is None else Party(span, None)  # "l'entourage du président" is not the president


def account_owner(view: View, k: int) -> Party | None:
    """Return the party an according-to phrase opening the sentence names before the pronoun at ``k`` and its comma,
    when the pronoun may stand for a body, not only a person ("Melalui akun Twitter resmi milik Polda X, | pihaknya |
    membantah": the owner speaks through its account, and the pronoun is its side), or None."""
    if k < 2 or view.tokens[k - 1].text != "," or view.is_a("person_pronouns", k):
        return None
    opener = view.find("according_to", 0, k - 1)
    found = None if opener is None else phrase_after(view, opener[1])
    return found if found is not None and view.index(found.name.end) == k - 1 else None


def placed_party(view: View, j: int) -> Party | None:
    """Return the body a clause with a generic subject names by its place after the verb ending at ``j`` ("On
    dément, | à Matignon, | ...", "On dément toute implication | dans l'entourage du ministre"), whole ("the
    entourage", not the minister), or None."""
    found = placed_body(view, range(j, clause_end(view, j))) or _attributed_place(view, clause_end(view, j))
    if found is None:
        return None
    lo, hi = view.index(found.start), view.index(found.name.end)
    # The object may follow with no comma: "On dément à l'Élysée | toute rencontre" (not "du cabinet de | la ministre").
    hi = next((k for k in range(lo + 1, hi) if opens_phrase(view, k)), hi)
    return Party(view.span_of(lo, hi) or found.name, None)


def _attributed_place(view: View, lo: int) -> Party | None:
    """Return the body a later attribution names by its place right after its speech verb, the generic clause's
    own speaker ("On dément toute hausse, | indique-t-on | au ministère"), or None."""
    for k in range(lo, len(view)):
        end = view.lexicon_end("speech_verbs", k)
        if end is not None:
            return placed_body(view, range(end, min(end + 1, len(view))))
    return None


def placed_body(view: View, positions: range) -> Party | None:
    """Return the first phrase after an ``agent_places`` word at one of ``positions`` that holds a body or a role
    word: "в штабе X", "in Regierungskreisen", "à l'Élysée", "dans l'entourage du ministre"; or None."""
    for k in positions:
        place = view.lexicon_end("agent_places", k)
        if place is None:
            continue
        found = phrase_after(view, place)
        if found is None:
            continue
        hi = view.index(found.name.end)
        aux = view.find("passive_aux", place, hi)
        if aux is not None:  # verb-second: "Im Kanzleramt | wurde die Darstellung dementiert"
            found, hi = party(view, view.index(found.start), aux[0]), aux[0]
        if view.find("org_words", place, hi) is not None or view.find("role_nouns", place, hi) is not None:
            return found
    return None


def party_start(view: View, party: Party) -> int:
    """Return the token where ``party`` starts, with the preposition naming a body by its place ("в | пресс-службе")."""
    k = view.index(party.start)
    return k - 1 if k > 0 and view.is_a("agent_places", k - 1) else k
