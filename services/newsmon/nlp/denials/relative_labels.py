"""A labelling verb in a relative clause whose antecedent is a claim: "estas acusaciones, que calificó de
«falsas»", "as acusações, que o ministro classificou de falsas". The antecedent is what is called false; the
subject stands in the relative clause, before the verb or after the verdict, or is the main clause's.
"""

from __future__ import annotations

from newsmon.nlp.denials.claim import Claim, antecedent_claim
from newsmon.nlp.denials.clauses import clause_start
from newsmon.nlp.denials.names import Party, phrase_kind
from newsmon.nlp.denials.phrase_bounds import phrase_after
from newsmon.nlp.denials.scope import skip_adverbs
from newsmon.nlp.denials.shared_subjects import sentence_subject
from newsmon.nlp.denials.view import View


def relative_label(view: View, label: int, verdict_end: int, found: Party | None) -> tuple[Party | None, Claim] | None:
    """Return the denier and the claim of a labelling verb at token ``label`` whose clause is a relative after a
    claim word (``found``: the subject the usual rules give it; ``verdict_end``: the token after the verdict),
    or None when its clause is no such relative."""
    opener = clause_start(view, label)[1]
    if opener is None or not view.is_a("relatives", opener):
        return None
    claim = antecedent_claim(view, label)
    if claim is None or claim.span is None or not claim.noun:
        return None
    if found is not None and opener < view.index(found.name.start) < label:
        return found, claim  # "que el ministro | calificó de falsas"
    after = phrase_after(view, skip_adverbs(view, verdict_end))
    if after is not None and _party_named(view, after):
        return after, claim  # "que calificó de falsas | el ministro"
    return sentence_subject(view), claim  # "El ministro negó estas acusaciones, que ...": the main clause's


def _party_named(view: View, found: Party) -> bool:
    """True when ``found`` names a party: a role, or a name."""
    first, last = view.index(found.name.start), view.index(found.name.end)
    return found.role is not None or phrase_kind(view, first, last) in ("name", "role", "role+name")
