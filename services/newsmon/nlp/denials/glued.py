"""A verb with its conjunction written onto it after a comma, its subject dropped: it shares the subject of the
verb that opens the sentence ("نفت شركة أرامكو أن تكون قد علقت الشحنات، | ووصفت التقرير بأنه مضلل": the company
calls the report misleading, not a phrase of the clause it denied)."""

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
    return None if verb is None else phrase_after(view, verb + 1, stop_at_claims=True)
