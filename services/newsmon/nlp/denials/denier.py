"""Choosing the denier: which party does what a trigger says, and the Denier record that names it.

The party is looked for from the nearest evidence outward: the subject of the trigger's clause (or of the
clause a participle or an infinitive of purpose hangs on: "X issued a statement denying", "X took to
Instagram to deny", "After long denying ..., X"), the subject after a speech verb that follows its quotation
("“…,” bantah X"), the agent of a passive, the owner of a denial noun, the speaker of the quotation the
trigger stands in, a reported-speech attribution. ``Deniers`` then aligns the party with the text's entities
(canonical names), or finds the fullest form of a surname; it gives one record per name of a coordinated
subject ("A and B deny") and resolves a third-person pronoun by a simple, documented coreference rule: the
subject PERSON of the last sentence naming one (else the last ORG) before it (see ``Deniers.denier``).
"""

from __future__ import annotations

import bisect
import itertools

import regex

from newsmon.nlp.denials.acronyms import spelled_out
from newsmon.nlp.denials.attribution import Quote, reported_speakers
from newsmon.nlp.denials.claim import POSSESSIVE
from newsmon.nlp.denials.document import Document
from newsmon.nlp.denials.names import Party
from newsmon.nlp.denials.phrases import (
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
from newsmon.nlp.denials.subjects import (
    before_fronted_object,
    conjuncts,
    interrupted_subject,
    inverted_subject,
    reported_subject,
)
from newsmon.nlp.denials.triggers import Hit
from newsmon.nlp.denials.view import QUOTE_CHARS, View
from newsmon.nlp.types import Denier, Entity, Span

_AGENT_WINDOW = 12
_PURPOSE_WINDOW = 5  # "issued a brief written statement to deny": words between the light verb and "to"
_LIGHT_VERB_WINDOW = 6
_QUOTE_MARKS = 2  # a closing quotation mark and a comma or dash right before a speech verb
_DENIER_LABELS = ("PERSON", "ORG", "LOC")
_ENTITY_REACH = 200  # entities starting this far before a denier may still overlap it
_ENTITY_SLACK = 2
_COREF_REACH = 2000  # a pronoun refers back this many characters at most (a few paragraphs)
_WORD_REACH = 30  # characters before a mention searched for the word that governs it
_LAST_WORD = regex.compile(r"(\w+)\W*$")
_COORDINATED = 2  # an entity "closes" a phrase when it ends within this many characters of its end
# Capitalised words before a surname that are not a first name ("Mr Peskov", "kata Peskov", "Juru Bicara").
_NOT_FIRST_NAMES = ("titles", "role_nouns", "speech_verbs", "discourse", "time", "clause_openers", "according_to")


def subject(document: Document, view: View, hit: Hit, quote: Quote | None) -> Party | None:
    """Return the party doing what the trigger ``hit`` says (``quote``: the quotation it stands in), or None."""
    if participle_clause(view, hit.i):
        found = clause_subject(view, hit.i)  # "The leader ... dashed hopes, denying reports of a truce"
        if found is not None:
            return found
    found = _purpose_subject(view, hit.i) or _after_quote(view, hit, quote) or inverted_subject(view, hit.i, hit.j)
    if found is None and _fronted_participle(view, hit.i):
        found = _main_clause_subject(view, hit.j)  # "After long denying the affair, the senator ..."
    if found is None and not view.rules.verb_second:
        found = interrupted_subject(view, hit.i)  # "Khan, speaking at a rally in Lahore, denied"
    if found is None:
        found = _verb_second(view, hit) if view.rules.verb_second else subject_before(view, hit.i)
    if found is not None and view.rules.subject_after_verb:
        found = before_fronted_object(view, hit.i, found)  # "Песков эти сообщения опроверг"
    if found is not None:
        found = conjuncts(view, reported_subject(view, found))  # "Patel said he", "Rita Okoye and her husband"
    if found is not None and quote is not None and document.first_person(found):
        return document.speaker(quote) or found  # “We deny these allegations,” said Ty Votaw
    if view.rules.subject_after_verb and (found is None or _verb_first(view, hit, found)):
        found = _subject_after(view, hit) or found  # "ونفى المتحدث ...", "Слухи опровергли родственники"
    if found is None and quote is not None:
        found = document.speaker(quote)
    if found is None and clause_start(view, hit.i)[0] > 0:
        found = sentence_subject(view)  # "... and denied it": the subject the clauses share
    if found is None:
        before, after = reported_speakers(view, hit.i, document.quoted(view))
        found = before.speaker if before is not None else after  # "Denying the reports, X said"
    return found


def impersonal(view: View, found: Party) -> bool:
    """True when the party is no party but a study or the evidence ("numerous studies", "science")."""
    return view.find("impersonal", view.index(found.name.start), view.index(found.name.end)) is not None


def adjudicating(view: View, found: Party) -> bool:
    """True when the party is a court or a judge: what it rejects or dismisses is a case, not a claim."""
    return view.find("adjudicators", view.index(found.name.start), view.index(found.name.end)) is not None


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
    for k in after:  # "было опровергнуто в штабе X": a body named by its place
        place = view.lexicon_end("agent_places", k)
        if place is None:
            continue
        found = phrase_after(view, place)
        if found is not None and view.find("org_words", place, view.index(found.name.end)) is not None:
            return found
    if not view.rules.context["passive_aux"]:  # "dibantah James": the agent right after the verb
        named = phrase_after(view, hit.j)
        if named is not None and view.is_name_word(view.index(named.name.start)):
            return named
    form = view.rules.agent_form  # "была опровергнута пресс-службой": an agent by its case, no marker
    if form is None or hit.j >= len(view) or view.is_a("time", hit.j) or view.is_stop(hit.j):
        return None  # "опровергнуто этой ночью": a time, no agent
    return phrase_after(view, hit.j) if form.fullmatch(view.tokens[hit.j].text.lower()) else None


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

    def __init__(self, text: str, entities: list[Entity], rules: Rules, sentences: list[Span] | None = None) -> None:
        self.text = text
        self.rules = rules
        self.entities = sorted((e for e in entities if e.label in _DENIER_LABELS), key=lambda e: e.start)
        self.starts = [entity.start for entity in self.entities]
        self.sentence_starts = [sentence.start for sentence in sentences or []]
        self._fuller: dict[str, str] = {}

    def deniers(self, found: Party | None, sentence: Span) -> list[Denier | None]:
        """Return the Denier records for ``found`` in ``sentence``: one per named party of a coordination
        ("A and B deny": both), else the one of ``denier`` ([None] for None)."""
        if found is not None and found.conjuncts:
            return [self.denier(part, sentence) for part in (*found.conjuncts, found)]
        if found is not None and not found.pronoun:
            parts = self._coordinated(found.name)
            if parts:
                return [Denier(e.text, e.start, e.end, e.canonical, None) for e in parts]
        return [self.denier(found, sentence)]

    def denier(self, found: Party | None, sentence: Span | None = None) -> Denier | None:
        """Return the Denier record for ``found`` (None stays None).

        A third-person pronoun ("he", "il", "ia") is resolved to the last named person (or, with none, body)
        mentioned before it: when that mention is in ``sentence`` it is the denier, otherwise the pronoun
        stays the mention and takes the name as its canonical name.
        """
        if found is None:
            return None
        name, role = found.name, found.role
        antecedent = self._antecedent(name) if found.pronoun else None
        if antecedent is not None and sentence is not None and antecedent.start >= sentence.start:
            if any(mark in QUOTE_CHARS for mark in self.text[antecedent.end : name.start]):
                antecedent = None  # "“… keluarga Prabowo …,” kata dia": a name quoted is not who speaks
            else:
                return Denier(antecedent.text, antecedent.start, antecedent.end, antecedent.canonical, None)
        if antecedent is not None:
            return Denier(name.text, name.start, name.end, antecedent.canonical, role.text if role else None)
        entity = self._entity(name)
        if entity is not None:
            if role is None and entity.start > name.start:
                role = self._stated_role(name.start, entity.start)
            return Denier(entity.text, entity.start, entity.end, entity.canonical, role.text if role else None)
        canonical = self._fuller_name(name.text) if not found.pronoun else name.text
        return Denier(name.text, name.start, name.end, canonical, role.text if role else None)

    def _antecedent(self, pronoun: Span) -> Entity | None:
        """Return the named mention a coreferent pronoun stands for: the subject mention (see
        ``_subject_mention``) of the last sentence naming a PERSON within ``_COREF_REACH`` characters before
        it, else the last ORG; None for other pronouns or with no such mention."""
        found = self.rules.context["coreferent"].match(self.text, pronoun.start, pronoun.end)
        if found is None or found.end() != pronoun.end:
            return None
        lo = bisect.bisect_left(self.starts, pronoun.start - _COREF_REACH)
        hi = bisect.bisect_left(self.starts, pronoun.start)
        before = [e for e in self.entities[lo:hi] if e.end <= pronoun.start]
        persons = [e for e in before if e.label == "PERSON"]
        if persons:
            return self._subject_mention(persons)
        return next((e for e in reversed(before) if e.label == "ORG"), None)

    def _subject_mention(self, persons: list[Entity]) -> Entity:
        """Return, of the PERSON mentions of the last sentence that holds any, the first one not after a
        preposition: the sentence's subject, whom a pronoun opening the next sentence continues ("Tom Hale
        spoke to Anna Berg. He denied ..." is Tom Hale), not the last name read."""
        sentence = self._sentence_of(persons[-1].start)
        last = [e for e in persons if self._sentence_of(e.start) == sentence]
        return next((e for e in last if not self._after_preposition(e)), last[0])

    def _sentence_of(self, pos: int) -> int:
        return bisect.bisect_right(self.sentence_starts, pos)

    def _after_preposition(self, entity: Entity) -> bool:
        """True when the word right before ``entity`` ends a noun phrase ("to", "with", "after"): an object."""
        before = _LAST_WORD.search(self.text, max(0, entity.start - _WORD_REACH), entity.start)
        if before is None:
            return False
        found = self.rules.context["np_end"].match(self.text, before.start(1), before.end(1))
        return found is not None and found.end() == before.end(1)

    def _coordinated(self, name: Span) -> list[Entity]:
        """Return the named parties of a coordinated subject ("Anna Berg and Tom Berg", "A dan B"), in text
        order; [] unless two or more entities are joined by a conjunction inside ``name``."""
        lo, hi = bisect.bisect_left(self.starts, name.start), bisect.bisect_left(self.starts, name.end)
        inside = [e for e in self.entities[lo:hi] if e.end <= name.end]
        # A clause opener "and" may have cut the subject before the last name: extend it leftwards.
        k = lo - 1
        while inside and k >= 0 and self._joined(self.entities[k], inside[0]):
            inside.insert(0, self.entities[k])
            k -= 1
        if len(inside) < _COORDINATED:
            return []
        return inside if all(self._joined(left, right) for left, right in itertools.pairwise(inside)) else []

    def _joined(self, left: Entity, right: Entity) -> bool:
        """True when only a conjunction stands between two entities ("Anna Berg and | Tom Berg")."""
        gap = self.text[left.end : right.start].strip(" ,")
        joined = self.rules.context["conjunctions"].match(gap, 0) if gap else None
        return joined is not None and joined.end() == len(gap)

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
        best: tuple[int, int, int] | None = None  # (person, end, index)
        # Indexed, not sliced: a slice copies the rest of the list at every denier of a long text.
        for k in range(lo, len(self.entities)):
            entity = self.entities[k]
            if entity.start >= span.end:
                break
            overlap = min(entity.end, span.end) - max(entity.start, span.start)
            # A place closing a longer phrase qualifies it ("Police in | Manchester"): it names the party only
            # when it covers most of the phrase.
            place = entity.label == "LOC"
            closes = entity.end >= span.end - _ENTITY_SLACK and not place
            if overlap > 0 and (closes or 2 * overlap >= span.end - span.start + place):
                key = (int(entity.label == "PERSON"), entity.end)
                if best is None or key > best[:2]:
                    best = (*key, k)
        return spelled_out(self.text, self.entities, best[2]) if best else None  # "Full Name (ACRONYM)"

    def _fuller_name(self, name: str) -> str:
        if not self.rules.cased or " " in name or not name[:1].isupper():
            return name
        # Each search reads the whole text: a surname that denies again is looked up once.
        if name not in self._fuller:
            self._fuller[name] = self._search_fuller_name(name)
        return self._fuller[name]

    def _search_fuller_name(self, name: str) -> str:
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
    comunicado para desmentir", "X issued a statement denying ..."; the phrase right before the infinitive
    or the participle is the thing issued, not the denier."""
    if i == 0:
        return None
    if view.is_a("infinitive", i - 1):
        last = i - 2
    elif _is_participle(view, i) and view.tokens[i - 1].is_word:
        last = i - 1
    else:
        return None
    lo = clause_start(view, i - 1)[0]
    words = 0
    for k in range(last, lo - 1, -1):
        if view.is_a("light_verbs", k):
            return subject_before(view, k)
        if view.tokens[k].is_word and not view.is_stop(k):
            words += 1  # dates and adverbs are not counted: "issued a statement on Friday denying"
            if words > _PURPOSE_WINDOW:
                break
    return None


def _verb_first(view: View, hit: Hit, found: Party) -> bool:
    """True when the verb opens its clause ("ونفى", "فنفت") or the phrase before it is its object."""
    opening = view.rules.verb_initial
    if opening is not None and opening.fullmatch(view.tokens[hit.i].text):
        return True
    lo, hi = view.index(found.name.start), view.index(found.name.end)
    return view.find("claim_nouns", lo, hi) is not None


def _subject_after(view: View, hit: Hit) -> Party | None:
    """Return the phrase after the verb as its subject, unless a claim opens it (then it is the object:
    "Отрицая обвинения ..., писатель заявил")."""
    found = phrase_after(view, hit.i + 1, stop_at_claims=True)
    if found is None or view.is_a("claim_nouns", view.index(found.name.start)):
        return None
    return found


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


def _is_participle(view: View, k: int) -> bool:
    form = view.rules.participle
    return form is not None and bool(form.fullmatch(view.tokens[k].text.lower()))


def _after_quote(view: View, hit: Hit, quote: Quote | None) -> Party | None:
    """Return the subject after a speech verb that follows its quotation: "“… tidak benar,” bantah Prabowo"."""
    if quote is not None or hit.i == 0:
        return None
    # A quotation closes right before the verb, with a comma or a dash on either side of the closing mark
    # ("…,” bantah", "«…», — опроверг"); a name in quotation marks ("«Заря» опроверг") is no quotation.
    marks = [token.text for token in view.tokens[max(0, hit.i - 3) : hit.i] if not token.is_word]
    if len(marks) < _QUOTE_MARKS or not any(m in QUOTE_CHARS for m in marks) or not any(m in ",،—–" for m in marks):
        return None
    return phrase_after(view, hit.j)


def _fronted_participle(view: View, i: int) -> bool:
    """True for a participle in a fronted adverbial clause ("After long denying ..., X"): the clause opens
    the sentence, with a clause opener ("after", "before") and nothing but adverbs before the participle."""
    if not _is_participle(view, i):
        return False
    lo, opener = clause_start(view, i)
    if opener is None or opener > 0:
        return False
    return all(view.is_stop(k) for k in range(lo, i))


def _main_clause_subject(view: View, j: int) -> Party | None:
    """Return the leading noun phrase after the comma that closes the fronted clause ending after ``j``."""
    comma = next((k for k in range(j, len(view)) if view.tokens[k].text in ",،"), None)
    if comma is None:
        return None
    return phrase_after(view, comma + 1)
