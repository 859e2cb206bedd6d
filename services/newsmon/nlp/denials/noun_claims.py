"""Where the claim after a denial noun starts and ends when the noun phrase is a subject: "El desmentido de la
Comisión | sobre | la congelación de los fondos | llegó tarde"."""

from __future__ import annotations

from newsmon.nlp.denials.clauses import is_finite
from newsmon.nlp.denials.view import View


def noun_claim_bounds(view: View, start: int, end: int) -> tuple[int, int]:
    """Return the claim range ``[start, end)`` after a denial noun (and its owner) without the topic word opening it
    ("sobre", "acerca de") and without the sentence's verb the noun phrase is the subject of, with what follows: the
    first finite verb with no clause opener before it ("la noticia que publicó el diario" keeps its relative; the
    "de que" opening the claim opens none), and its negation."""
    topic = view.lexicon_end("topics", start) if start < end else None
    if topic is not None and topic < end:
        start = topic
    marker = view.lexicon_end("claim_markers", start) if start < end else None  # "de que": not a clause opener
    for k in range(start if marker is None else marker, end):
        if view.is_a("clause_openers", k):
            break
        if is_finite(view, k):
            if k == start and view.find("clause_openers", k + 1, end) is not None:
                # A clause after the verb may name what was denied: "El desmentido llegó | después de que el diario
                # publicara la dimisión" (the claim is looked for in it).
                break
            # The verb may follow the owner at once: "El desmentido de la Fiscalía | llegó tarde" has no claim.
            return start, k - 1 if k - 1 > start and view.is_a("negators", k - 1) else k  # "| no convenció"
    return start, end


def noun_object_start(view: View, j: int) -> int:
    """Return where the object of a denial noun ending at token ``j`` starts: after the preposition of a possessor
    marker there when a claim word heads its phrase, maybe after a determiner and an adjective, the noun's object and
    not its owner ("un desmentido de | la noticia", "um desmentido da | notícia", "die Zurückweisung der | jüngsten
    Berichte"; not "el desmentido | de la Fiscalía"), or of a complement's preposition where the owner has its own ("a
    flat denial of | the claims"); else ``j``."""
    if not (view.is_a("possessor_markers", j) or view.is_a("role_complements", j)):
        return j
    k = j + 1
    if k < len(view) and view.is_a("determiners", k) and not view.is_a("claim_nouns", k):
        k += 1
    if k + 1 < len(view) and view.tokens[k].text.islower() and view.is_a("claim_nouns", k + 1):
        k += 1  # an adjective before it: "der | jüngsten | Berichte"
    return j + 1 if k < len(view) and view.is_a("claim_nouns", k) else j


def claim_end_before_owner(view: View, start: int, end: int, owner: int) -> int:
    """Return where the claim after a denial noun, ``[start, end)``, ends before the noun's owner at token ``owner``
    when the owner follows it: at the comma before it ("Dans son démenti|, le ministère assure ..."), or at the agent
    or possessor marker opening it after a claim word ("Das Dementi der Vorwürfe | durch die Staatskanzlei"; not "نفي
    رسمي | من وزارة الدفاع بشأن ...", whose claim follows the owner); else ``end``."""
    for k in range(start, min(end, owner)):
        if view.tokens[k].text == ",":
            return k
        marker = any(view.lexicon_end(name, k) == owner for name in ("agent_markers", "possessor_markers"))
        if marker and view.find("claim_nouns", start, k) is not None:
            return k
    return end
