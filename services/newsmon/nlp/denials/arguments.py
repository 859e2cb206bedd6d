"""The arguments of a denial: what is denied (claim), who claimed it (claim source) and the denier record."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

from newsmon.nlp.denials.phrases import Party, clause_start, phrase_after, run_before, subject_before
from newsmon.nlp.denials.resources import Rules
from newsmon.nlp.denials.scope import skip_adverbs
from newsmon.nlp.denials.view import View
from newsmon.nlp.types import Denier, Entity, Span

_NOUN_WINDOW = 5
_LIGHT_VERB_WINDOW = 6
_MARKER_WINDOW = 7
_POSSESSIVE = ("'s", "’s")
_DENIER_LABELS = ("PERSON", "ORG", "LOC")
_ENTITY_REACH = 200  # entities starting this far before a denier may still overlap it
_ENTITY_SLACK = 2  # an entity "closes" a phrase when it ends within this many characters of its end
# Capitalised words before a surname that are not a first name ("Mr Peskov", "kata Peskov", "Juru Bicara").
_NOT_FIRST_NAMES = ("titles", "role_nouns", "speech_verbs", "discourse", "time", "clause_openers", "according_to")


@dataclass(frozen=True, slots=True)
class Claim:
    """What is denied, and who claimed it; ``noun`` tells that a claim word ("reports", "isu") names it."""

    span: Span | None
    source: str | None
    noun: bool


def object_claim(view: View, j: int, end: int) -> Claim:
    """Return the claim that is the object of a verb ending at token ``j`` (its clause ends at ``end``).

    "denied reports that X" gives X, "membantah laporan bahwa X" gives X, "denied the charges" the charges.
    """
    k = skip_adverbs(view, j)
    noun = view.find("claim_nouns", k, min(end, k + _NOUN_WINDOW))
    marker = view.find("claim_markers", k, min(end, k + _MARKER_WINDOW))
    if marker is not None and (noun is None or marker[0] >= noun[1]):
        span = view.span_of(marker[1], end)
    else:
        span = view.span_of(k, end)
    return Claim(span, claim_source(view, k, noun, j), noun is not None)


def subject_claim(view: View, lo: int, i: int, j: int, end: int) -> Claim:
    """Return what a falsity word at tokens ``[i, j)`` is said of: before it ("the report | is false"),
    or after it when nothing is ("no truth to | these claims", "Tidak benar | ada rapat")."""
    lo = max(lo, clause_start(view, i)[0])
    hi = i
    while hi > lo and (not view.tokens[hi - 1].is_word or view.is_a("copulas", hi - 1) or view.is_a("skip", hi - 1)):
        hi -= 1
    start = lo
    marker = view.find("claim_markers", lo, hi)
    if marker is not None:
        start = marker[1]
    span = view.span_of(start, hi)
    if span is None or (hi - start == 1 and view.is_a("pronouns", start)):
        span = view.span_of(skip_adverbs(view, j), end) or span
        noun = view.find("claim_nouns", j, min(end, j + _NOUN_WINDOW))
        return Claim(span, claim_source(view, j, noun, i), noun is not None)
    noun = view.find("claim_nouns", start, hi)
    return Claim(span, claim_source(view, start, noun, i), noun is not None)


def claim_source(view: View, lo: int, noun: tuple[int, int] | None, trigger: int) -> str | None:
    """Return who made the claim: "claims by X", "X's report", "a Daily Mirror report", "laporan X", or
    the subject of "X reported/claimed" earlier in the sentence; else a report word itself ("laporan")."""
    if noun is not None:
        n_lo, n_hi = noun
        for k in range(lo, n_lo):
            text = view.tokens[k].text
            if text.endswith(_POSSESSIVE) or (k + 1 < n_lo and view.tokens[k + 1].text in "’'"):
                possessor = view.span_of(lo, k + 1)
                if possessor is not None:
                    return possessor.text.removesuffix("’s").removesuffix("'s").rstrip("’'")
        marker = view.lexicon_end("source_markers", n_hi) if n_hi < len(view) else None
        if marker is not None:
            found = phrase_after(view, marker, stop_at_claims=True)
            if found is not None:
                return found.name.text
        # Capitalised words before the claim word name its source ("a Daily Mirror report"); the first
        # word of a sentence is capitalised anyway.
        modifiers = [
            k
            for k in range(max(lo, 1), n_lo)
            if view.tokens[k].is_word and view.tokens[k].capitalized and view.rules.cased
        ]
        if modifiers and modifiers[-1] == n_lo - 1:
            return view.text[view.tokens[modifiers[0]].start : view.tokens[n_lo - 1].end]
        if n_hi < len(view) and view.rules.cased and view.tokens[n_hi].capitalized:
            after = phrase_after(view, n_hi, stop_at_claims=True)
            if after is not None:
                return after.name.text
    earlier = view.find("claim_verbs_of_source", 0, clause_start(view, trigger)[0])
    if earlier is not None:
        claimant = subject_before(view, earlier[0])
        if claimant is not None:
            return claimant.name.text
    if noun is not None and view.is_a("report_nouns", noun[0]):
        span = view.span_of(*noun)
        return span.text if span else None
    return None


def noun_owner(view: View, i: int, j: int) -> Party | None:
    """Return who issued a denial noun at tokens ``[i, j)``: "Shekau's denial", "denial from X",
    "el desmentido del ministerio", "bantahan datang dari X", "X tweeted a denial"; None when nobody is said to."""
    if i > 0 and view.tokens[i - 1].text.endswith(_POSSESSIVE):
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
