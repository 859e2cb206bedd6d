"""A falsity word fronted before its labelling verb, in a free-order language: "Ложью назвал | эти слухи | сам
артист". The claim is the object right after the verb and the subject closes the clause, or a body named by
its place stands between them ("Фейком назвали | в пресс-службе банка | информацию о …").
"""

from __future__ import annotations

from newsmon.nlp.denials.claim import Claim, object_claim
from newsmon.nlp.denials.clauses import clause_end
from newsmon.nlp.denials.hypotheticals import hypothetical
from newsmon.nlp.denials.names import Party, party
from newsmon.nlp.denials.view import View


def fronted_label(view: View, label: int, found: Party | None) -> tuple[Party | None, Claim] | None:
    """Return the denier and the claim of a labelling verb at token ``label`` right after the falsity word
    opening its clause (``found``: the subject the usual rules give it), or None when it states no denial: a
    condition or an infinitive ("Фейком назвал бы …", "Ложью назвать … нельзя"), or a finite singular verb
    whose subject is not found. An indefinite plural ("Фейком назвали информацию о …") denies with no denier."""
    form = view.rules.infinitive_form
    if hypothetical(view, label) or (form is not None and form.fullmatch(view.tokens[label].text.lower())):
        return None
    after = label + 1
    end = clause_end(view, after)
    if found is not None and view.is_a("agent_places", after) and view.index(found.start) <= after + 1:
        claim = view.find("claim_nouns", view.index(found.name.end), end)  # "назвали | в пресс-службе банка | …"
        opening = claim[0] if claim is not None else view.index(found.name.end)
        while opening > after and view.is_a("determiners", opening - 1):
            opening -= 1
        return found, object_claim(view, opening, end)
    start = _closing_subject(view, after, end)
    if start is not None:
        return party(view, start, end), object_claim(view, after, start)
    indefinite = view.rules.indefinite_verb
    if indefinite is not None and indefinite.fullmatch(view.tokens[label].text.lower()):
        return None, object_claim(view, after, end)
    return None


def _closing_subject(view: View, lo: int, hi: int) -> int | None:
    """Return where the subject closing the clause ``[lo, hi)`` starts: the first role, body or title word after
    the object's claim word ("эти слухи | сам артист"), else the name closing the clause ("эти слухи | Иван
    Петров"); None when the object holds no claim word or no subject follows it."""
    claim = view.find("claim_nouns", lo, hi)
    if claim is None:
        return None
    subject_words = ("role_nouns", "org_words", "titles")
    found = next((k for k in range(claim[1], hi) if any(view.is_a(name, k) for name in subject_words)), None)
    if found is not None:
        return found
    k = hi
    while k > claim[1] and view.tokens[k - 1].is_word and view.is_name_word(k - 1):
        k -= 1
    return k if k < hi else None
