"""What a pronoun stands for: the base of ``deniers.Deniers``, holding the article's named mentions and
sentences.

A third-person pronoun is resolved by a simple, documented coreference rule: the subject PERSON of the last
sentence naming one (else the last ORG) before it, unless an accusation in its own sentence names who denies
(see ``Coreference._antecedent``); a pronoun with no named person nearer may stand for the role phrase opening its
sentence ("Le maire de Béziers ..., mais il dément"), and a self-subject speech word ("katanya") for the first
person of the statement it attributes.
"""

from __future__ import annotations

import bisect
import itertools

import regex

from newsmon.nlp.denials.resources import Rules
from newsmon.nlp.denials.tokens import QUOTE_CHARS
from newsmon.nlp.types import Denier, Entity, Span

_COREF_REACH = 2000  # a pronoun refers back this many characters at most (a few paragraphs)
_WORD_REACH = 30  # characters before a mention searched for the word that governs it
LAST_WORD = regex.compile(r"(\w+)\W*$")
_QUOTE_MARK = regex.compile("[" + regex.escape("".join(sorted(QUOTE_CHARS))) + "]")
_APOSTROPHE = regex.compile(r"\w['’]\w")  # an elision inside a word, no quotation mark
WORDS = regex.compile(r"[\w'’-]+|[^\w\s]")  # words, and punctuation marks one by one (a comma ends a phrase)
_PHRASE_REACH = 40  # characters before a name searched for the preposition governing its phrase
_PHRASE_WORDS = 3  # words a preposition may stand before a name ("au | défenseur | Daniele Bonera")
_ROLE_WORDS = 12  # words read from a sentence's opening for the role phrase a pronoun may stand for
_ROLE_GAP = 3  # words a role noun may follow its determiner by ("The | club's | chairman")
_DATELINE_MARKS = ("-", "—", "–")  # "LYON (AFP) - Le directeur ...": the dateline ends at its dash


