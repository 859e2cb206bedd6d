"""Choosing the denier: which party does what a trigger says, and the Denier record that names it.

The party is looked for from the nearest evidence outward: the subject of the trigger's clause (or of the
clause a participle or an infinitive of purpose hangs on), the agent of a passive, the owner of a denial
noun, the speaker of the quotation the trigger stands in, a reported-speech attribution. ``Deniers`` then
aligns the party with the text's entities (canonical names), or finds the fullest form of a surname.
"""

from __future__ import annotations

import bisect

import regex

from newsmon.nlp.denials.attribution import Quote, reported_speakers
from newsmon.nlp.denials.claim import POSSESSIVE
from newsmon.nlp.denials.document import Document
from newsmon.nlp.denials.phrases import (
    Party,
    clause_start,
    clause_subject,
    participle_clause,
    phrase_after,
    phrase_at,
    run_before,
    sentence_subject,
    subject_before,
)
from newsmon.nlp.denials.resources import Rules
from newsmon.nlp.denials.triggers import Hit
from newsmon.nlp.denials.view import View
from newsmon.nlp.types import Denier, Entity, Span

_AGENT_WINDOW = 12
_PURPOSE_WINDOW = 5  # "issued a brief written statement to deny": words between the light verb and "to"
_LIGHT_VERB_WINDOW = 6
_DENIER_LABELS = ("PERSON", "ORG", "LOC")
_ENTITY_REACH = 200  # entities starting this far before a denier may still overlap it
_ENTITY_SLACK = 2  # an entity "closes" a phrase when it ends within this many characters of its end
# Capitalised words before a surname that are not a first name ("Mr Peskov", "kata Peskov", "Juru Bicara").
_NOT_FIRST_NAMES = ("titles", "role_nouns", "speech_verbs", "discourse", "time", "clause_openers", "according_to")


def subject(document: Document, view: View, hit: Hit, quote: Quote | None) -> Party | None:
    """Return the party doing what the trigger ``hit`` says (``quote``: the quotation it stands in), or None."""
    if participle_clause(view, hit.i):
        found = clause_subject(view, hit.i)  # "The leader ... dashed hopes, denying reports of a truce"
        if found is not None:
            return found
    found = _purpose_subject(view, hit.i)
    if found is None:
        found = _verb_second(view, hit) if view.rules.verb_second else subject_before(view, hit.i)
    if found is not None and quote is not None and document.first_person(found):
        return document.speaker(quote) or found  # “We deny these allegations,” said Ty Votaw
    if view.rules.subject_after_verb and (found is None or _verb_first(view, hit, found)):
        found = phrase_after(view, hit.i + 1, stop_at_claims=True) or found  # "ونفى المتحدث ..."
    if found is None and quote is not None:
        found = document.speaker(quote)
    if found is None and clause_start(view, hit.i)[0] > 0:
        found = sentence_subject(view)  # "... and denied it": the subject the clauses share
    if found is None:
        before, after = reported_speakers(view, hit.i, document.quoted(view))
        found = before.speaker if before is not None else after  # "Denying the reports, X said"
    return found


def passive_agent(view: View, hit: Hit) -> Party | None:
    """Return the agent of a passive trigger: "by X", "oleh X", "von X", or a name right after it."""
    # "refuted as “incorrect” by X": the agent may follow quoted words, not a new clause.
    end = next((k for k in range(hit.j, len(view)) if view.tokens[k].text in ".;:"), len(view))
    after = range(hit.j, min(end, hit.j + _AGENT_WINDOW))
    before = range(clause_start(view, hit.i)[0], hit.i)  # "vom Kreml zurückgewiesen"
    for k in (*after, *before):
        marker = view.lexicon_end("agent_markers", k)
        if marker is not None:
            return phrase_after(view, marker)
    if not view.rules.context["passive_aux"]:  # "dibantah James": the agent right after the verb
        named = phrase_after(view, hit.j)
        if named is not None and view.is_name_word(view.index(named.name.start)):
            return named
    return None


def noun_owner(view: View, i: int, j: int) -> Party | None:
    """Return who issued a denial noun at tokens ``[i, j)``: "Shekau's denial", "denial from X",
    "el desmentido del ministerio", "bantahan datang dari X", "X tweeted a denial"; None when nobody is said to."""
    if i > 0 and view.tokens[i - 1].text.endswith(POSSESSIVE):
        owner = run_before(view, i)
        if owner is not None:
            name = owner.name
            text = name.text.removesuffix("'s").removesuffix("’s")
            return Party(Span(text, name.start, name.start + len(text)), owner.role)
    for k in range(j, min(len(view), j + 3)):
        end = (
            view.lexicon_end("agent_markers", k)
            or view.lexicon_end("source_markers", k)
            or view.lexicon_end("possessor_markers", k)
        )
        if end is not None:
            return phrase_after(view, end)
    for k in range(i - 1, max(-1, i - _LIGHT_VERB_WINDOW - 1), -1):
        if view.is_a("light_verbs", k):
            owner = subject_before(view, k)
            if owner is None and view.rules.subject_after_verb:  # "وسارع الجيش إلى نفي": the subject follows
                owner = phrase_after(view, k + 1, stop_at_claims=True)
            return owner
    return None


