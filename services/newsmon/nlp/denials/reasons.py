"""A verdict given as the reason of a party's own act, no speech verb reporting it: "La Audiencia absolvió al
acusado | ya que | la declaración de la víctima carece de credibilidad" — the court finds the claim false."""

from __future__ import annotations

from newsmon.nlp.denials.clauses import clause_start, is_finite
from newsmon.nlp.denials.denier import subject
from newsmon.nlp.denials.document import Document
from newsmon.nlp.denials.names import Party
from newsmon.nlp.denials.nonparties import impersonal
from newsmon.nlp.denials.triggers import Hit
from newsmon.nlp.denials.view import View


def reason_giver(document: Document, view: View, i: int) -> Party | None:
    """Return the party whose act a falsity word at token ``i`` gives the reason of: the subject of the main clause
    before a ``reason_openers`` word that opens the falsity word's clause, when a claim word stands between them
    (what is said false is a claim). None otherwise: no such opener, no claim ("se retiró porque era falso" says
    nothing of a claim), or no party before (the writer's own cause, "Hubo pánico porque el rumor era falso")."""
    lo, opener = clause_start(view, i)
    if opener is None or view.find("claim_nouns", lo, i) is None:
        return None
    # "ya que": the clause opener is "que", the reason word may begin before it.
    start = next((k for k in (opener - 1, opener) if k >= 0 and view.lexicon_end("reason_openers", k) == lo), None)
    if start is None:
        return None
    main = clause_start(view, start)[0]
    verb = next((k for k in range(main, start) if is_finite(view, k)), None)
    if verb is None:
        return None
    found = subject(document, view, Hit("reason", verb, verb + 1), None)
    return None if found is None or impersonal(view, found) else found
