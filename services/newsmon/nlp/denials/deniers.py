"""Naming the denier: the Denier records of a party, aligned with the text's entities.

``Deniers`` aligns a party (``denier.subject`` and the other finders) with the text's entities (canonical
names), or finds the fullest form of a surname; it gives one record per name of a coordinated subject ("A and
B deny") and resolves a third-person pronoun by the coreference rule of its base, ``coreference.Coreference``
(see ``Deniers.denier``).
"""

from __future__ import annotations

import bisect
import itertools

import regex

from newsmon.nlp.denials.acronyms import spelled_out
from newsmon.nlp.denials.coreference import LAST_WORD, WORDS, Coreference
from newsmon.nlp.denials.names import Party
from newsmon.nlp.denials.resources import Rules
from newsmon.nlp.entities.canonical import ArticleNames
from newsmon.nlp.types import Denier, Entity, Span

_DENIER_LABELS = ("PERSON", "ORG", "LOC")
_ENTITY_REACH = 200  # entities starting this far before a denier may still overlap it
_ENTITY_SLACK = 2
_ACRONYM = regex.compile(r"\b\p{Lu}{2,}\b")  # a body's acronym ("BNPB"), no person's name
_TITLE_TAIL = regex.compile(r"(\s+\p{Lu}[\w-]*)+")  # Title Case words after a name, nothing else
_TITLE_HEAD = regex.compile(r"(\p{Lu}[\w-]*\s+)+")  # … and before one
_COMPLEMENT_WORDS = ("role_complements", "determiners", "titles", "role_nouns")  # "for | the | Governor | Smith"
_COORDINATED = 2  # an entity "closes" a phrase when it ends within this many characters of its end
# Capitalised words before a surname that are not a first name ("Mr Peskov", "kata Peskov", "Juru Bicara").
_NOT_FIRST_NAMES = ("titles", "role_nouns", "speech_verbs", "discourse", "time", "clause_openers", "according_to")


