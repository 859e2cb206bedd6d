"""A verb with its conjunction written onto it after a comma, its subject dropped: it shares the subject of the
verb that opens the sentence ("نفت شركة أرامكو أن تكون قد علقت الشحنات، | ووصفت التقرير بأنه مضلل": the company
calls the report misleading, not a phrase of the clause it denied); and what tells a verb opening its clause."""

from __future__ import annotations

from newsmon.nlp.denials.names import Party
from newsmon.nlp.denials.phrase_bounds import COMMAS, phrase_after
from newsmon.nlp.denials.view import View


def shared_subject(view: View, i: int) -> Party | None:
    """Return the subject named after the first verb-first verb of the sentence when the verb at token ``i`` has
    a conjunction glued onto it (``conjunction_clitic``) and follows a comma; None otherwise, or when that verb
    names no subject after it."""
    glued, opening, finite = view.rules.conjunction_clitic, view.rules.verb_initial, view.rules.verb_like
    if glued is None or opening is None or finite is None or i < 1 or view.tokens[i - 1].text not in COMMAS:
        return None
    text = view.tokens[i].text
    if glued.match(text) is None or opening.fullmatch(text) is None:
        return None
    verb = next((k for k in range(i - 1) if view.tokens[k].is_word and finite.fullmatch(view.tokens[k].text)), None)
    if verb is None and len(view) and opening_verb(view, 0):
        verb = 0  # "ورفضت الحكومة الاتهامات …، ووصفتها بأنها «ملفقة»": any verb opening the sentence
    return None if verb is None else phrase_after(view, verb + 1, stop_at_claims=True)


def opening_verb(view: View, k: int) -> bool:
    """True when token ``k`` is a verb opening its clause (``verb_initial``, or any word after a ``verb_particle``:
    "ثم | خرج", in a ``subject_after_verb`` language), not a definite noun carrying the same conjunction
    (``predicate_subject``: "والحكومة")."""
    opening, particle, definite = view.rules.verb_initial, view.rules.verb_particle, view.rules.predicate_subject
    text = view.tokens[k].text
    after_particle = (
        particle is not None
        and k > 0
        and particle.fullmatch(view.tokens[k - 1].text) is not None
        and not view.is_stop(k)
    )
    return (
        view.rules.subject_after_verb
        and (after_particle or (opening is not None and opening.fullmatch(text) is not None))
        and (definite is None or definite.fullmatch(text) is None)
    )
