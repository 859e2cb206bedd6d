"""The party a non-denial names as the one asked, not as its subject: after a marker opening the clause ("Von der
Bundesregierung | gab es dazu keine Stellungnahme", "Vom Verband | war keine Stellungnahme zu erhalten") or after
the request put to it ("Eine Anfrage der dpa an | das Unternehmen | blieb unbeantwortet")."""

from __future__ import annotations

from newsmon.nlp.denials.clauses import clause_start
from newsmon.nlp.denials.names import Party
from newsmon.nlp.denials.phrase_bounds import phrase_after
from newsmon.nlp.denials.triggers import Hit
from newsmon.nlp.denials.view import View


def asked_party(view: View, hit: Hit) -> Party | None:
    """Return the party the non-denial ``hit`` names after an ``agent_markers`` word opening its clause, the phrase
    running up to the trigger ("Von | der Bundesregierung | gab es …"), or after a ``request_addressees`` word inside
    the trigger ("Anfrage der dpa an | das Unternehmen | blieb …"); else None."""
    lo = clause_start(view, hit.i)[0]
    marker = view.lexicon_end("agent_markers", lo)
    if marker is not None and marker < hit.i:
        found = phrase_after(view, marker)
        return found if found is not None and view.index(found.name.end) == hit.i else None
    addressee = next((k for k in range(hit.i + 1, hit.j) if view.is_a("request_addressees", k)), None)
    return None if addressee is None else phrase_after(view, addressee + 1)