class Deniers(Coreference):
    """Turns a Party into a Denier: entity alignment (canonical names) and, without entities, the fullest
    form of a surname elsewhere in the text ("Peskov" -> "Dmitry Peskov")."""

    def __init__(self, text: str, entities: list[Entity], rules: Rules, sentences: list[Span] | None = None) -> None:
        named = sorted((e for e in entities if e.label in _DENIER_LABELS), key=lambda e: e.start)
        super().__init__(text, named, rules, sentences)
        self._fuller: dict[str, str] = {}
        self.names = ArticleNames(text, self.entities, rules.language)

    def deniers(self, found: Party | None, sentence: Span) -> list[Denier | None]:
        """Return the Denier records for ``found`` in ``sentence``: one per named party of a coordination
        ("A and B deny": both), else the one of ``denier`` ([None] for None)."""
        if found is not None and found.conjuncts:
            if not self._one_office(found):
                return [self.denier(part, sentence) for part in (*found.conjuncts, found)]
            found = Party(found.name, found.role, found.pronoun)
        if found is not None and not found.pronoun:
            parts = self._coordinated(found.name)
            if parts:
                return [Denier(e.text, e.start, e.end, e.canonical, None) for e in parts]
        return [self.denier(found, sentence)]

    def _one_office(self, found: Party) -> bool:
        """True when the conjuncts before a named person are parts of one office title, not parties: each a role
        whose words after it name no entity ("Kepala Pusat Data Informasi dan Humas BNPB Sutopo Purwo Nugroho":
        the head of one unit joining two)."""
        person = self._entity(found.name)
        if person is None or person.label != "PERSON":
            return False
        return all(
            part.role is not None and part.role.end <= part.name.start and self._entity(part.name) is None
            for part in found.conjuncts
        )

    def denier(self, found: Party | None, sentence: Span | None = None) -> Denier | None:
        """Return the Denier record for ``found`` (None stays None).

        A third-person pronoun ("he", "il", "ia") is resolved to the last named person (or, with none, body)
        mentioned before it: the pronoun stays the mention (the span the sentence names the denier by: "...,
        but he has always denied this") and takes the name as its canonical name, the name alert rules use.
        """
        if found is None or (found.pronoun and self._spells("generic_pronouns", found.name)):
            return None  # "On dément ...": people in general, nobody named
        name, role = found.name, found.role
        speaker = self._first_person_before(name, sentence) if found.pronoun and self._self_subject(name) else None
        if speaker is not None:
            return speaker
        antecedent = self._antecedent(name) if found.pronoun else None
        if antecedent is not None and self._quoted_between(antecedent, name, sentence):
            antecedent = None  # "“… keluarga Prabowo …,” kata dia": a name quoted is not who speaks
        phrase = self._role_antecedent(name, sentence) if found.pronoun else None
        if phrase is not None and (antecedent is None or antecedent.end <= phrase.end or antecedent.label != "PERSON"):
            # No named person nearer, only maybe a body ("Le maire de Béziers ..., mais il dément", "Les dirigeants du
            # syndicat ont été reçus à Matignon, mais ils démentent").
            named = self.rules.names_pronoun_in_sentence and sentence is not None and phrase.start >= sentence.start
            mention = phrase if named else name
            return Denier(mention.text, mention.start, mention.end, phrase.text, None)
        if (
            antecedent is not None
            and self.rules.names_pronoun_in_sentence
            and self._same_sentence(antecedent, sentence)
            and not self._governed(antecedent)
        ):
            # "Karim Benali ... a été placé en garde à vue, mais il nie": the sentence names who "il" is.
            return Denier(antecedent.text, antecedent.start, antecedent.end, antecedent.canonical, None)
        if antecedent is not None:
            return Denier(name.text, name.start, name.end, antecedent.canonical, role.text if role else None)
        entity = self._entity(name)
        if entity is not None and (self._cut_short(entity, name) or self._place_in_name(entity, name)):
            entity = None  # "Polda Jawa | Barat", "Polda | Jawa Barat": the Title Case phrase is the whole name
        if entity is not None and self._head_run_over(found, entity):
            # "Kejaksaan Tinggi Bali Hari Santoso" one ORG, "Humas BNPB Sutopo" one PERSON: the recogniser ran the
            # body on over its head's name, which the phrase splits from the role ("… Kejaksaan Tinggi Bali | Hari
            # Santoso").
            entity = None
        if entity is not None and self._common_head(entity, name):
            entity = None  # "Пресс-служба | банка": a body word taken for a name, the phrase names the party
        lead = _trimmed(self.text, entity.start, name.start) if entity is not None else None
        if lead is not None and (any(self._spells(kind, lead) for kind in ("time", "skip")) or self._denial_noun(lead)):
            # "Вчера Песков", "Опровержение Минобороны" recognised as one name: the day that opens the sentence, or
            # the denial noun the name owns, is none of it
            entity = None
        if entity is not None and entity.start > name.start and (self._office(found) or self._holder(found, entity)):
            # "Panglima | TNI", "O presidente do | Benfica": the role's holder denies, not the body or person it names
            entity = None
        if entity is not None and role is not None and self._body_of_role(found, entity):
            # "Dirut | Pertamina": the office's holder denies, named by the whole, as "Ketua KPK" is
            whole = self.text[role.start : name.end]
            return Denier(whole, role.start, name.end, whole, whole)
        if entity is not None:
            if role is None and entity.start > name.start:
                role = self._stated_role(name.start, entity.start)
            return Denier(entity.text, entity.start, entity.end, entity.canonical, role.text if role else None)
        canonical = (
            self._spoken_for(found)
            or self._owner_canonical(found)
            or (self.names.canonical(self._fuller_name(name.text)) if not found.pronoun else name.text)
        )
        return Denier(name.text, name.start, name.end, canonical, role.text if role else None)

    def _cut_short(self, entity: Entity, name: Span) -> bool:
        """True when ``entity`` opens the phrase ``name`` and only capitalised words that no other entity names
        follow it there ("Polda Jawa | Barat", "Pemprov DKI | Jakarta"): the recogniser cut the name short."""
        if not self.rules.cased or entity.start != name.start or entity.end >= name.end:
            return False
        if _TITLE_TAIL.fullmatch(self.text, entity.end, name.end) is None:
            return False
        k = bisect.bisect_right(self.starts, entity.start)
        return k >= len(self.entities) or self.entities[k].start >= name.end

    def _head_run_over(self, found: Party, entity: Entity) -> bool:
        """True when ``entity`` closes on the holder's name split from a person's role in ``found`` and opens before
        it on the body the role heads: an ORG, or a PERSON whose words before the name hold a body's acronym, a role
        or a body word ("Humas BNPB | Sutopo"); not a given name the split left out ("Kustini | Sri Purnomo"), nor a
        body's complement, its role naming no person ("Kementerian pertahanan | Rusia"), nor a body's own name right
        after its word ("Kepala Badan | Pangan Nasional")."""
        role, name = found.role, found.name
        if role is None or not entity.start < name.start or entity.end != name.end:
            return False
        if self.rules.context["role_nouns"].search(self.text, role.start, role.end) is None:
            return False
        last = LAST_WORD.search(self.text, entity.start, name.start)
        head = None if last is None else Span(last.group(1), last.start(1), last.end(1))
        if head is None or self._spells("org_words", head) or self._spells("role_nouns", head):
            return False  # "Kepala Badan | Pangan Nasional": the body's own name after its word, no person's
        if entity.label == "ORG" or _ACRONYM.search(self.text, entity.start, name.start) is not None:
            return True
        return any(
            self.rules.context[kind].search(self.text, entity.start, name.start) for kind in ("role_nouns", "org_words")
        )

    def _common_head(self, entity: Entity, name: Span) -> bool:
        """True when ``entity`` opens the phrase ``name`` and is, whole, a body or role word that words after it
        complete ("Пресс-служба | банка", capitalised as it opens the sentence): no name, the phrase is the party."""
        if entity.start != name.start or entity.end >= name.end:
            return False
        head = Span(entity.text, entity.start, entity.end)
        return self._spells("org_words", head) or self._spells("role_nouns", head)

    def _place_in_name(self, entity: Entity, name: Span) -> bool:
        """True when ``entity`` is a place closing the phrase ``name`` after capitalised words only ("Polda | Jawa
        Barat", "Pemprov | DKI Jakarta"): the body named by its region, not the region."""
        if not self.rules.cased or entity.label != "LOC" or not name.start < entity.start or entity.end != name.end:
            return False
        return _TITLE_HEAD.fullmatch(self.text, name.start, entity.start) is not None

    def _office(self, found: Party) -> bool:
        """True when ``found`` is an office named by its seat with no holder's name ("Panglima TNI", "Gubernur Jawa
        Tengah"): the role is the whole phrase and opens with one of the file's ``office_roles``."""
        if found.role != found.name:
            return False
        return self.rules.context["office_roles"].match(self.text, found.name.start, found.name.end) is not None

    def _holder(self, found: Party, entity: Entity) -> bool:
        """True when ``found`` is a role with no holder's name and ``entity`` is its complement, after its role
        noun ("O presidente do | Benfica", "The lawyer for | Governor Smith"): the holder denies, not the entity."""
        if found.role != found.name:
            return False
        role = self.rules.context["role_nouns"].search(self.text, found.name.start, entity.start)
        if role is None or entity.label != "PERSON":
            return role is not None
        # A person is the complement only after its marker, maybe a determiner, a title or a role ("for | Governor |
        # Smith"); after other words it is the holder's name the phrase closes on ("ministre de l'Intérieur | Gérald
        # Darmanin").
        gap = [Span(m.group(), m.start(), m.end()) for m in WORDS.finditer(self.text, role.end(), entity.start)]
        return any(self._spells("role_complements", word) for word in gap) and all(
            any(self._spells(kind, word) for kind in _COMPLEMENT_WORDS) for word in gap
        )

    def _body_of_role(self, found: Party, entity: Entity) -> bool:
        """True when ``found`` is an office (a role noun, not a spokesperson's) followed by the body it heads, the
        recogniser's ORG, in place of the holder's name ("Dirut | Pertamina", "Kepala | Dinas Kesehatan Jakarta")."""
        role, name = found.role, found.name
        if role is None or role.start >= name.start or entity.label != "ORG" or entity.start > name.start:
            return False
        context = self.rules.context
        office = context["role_nouns"].match(self.text, role.start, role.end)
        return office is not None and context["speaker_roles"].match(self.text, role.start, role.end) is None

    def _spoken_for(self, found: Party) -> str | None:
        """Return the canonical name of the body or person a speaker role with no holder's name speaks for, named
        in its phrase ("Juru bicara | KPK", "A | Kremlin | spokesman", "Lawyers for | Governor Smith"): the name an
        alert rule on that party watches, as for its statement ("The club's statement"). None for other roles (a
        club's president denies as himself) or with no name in the phrase."""
        name = found.name
        speaker = self.rules.context["speaker_roles"].search(self.text, name.start, name.end)
        if found.role != name or speaker is None:
            return None
        lo, hi = bisect.bisect_left(self.starts, name.start), bisect.bisect_left(self.starts, name.end)
        named = [e for e in self.entities[lo:hi] if e.end <= name.end]
        # A name after the role closes the phrase: one ending earlier may be cut short ("Polda Jawa | Timur").
        after = [e for e in named if e.start >= speaker.end() and e.end >= name.end - _ENTITY_SLACK]
        before = [e for e in named if e.end <= speaker.start()]
        principal = after[0] if after else before[-1] if before else None
        if principal is None:
            return None
        gap = (speaker.end(), principal.start) if after else (principal.end, speaker.start())
        between = (self.rules.context[kind].search(self.text, *gap) for kind in ("role_nouns", "org_words"))
        if principal.label != "PERSON" and any(found is not None for found in between):
            # "A spokesman for the mayor of | London", "… for the ministry in | Moscow": a place naming another role or
            # placing a body, not whom he speaks for
            return None
        return principal.canonical

    def _owner_canonical(self, found: Party) -> str | None:
        """Return the canonical name of the body a role phrase speaks for, named after a source marker ("Ein
        Sprecher von | Talbrück": Talbrück GmbH, the name alert rules use), or None when it names none."""
        if found.role != found.name:
            return None
        text = found.name.text
        marker = self.rules.context["source_markers"].search(text)
        if marker is None or self.rules.context["role_complements"].search(text, 0, marker.start()) is not None:
            return None  # "The director of the museum | in Paris": the name only places what the role belongs to
        owner = text[marker.end() :].strip()
        return self.names.canonical(owner) if owner[:1].isupper() else None

    def _denial_noun(self, span: Span) -> bool:
        """True when ``span`` is, whole, a denial noun of the file (``nouns`` trigger: "Опровержение")."""
        nouns = self.rules.triggers.get("nouns")
        found = None if nouns is None else nouns.match(self.text, span.start, span.end)
        return found is not None and found.end() == span.end

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
        if best is None:
            return None
        k = best[2]
        if k > 0 and best[0] and self._split_name(self.entities[k - 1], self.entities[k], span):
            first, last = self.entities[k - 1], self.entities[k]
            text = self.text[first.start : last.end]
            return Entity(text, last.label, first.start, last.end, f"{first.canonical} {last.canonical}")
        return spelled_out(self.text, self.entities, k)  # "Full Name (ACRONYM)"

    def _split_name(self, first: Entity, last: Entity, span: Span) -> bool:
        """True when two persons one space apart both lie in ``span``: one name the recogniser cut in two
        ("KH Ma’aruf | Amin"), not two parties, which a comma or a conjunction would separate."""
        between = self.text[first.end : last.start]
        return first.label == "PERSON" and between == " " and first.end > span.start

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