class Coreference:
    """The article's named mentions (entities in text order) and sentence starts, and what a pronoun among them
    stands for; ``Deniers`` builds on it to turn a party into a Denier."""

    def __init__(self, text: str, entities: list[Entity], rules: Rules, sentences: list[Span] | None) -> None:
        self.text = text
        self.rules = rules
        self.entities = entities
        self.starts = [entity.start for entity in entities]
        self.sentence_starts = [sentence.start for sentence in sentences or []]

    def _quoted_between(self, antecedent: Entity, pronoun: Span, sentence: Span | None) -> bool:
        """True when a quotation mark stands between a name and a later pronoun of the same sentence; an
        apostrophe inside a word is none ("l'homme d'affaires")."""
        if sentence is None or antecedent.start < sentence.start:
            return False
        marks = _QUOTE_MARK.finditer(self.text, antecedent.end, pronoun.start)
        return any(_APOSTROPHE.match(self.text, max(0, mark.start() - 1)) is None for mark in marks)

    @staticmethod
    def _same_sentence(antecedent: Entity, sentence: Span | None) -> bool:
        """True when the pronoun's antecedent lies in the pronoun's own sentence."""
        return sentence is not None and antecedent.start >= sentence.start

    def _self_subject(self, name: Span) -> bool:
        pattern = self.rules.self_subject
        speaks = self.rules.first_person_speaks
        return speaks and pattern is not None and pattern.fullmatch(name.text.lower()) is not None

    def _first_person_before(self, word: Span, sentence: Span | None) -> Denier | None:
        """Return the first-person pronoun of the statement a self-subject speech word attributes ("“Saya sudah
        kroscek …,” katanya" is Saya): the name the speaker gives, before the word's. None with no such pronoun."""
        start = sentence.start if sentence is not None else max(0, word.start - _COREF_REACH)
        pronoun = self.rules.context["first_person"].search(self.text, start, word.start)
        if pronoun is None:
            return None
        return Denier(pronoun.group(), pronoun.start(), pronoun.end(), pronoun.group(), None)

    def _antecedent(self, pronoun: Span) -> Entity | None:
        """Return the named mention a coreferent pronoun stands for: the subject mention (see
        ``_subject_mention``) of the last sentence naming a PERSON within ``_COREF_REACH`` characters before
        it, else the last ORG unless the pronoun stands for persons only ("she"); None for other pronouns or
        with no such mention. A self-subject speech word whose statement names no speaker ("“…,” katanya") is
        such a pronoun: its "-nya" is "his", "her" or "its"."""
        if not (self._spells("coreferent", pronoun) or self._self_subject(pronoun)):
            return None
        lo = bisect.bisect_left(self.starts, pronoun.start - _COREF_REACH)
        hi = bisect.bisect_left(self.starts, pronoun.start)
        before = [e for e in self.entities[lo:hi] if e.end <= pronoun.start]
        persons = [e for e in before if e.label == "PERSON"]
        if persons:
            return self._accused(persons, pronoun) or self._subject_mention(persons)
        if self._spells("person_pronouns", pronoun):
            return None
        return next((e for e in reversed(before) if e.label == "ORG"), None)

    def _role_antecedent(self, pronoun: Span, sentence: Span | None) -> Span | None:
        """Return the role phrase opening the pronoun's sentence (before it), else the sentence before, when the
        pronoun may stand for one (``role_pronouns``; a plural one only for a plural determiner's phrase)."""
        plural = self._spells("plural_role_pronouns", pronoun)
        if sentence is None or not (plural or self._spells("role_pronouns", pronoun)):
            return None
        opening = self._past_fronted_participle(sentence.start, pronoun.start)
        own = self._role_phrase(opening, pronoun.start, plural=plural)
        k = self._sentence_of(sentence.start) - 2  # the index of the sentence before
        if own is not None or k < 0:
            return own
        return self._role_phrase(self.sentence_starts[k], sentence.start, plural=plural)

    def _past_fronted_participle(self, start: int, end: int) -> int:
        """Return where the main clause starts after a participle's clause opening text[start:end] and its comma
        ("Interrogé sur l'enquête, | le maire a indiqué qu'il ..."), else ``start``."""
        first = WORDS.match(self.text, start, end)
        form = self.rules.passive_form
        if first is None or form is None or not form.fullmatch(first.group().lower()):
            return start
        comma = self.text.find(",", first.end(), end)
        return comma + 1 if comma >= 0 else start

    def _role_phrase(self, start: int, end: int, *, plural: bool) -> Span | None:
        """Return the subject phrase opening text[start:end] when it is a role ("The club's chairman", "Le maire
        de Béziers", "L'avocat de la famille"): a determiner, at most ``_ROLE_GAP`` words, a role noun, and maybe
        its complement (joiner, determiner, one word). None for any other opening (a thing: "Le projet de loi")."""
        found = itertools.islice(WORDS.finditer(self.text, start, end), _ROLE_WORDS)
        words = [Span(match.group(), match.start(), match.end()) for match in found]
        dash = next((k for k, word in enumerate(words) if word.text in _DATELINE_MARKS), None)
        if dash is not None and all(word.text.upper() == word.text for word in words[:dash]):
            words = words[dash + 1 :]
        if not words or plural != self._spells("plural_determiners", words[0]):
            return None
        lead = int(self._spells("determiners", words[0]))
        head = next(
            (k for k in range(lead, min(len(words), lead + _ROLE_GAP)) if self._spells("role_nouns", words[k])), None
        )
        if head is None or not all(word.text[:1].isalpha() for word in words[:head]):
            return None
        last = words[head]
        rest = words[head + 1 : head + 4]
        if rest and self._spells("role_complements", rest[0]):
            tail = rest[2:3] if len(rest) > 1 and self._spells("determiners", rest[1]) else rest[1:2]
            if tail and tail[0].text[:1].isalpha():
                last = tail[0]
        first = words[0]
        return Span(self.text[first.start : last.end], first.start, last.end)

    def _spells(self, kind: str, span: Span) -> bool:
        """True when ``span`` is, whole, a word of the ``kind`` context list."""
        found = self.rules.context[kind].match(self.text, span.start, span.end)
        return found is not None and found.end() == span.end

    def _accused(self, persons: list[Entity], pronoun: Span) -> Entity | None:
        """Return the PERSON mention of the pronoun's own sentence that an accusation names right after its verb
        (``claim_verbs_of_source``): who denies the charges is the accused ("Sharif accused | Bhutto | of
        corruption, charges she has denied"), not the accuser the sentence opens with; None without one."""
        sentence = self._sentence_of(pronoun.start)
        for entity in persons:
            verb = LAST_WORD.search(self.text, max(0, entity.start - _WORD_REACH), entity.start)
            accusing = verb is not None and self._spells(
                "claim_verbs_of_source", Span(verb[1], verb.start(1), verb.end(1))
            )
            if accusing and self._sentence_of(entity.start) == sentence:
                return entity
        return None

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
        before = LAST_WORD.search(self.text, max(0, entity.start - _WORD_REACH), entity.start)
        if before is None:
            return False
        found = self.rules.context["np_end"].match(self.text, before.start(1), before.end(1))
        return found is not None and found.end() == before.end(1)

    def _governed(self, entity: Entity) -> bool:
        """True when a preposition other than a passive's agent marker governs the phrase ``entity`` closes,
        over its article, title and role words ("l'ayant opposé | au défenseur | Daniele Bonera": the object, not
        who "il" is; "donné hier | par le général | Michel Aoun" is the agent)."""
        found = list(WORDS.finditer(self.text, max(0, entity.start - _PHRASE_REACH), entity.start))
        # Spans first, then reversed: mypyc cannot iterate a reversed list of regex matches where the build's
        # type checker has no stubs for ``regex`` (a clean install), and stopped with an internal error.
        words = [Span(match.group(), match.start(), match.end()) for match in found[-_PHRASE_WORDS:]]
        for word in reversed(words):
            if self._spells("agent_markers", word):
                return False
            if self._spells("np_end", word):
                return True
            if not word.text.islower():
                return False
        return False
