"""``detect``: trigger match -> sense filter -> negation/hypothetical scope -> arguments -> confidence."""

from __future__ import annotations

import bisect
from functools import cache

from newsmon.nlp.denials.arguments import Claim, Deniers, noun_owner, object_claim, subject_claim
from newsmon.nlp.denials.attribution import (
    Quote,
    enclosing,
    find_quotes,
    reported_speakers,
    speaker_after,
    speaker_before,
)
from newsmon.nlp.denials.lexicon import WORD
from newsmon.nlp.denials.phrases import (
    Party,
    clause_end,
    clause_start,
    clause_subject,
    participle_clause,
    phrase_after,
    phrase_at,
    sentence_subject,
    subject_before,
)
from newsmon.nlp.denials.resources import Rules, load_rules
from newsmon.nlp.denials.scope import (
    claim_object,
    hypothetical,
    negated,
    other_sense,
    passive,
    predicative,
    skip_adverbs,
)
from newsmon.nlp.denials.scoring import Evidence, confidence
from newsmon.nlp.denials.triggers import Hit, Prefilter, find_hits, label_near
from newsmon.nlp.denials.view import View
from newsmon.nlp.types import Denial, Entity, Span

_AGENT_WINDOW = 12
_SCARE_QUOTE_WORDS = 3
_PASSIVE_CLAIM_WINDOW = 10
_PURPOSE_WINDOW = 5  # "issued a brief written statement to deny": words between the light verb and "to"


def detect(text: str, sentences: list[Span], entities: list[Entity], lang: str) -> list[Denial]:
    """Return the denial and non-denial records stated in ``text``, in text order.

    ``sentences`` are spans of ``text`` (``split_sentences``); ``entities`` may be empty (deniers then keep
    their own text as canonical name, or the fullest form of the name found in the text). ``lang`` is an
    ISO 639-1 code ("id", or a tag such as "en-US"); a language without a resource file gives []. Each
    record's ``evidence`` is its sentence. Never raises for any text; raises ``ResourceError`` only when the
    language's resource file is broken.
    """
    rules = load_rules(lang.split("-")[0].lower())
    if rules is None or not sentences:
        return []
    prefilter = _prefilter(rules.language)
    candidates = [k for k, sentence in enumerate(sentences) if prefilter(sentence.text)]
    if not candidates:
        return []
    document = _Document(text, sentences, entities, rules)
    records: list[Denial] = []
    for k in candidates:
        records.extend(document.denials(k))
    return records


@cache
def _prefilter(lang: str) -> Prefilter:
    rules = load_rules(lang)
    assert rules is not None
    return Prefilter(rules)