class Deniers:
    """Turns a Party into a Denier: entity alignment (canonical names) and, without entities, the fullest
    form of a surname elsewhere in the text ("Peskov" -> "Dmitry Peskov")."""

    def __init__(self, text: str, entities: list[Entity], rules: Rules) -> None:
        self.text = text
        self.rules = rules
        self.entities = sorted((e for e in entities if e.label in _DENIER_LABELS), key=lambda e: e.start)
        self.starts = [entity.start for entity in self.entities]

    def denier(self, found: Party | None) -> Denier | None:
        """Return the Denier record for ``found`` (None stays None)."""
        if found is None:
            return None
        name, role = found.name, found.role
        entity = self._entity(name)
        if entity is not None:
            if role is None and entity.start > name.start:
                role = self._stated_role(name.start, entity.start)
            return Denier(entity.text, entity.start, entity.end, entity.canonical, role.text if role else None)
        canonical = self._fuller_name(name.text) if not found.pronoun else name.text
        return Denier(name.text, name.start, name.end, canonical, role.text if role else None)

    def _stated_role(self, start: int, end: int) -> Span | None:
        """The words before the entity, as a role only when they hold a role noun ("Juru bicara Gedung Putih"),
        not when they are an article or a description ("The", "Le", "Der Autozulieferer")."""
        role = _trimmed(self.text, start, end)
        if role is None or self.rules.context["role_nouns"].search(role.text) is None:
            return None
        return role

    def _entity(self, span: Span) -> Entity | None:
        """Return the entity naming ``span``: one that closes it ("Juru bicara Gedung Putih | Karine
        Jean-Pierre") or covers most of it; not one inside a longer description ("The source with
        knowledge of | Kim Jong Un | 's health")."""
        lo = bisect.bisect_left(self.starts, span.start - _ENTITY_REACH)
        best: tuple[int, int, Entity] | None = None
        for entity in self.entities[lo:]:
            if entity.start >= span.end:
                break
            overlap = min(entity.end, span.end) - max(entity.start, span.start)
            closes = entity.end >= span.end - _ENTITY_SLACK
            if overlap > 0 and (closes or 2 * overlap >= span.end - span.start):
                key = (int(entity.label == "PERSON"), entity.end)
                if best is None or key > best[:2]:
                    best = (*key, entity)
        return best[2] if best else None

    def _fuller_name(self, name: str) -> str:
        if not self.rules.cased or " " in name or not name[:1].isupper():
            return name
        pattern = regex.compile(rf"(?<!\w)(\p{{Lu}}[\w'’-]+) {regex.escape(name)}(?!\w)")
        for found in pattern.finditer(self.text):
            first, end = found.span(1)
            if not any(self.rules.context[kind].match(self.text, first, end) for kind in _NOT_FIRST_NAMES):
                return found.group()
        return name


def _trimmed(text: str, start: int, end: int) -> Span | None:
    chunk = text[start:end]
    stripped = chunk.strip(" ,")
    if not stripped:
        return None
    offset = start + chunk.index(stripped)
    return Span(stripped, offset, offset + len(stripped))


def _purpose_subject(view: View, i: int) -> Party | None:
    """Return who issued something to deny: "The club issued a statement to deny ...", "emitió un
    comunicado para desmentir"; the phrase right before the infinitive is the thing issued, not the denier."""
    if i == 0 or not view.is_a("infinitive", i - 1):
        return None
    lo = clause_start(view, i - 1)[0]
    for k in range(i - 2, max(lo - 1, i - 2 - _PURPOSE_WINDOW), -1):
        if view.is_a("light_verbs", k):
            return subject_before(view, k)
    return None


def _verb_first(view: View, hit: Hit, found: Party) -> bool:
    """True when the verb opens its clause ("ونفى", "فنفت") or the phrase before it is its object."""
    opening = view.rules.verb_initial
    if opening is not None and opening.fullmatch(view.tokens[hit.i].text):
        return True
    lo, hi = view.index(found.name.start), view.index(found.name.end)
    return view.find("claim_nouns", lo, hi) is not None


def _verb_second(view: View, hit: Hit) -> Party | None:
    """Return the subject in a verb-second clause: the phrase before the finite verb, or the one after
    it when a date, an adverbial or the object comes first ("Am Montag wies der Sprecher ... zurück")."""
    lo = clause_start(view, hit.i)[0]
    finite = next((k for k in range(lo, hit.i + 1) if view.tokens[k].is_word and view.is_stop(k)), hit.i)
    fronted = phrase_at(view, lo, finite)
    if fronted is not None:
        span = fronted.role or fronted.name
        if view.find("claim_nouns", view.index(span.start), view.index(fronted.name.end)) is None:
            return fronted
    return phrase_after(view, finite + 1, stop_at_claims=True)