class _Document:
    """One text being analysed: its sentences' views, quotations and speakers, computed on demand."""

    def __init__(self, text: str, sentences: list[Span], entities: list[Entity], rules: Rules) -> None:
        self.text = text
        self.sentences = sentences
        self.rules = rules
        self.starts = [sentence.start for sentence in sentences]
        self.deniers = Deniers(text, entities, rules)
        self._views: dict[int, View] = {}
        self._quotes: list[Quote] | None = None
        self._quote_starts: list[int] = []
        self._speakers: dict[int, Party | None] = {}

    def view(self, k: int) -> View:
        if k not in self._views:
            self._views[k] = View(self.text, self.sentences[k], self.rules)
        return self._views[k]

    def quote_at(self, pos: int) -> Quote | None:
        if self._quotes is None:
            self._quotes = find_quotes(self.text, self.rules.quotes)
            self._quote_starts = [quote.start for quote in self._quotes]
        return enclosing(self._quotes, self._quote_starts, pos)

    def speaker(self, quote: Quote) -> Party | None:
        """Return who is quoted: the attribution after the closing mark (same or next sentence), or before."""
        if quote.start not in self._speakers:
            self._speakers[quote.start] = self._find_speaker(quote)
        return self._speakers[quote.start]

    def _find_speaker(self, quote: Quote) -> Party | None:
        found = None
        if quote.closed:
            k = self._sentence_of(quote.end - 1)
            view = self.view(k)
            i = view.index(quote.end)
            if i < len(view):
                found = speaker_after(view, i)
            elif k + 1 < len(self.sentences) and self.quote_at(self.sentences[k + 1].start + 1) is None:
                found = speaker_after(self.view(k + 1), 0)
        if found is None:
            view = self.view(self._sentence_of(quote.start))
            found = speaker_before(view, view.index(quote.start))
        return found

    def _sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def denials(self, k: int) -> list[Denial]:
        """Return the records of sentence ``k``: at most one per type and denier."""
        view = self.view(k)
        hits = find_hits(view)
        covered: list[tuple[int, int]] = []
        records: list[Denial] = []
        seen: set[tuple[str, int | None]] = set()
        # Verbs first, so that a falsity word in a verb's clause ("denied it as false") adds no record.
        for hit in sorted(hits, key=lambda hit: hit.kind == "falsity"):
            if hit.kind == "falsity" and any(lo <= hit.i < hi for lo, hi in covered):
                continue
            record = self._record(view, hit)
            if record is None:
                continue
            if hit.kind != "falsity":
                covered.append((clause_start(view, hit.i)[0], clause_end(view, hit.j)))
            key = (record.type, record.denier.start if record.denier else None)
            if key not in seen:
                seen.add(key)
                records.append(record)
        records.sort(key=lambda record: record.trigger.start)
        return records

    def _record(self, view: View, hit: Hit) -> Denial | None:
        quote = self.quote_at(view.tokens[hit.i].start)
        if hit.kind == "non_denial":
            return self._non_denial(view, hit, quote)
        if negated(view, hit.i, hit.j):
            return None
        if hit.kind == "falsity":
            return self._falsity(view, hit, quote)
        if hypothetical(view, hit.i):
            return None
        if hit.kind == "nouns":
            owner = noun_owner(view, hit.i, hit.j)
            if owner is None or other_sense(view, hit.j):
                return None
            claim = object_claim(view, hit.j, clause_end(view, hit.j))
            return self._build(view, "nouns", hit.i, hit.j, owner, claim)
        return self._verb(view, hit, quote)

    def _verb(self, view: View, hit: Hit, quote: Quote | None) -> Denial | None:
        end = clause_end(view, skip_adverbs(view, hit.j))
        if passive(view, hit.i, hit.j):
            agent = self._agent(view, hit)
            if agent is None:
                return None  # "was denied bail", "has since been debunked": no party denies
            lo = clause_start(view, hit.i)[0]
            if (
                hit.kind == "claim_verbs"
                and view.find("claim_nouns", max(0, hit.i - _PASSIVE_CLAIM_WINDOW), hit.i) is None
            ):
                return None  # "the case was dismissed by a court": not a claim that is rejected
            return self._build(view, hit.kind, hit.i, hit.j, agent, object_claim(view, lo, hit.i))
        obj = self._object_start(view, hit, end)
        if other_sense(view, obj):
            return None
        if hit.kind == "claim_verbs" and not claim_object(view, obj) and not self._falsity_in(view, obj, end):
            return None
        denier = self._subject(view, hit, quote)
        if denier is None and quote is None:
            return None
        if denier is not None and view.index(denier.name.end) > obj:
            obj = view.index(denier.name.end)  # "ونفى المتحدث ... التقارير": the object follows the denier
        if obj < hit.j:
            end = hit.j - 1  # the object ends where the separable verb closes
        return self._build(view, hit.kind, hit.i, hit.j, denier, object_claim(view, obj, max(end, obj)))

    def _object_start(self, view: View, hit: Hit, end: int) -> int:
        """Return the token where the verb's object starts: right after the verb; inside a separable verb
        ("wies die Berichte zurück"); after the finite verb when a participle closes the clause
        ("hat die Berichte zurückgewiesen")."""
        if not self.rules.verb_second:
            return hit.j
        form = self.rules.passive_form
        participle = form is not None and form.fullmatch(view.tokens[hit.j - 1].text.lower()) is not None
        if hit.j - hit.i > 1 or not participle or skip_adverbs(view, hit.j) < end:
            return hit.i + 1
        lo = clause_start(view, hit.i)[0]
        finite = next((k for k in range(lo, hit.i) if view.tokens[k].is_word and view.is_stop(k)), None)
        return hit.j if finite is None else finite + 1

    def _falsity(self, view: View, hit: Hit, quote: Quote | None) -> Denial | None:
        single = hit.j - hit.i == 1
        lo = clause_start(view, hit.i)[0]
        end = clause_end(view, hit.j)
        label = label_near(view, hit.i, hit.j)
        adjacent = label is not None and label == hit.i - 1  # "назвало фейком публикацию"
        if not adjacent and single and hit.j < len(view) and view.is_a("claim_nouns", hit.j):
            return None  # "a false report", "berita hoaks": describes a claim, says nobody denies it
        if label is not None:
            denier = self._subject(view, Hit("label", label, label + 1), quote)
            first, last = min(label, hit.i), max(label + 1, hit.j)
            claim = (
                object_claim(view, label + 1, hit.i) if label < hit.i else subject_claim(view, 0, hit.i, hit.j, hit.j)
            )
            return self._build(view, "label", first, last, denier, claim)
        if single and not predicative(view, hit.i):
            return None  # "the false report came from", "menyebarkan berita bohong"
        if quote is not None and self._scare_quote(quote):
            quote = None  # "a “false flag” operation": quotation marks around a word, nobody speaking
        before, after = reported_speakers(view, hit.i, [] if quote else self._quoted(view))
        if quote is not None:
            # Quotation marks show a party speaking even when nobody is named (the guidelines' rule);
            # a first person inside the quote names them better than "katanya".
            speaker = self.speaker(quote)
            inner = before.speaker if before is not None and quote.start < before.speaker.name.start else None
            if speaker is None:
                speaker = before.speaker if before is not None else None  # X said it was “utterly false”
            elif speaker.pronoun and inner is not None:
                speaker = inner
            claim = subject_claim(view, view.index(quote.start), hit.i, hit.j, end)
            return self._build(view, "falsity", hit.i, hit.j, speaker, claim)
        if before is None and after is None:
            return None  # the writer's own verdict: "Faktanya, kabar itu tidak benar"
        if before is not None and after is not None and before.speaker.pronoun:
            before = None  # "Video itu saya tegaskan bohong, tegas Esther Ruus": the named speaker
        complement = before.complement if before is not None and before.complement < hit.i else lo
        speaker = before.speaker if before is not None else after
        claim = subject_claim(view, complement, hit.i, hit.j, end)
        return self._build(view, "falsity", hit.i, hit.j, speaker, claim)

    def _scare_quote(self, quote: Quote) -> bool:
        words = len(WORD.findall(self.text, quote.start, quote.end))
        return words <= _SCARE_QUOTE_WORDS and self.speaker(quote) is None

    def _non_denial(self, view: View, hit: Hit, quote: Quote | None) -> Denial | None:
        denier = self._subject(view, hit, quote)
        claim = object_claim(view, hit.j, clause_end(view, hit.j))
        return self._build(view, "non_denial", hit.i, hit.j, denier, claim)

    def _subject(self, view: View, hit: Hit, quote: Quote | None) -> Party | None:
        """Return the party doing what the trigger says, from the nearest evidence outward."""
        if participle_clause(view, hit.i):
            found = clause_subject(view, hit.i)  # "The leader ... dashed hopes, denying reports of a truce"
            if found is not None:
                return found
        found = self._purpose_subject(view, hit.i)
        if found is None:
            found = self._verb_second(view, hit) if self.rules.verb_second else subject_before(view, hit.i)
        if found is not None and quote is not None and self._first_person(found):
            return self.speaker(quote) or found  # “We deny these allegations,” said Ty Votaw
        if self.rules.subject_after_verb and (found is None or self._verb_first(view, hit, found)):
            found = phrase_after(view, hit.i + 1, stop_at_claims=True) or found  # "ونفى المتحدث ..."
        if found is None and quote is not None:
            found = self.speaker(quote)
        if found is None and clause_start(view, hit.i)[0] > 0:
            found = sentence_subject(view)  # "... and denied it": the subject the clauses share
        if found is None:
            before, after = reported_speakers(view, hit.i, self._quoted(view))
            found = before.speaker if before is not None else after  # "Denying the reports, X said"
        return found

    def _purpose_subject(self, view: View, i: int) -> Party | None:
        """Return who issued something to deny: "The club issued a statement to deny ...", "emitió un
        comunicado para desmentir"; the phrase right before the infinitive is the thing issued, not the denier."""
        if i == 0 or not view.is_a("infinitive", i - 1):
            return None
        lo = clause_start(view, i - 1)[0]
        for k in range(i - 2, max(lo - 1, i - 2 - _PURPOSE_WINDOW), -1):
            if view.is_a("light_verbs", k):
                return subject_before(view, k)
        return None

    def _verb_first(self, view: View, hit: Hit, found: Party) -> bool:
        """True when the verb opens its clause ("ونفى", "فنفت") or the phrase before it is its object."""
        opening = self.rules.verb_initial
        if opening is not None and opening.fullmatch(view.tokens[hit.i].text):
            return True
        lo, hi = view.index(found.name.start), view.index(found.name.end)
        return view.find("claim_nouns", lo, hi) is not None

    def _verb_second(self, view: View, hit: Hit) -> Party | None:
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

    def _agent(self, view: View, hit: Hit) -> Party | None:
        """Return the agent of a passive trigger: "by X", "oleh X", "von X", or a name right after it."""
        # "refuted as “incorrect” by X": the agent may follow quoted words, not a new clause.
        end = next((k for k in range(hit.j, len(view)) if view.tokens[k].text in ".;:"), len(view))
        after = range(hit.j, min(end, hit.j + _AGENT_WINDOW))
        before = range(clause_start(view, hit.i)[0], hit.i)  # "vom Kreml zurückgewiesen"
        for k in (*after, *before):
            marker = view.lexicon_end("agent_markers", k)
            if marker is not None:
                return phrase_after(view, marker)
        if not self.rules.context["passive_aux"]:  # "dibantah James": the agent right after the verb
            after = phrase_after(view, hit.j)
            if after is not None and view.is_name_word(view.index(after.name.start)):
                return after
        return None

    def _falsity_in(self, view: View, lo: int, hi: int) -> bool:
        """True when a falsity word follows within ``[lo, hi)``: "dismissed the rumour as inaccurate"."""
        if lo >= hi:
            return False
        falsity = view.rules.triggers["falsity"]
        return falsity.search(view.text, view.tokens[lo].start, view.tokens[hi - 1].end) is not None

    def _quoted(self, view: View) -> list[tuple[int, int]]:
        """Return the token ranges of the sentence that are inside quotations."""
        ranges: list[tuple[int, int]] = []
        i = 0
        while i < len(view):
            quote = self.quote_at(view.tokens[i].start)
            if quote is None:
                i += 1
                continue
            end = max(view.index(quote.end), i + 1)
            ranges.append((i, end))
            i = end
        return ranges

    def _first_person(self, party: Party) -> bool:
        lexicon = self.rules.context["first_person"]
        found = lexicon.match(self.text, party.name.start, party.name.end)
        return found is not None and found.end() == party.name.end

    def _build(self, view: View, kind: str, i: int, j: int, party: Party | None, claim: Claim) -> Denial:
        denier = self.deniers.denier(party)
        start, end = view.tokens[i].start, view.tokens[j - 1].end
        evidence = Evidence(
            kind=kind,
            has_denier=denier is not None,
            pronoun=party is not None and party.pronoun,
            claim_noun=claim.noun,
            entity=denier is not None and denier.canonical != denier.text,
        )
        return Denial(
            type="non_denial" if kind == "non_denial" else "denial",
            denier=denier,
            trigger=Span(self.text[start:end], start, end),
            claim=claim.span,
            claim_source=claim.source,
            evidence=view.span,
            confidence=confidence(evidence),
        )
