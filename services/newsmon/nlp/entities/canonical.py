"""Canonical names: one name per party, the same in every mention of an article and in every article.

The canonical name is what an alert rule names, so it must not depend on how one sentence happens to
phrase it. General rules (their word lists per language are in ``resources/entities/names.json``):

- a leading determiner, a possessive, quotation marks and an acronym in brackets after the name are no
  part of it ("The Kremlin", "A Petrobras", "Komisi Pemberantasan Korupsi (KPK)"); a name written with a
  lower-case head ("ministère des Armées") opens with a capital, as it does at the start of a sentence;
- a bare name that is a known alias takes the alias's canonical name, whatever the case of a headline;
- in one article, forms that differ only by case or a legal form ("Rheinwerk" / "Rheinwerk AG") name one
  party, called by its fullest form; an acronym in brackets right after a name ("Komisi Pemberantasan
  Korupsi (KPK)") names the same party as that name, and a known alias of either names both.

What the rules cannot know (that "Kemenkes" is "Kementerian Kesehatan" in an article that never says
so, that "Песков" is "Dmitry Peskov") belongs in the alias gazetteer.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from newsmon.nlp.entities.agencies import agency_shapes
from newsmon.nlp.entities.gazetteer import aliases
from newsmon.nlp.entities.name_forms import (
    BRACKETED_ACRONYM,
    abbreviates,
    bare_name,
    capitalised,
    core_key,
    head_first,
    known_alias,
    ministry_short_form,
    name_rules,
    nominative,
    stems,
)
from newsmon.nlp.entities.resolve import clean_surface
from newsmon.nlp.types import Entity, EntityLabel

_MAX_NAME_WORDS = 6
_BRACKET_GAP = 3  # " (" and a stray space


class _Groups:
    """Keys of one article's names joined into parties (a union-find over a few dozen keys)."""

    def __init__(self) -> None:
        self._parent: dict[str, str] = {}

    def root(self, key: str) -> str:
        """Return the key that stands for the party of ``key``."""
        parent = self._parent.setdefault(key, key)
        while parent != key:
            grand = self._parent[parent]
            self._parent[key] = grand
            key, parent = parent, grand
        return key

    def join(self, left: str, right: str) -> None:
        """Make ``left`` and ``right`` one party."""
        self._parent[self.root(left)] = self.root(right)


def canonical_entities(text: str, entities: list[Entity], lang: str) -> list[Entity]:
    """Return ``entities`` (same spans, same order) with canonical names settled across the article.

    A canonical name already resolved (an alias, a person's full name) stays; any other is the mention's
    bare name, or the alias it is a form of (which also gives the label). Mentions of one party (same key,
    or an acronym and the name it follows in brackets) all take the party's name: a known alias's, else
    the longest form. A mention whose bare name has an agency's shape is an ORG. Never raises.
    """
    if not entities:
        return entities
    groups = _Groups()
    seen: dict[tuple[str, str, str], _Reading] = {}  # an article repeats its names: each is read once
    readings: list[_Reading] = []
    for entity in entities:
        reading = seen.get((entity.text, entity.canonical, entity.label))
        if reading is None:
            reading = _read(entity, lang)
            seen[entity.text, entity.canonical, entity.label] = reading
            if reading.name != reading.bare:
                groups.join(reading.key, core_key(reading.name, lang))
            for stem in stems(reading.key, lang):
                groups.join(stem, reading.key)
            for short in (reading.acronym, reading.ministry):
                if short is not None and known_alias(short, lang) is None:  # "Ministério do Brasil" is no "Brasil"
                    groups.join(core_key(short, lang), reading.key)
        readings.append(reading)
    _join_bracketed(text, entities, readings, groups)
    shortest = name_rules(lang).case_ending is not None
    if shortest:
        _join_surnames(list(seen.values()), groups, lang)
    best: dict[str, _Reading] = {}
    for reading in seen.values():
        root = groups.root(reading.key)
        if root not in best or _rank(reading, shortest) > _rank(best[root], shortest):
            best[root] = reading
    # A ministry named by its complement alone ("Armées") is the ministry, not a place or a person.
    ministries = {groups.root(reading.key) for reading in seen.values() if reading.ministry is not None}
    settled = []
    for entity, reading in zip(entities, readings, strict=True):
        root = groups.root(reading.key)
        canonical = capitalised(best[root].name, lang)
        # Where names decline, the cases of one name are one party of one type: its nominative's.
        label = "ORG" if root in ministries else best[root].label if shortest else reading.label
        if canonical != entity.canonical or label != entity.label:
            entity = replace(entity, label=label, canonical=canonical)
        settled.append(entity)
    return settled


def _rank(reading: _Reading, shortest: bool) -> tuple[bool, int, int]:
    """A known name first, then the longest form (where names decline: the one of most words, of those the
    shortest, the nominative as a rule)."""
    if shortest:
        return reading.known, reading.name.count(" "), -len(reading.name)
    return reading.known, 0, len(reading.name)


def _join_surnames(readings: list[_Reading], groups: _Groups, lang: str) -> None:
    """Join a name of one word with the person whose full name ends in a case form of it ("Сечина" after
    "Игорь Сечин"), where names decline (elsewhere ``resolve.settle`` joins the exact words)."""
    last_words: dict[str, str] = {}
    for reading in readings:
        if reading.label == "PERSON" and not reading.known and " " in reading.name:
            surname = core_key(reading.name.rsplit(" ", 1)[1], lang)
            for stem in stems(surname, lang):
                last_words.setdefault(stem, reading.key)
    for reading in readings:
        if not reading.known and " " not in reading.name:  # whatever the model took it for
            full = next((last_words[stem] for stem in stems(reading.key, lang) if stem in last_words), None)
            if full is not None:
                groups.join(reading.key, full)


@dataclass(slots=True)
class _Reading:
    """What one mention's text says of its party: bare name, key, best name, whether that name is known
    (an alias, a resolved person), the label, the acronym it introduces in brackets and, for a ministry,
    the complement that names it alone."""

    bare: str
    key: str
    name: str
    known: bool
    label: EntityLabel
    acronym: str | None
    ministry: str | None

    # Written out for mypyc, as ``resolve.Mention``'s.
    def __init__(
        self, bare: str, key: str, name: str, known: bool, label: EntityLabel, acronym: str | None, ministry: str | None
    ) -> None:
        self.bare = bare
        self.key = key
        self.name = name
        self.known = known
        self.label = label
        self.acronym = acronym
        self.ministry = ministry


def _read(entity: Entity, lang: str) -> _Reading:
    bare = bare_name(entity.text, lang)
    known = entity.canonical != clean_surface(entity.text)
    name, label = (entity.canonical if known else bare), entity.label
    if known and entity.canonical not in aliases(lang):
        name = bare_name(name, lang)  # a person's full name the model read with its article ("O Ministério")
    ministry = ministry_short_form(bare, lang)
    if ministry is not None:
        label = "ORG"
    shapes = agency_shapes(lang)
    if bare != entity.text and label != "ORG" and shapes is not None and shapes.fullmatch(bare):
        label = "ORG"  # "O STF": an agency behind a determiner
    if not known:
        alias = known_alias(bare, lang)
        if alias is not None:
            name, known = alias.canonical, True
            # In capitals the model's type stands: a sports table's "NEW YORK" is a team.
            label = label if bare.isupper() else alias.label
    if not known:
        name = head_first(bare, lang)
    if not known and label == "PERSON":
        name = nominative(name, lang)
        alias = known_alias(name, lang) if name != bare else None
        if alias is not None:
            name, known = alias.canonical, True
    acronym = None
    if entity.text.endswith(")"):
        bracket = BRACKETED_ACRONYM.search(entity.text)
        if bracket is not None and bracket.end() == len(entity.text) and abbreviates(bracket.group(1), bare):
            acronym = bracket.group(1)
    key = core_key(name if not known else bare, lang) or bare
    return _Reading(bare, key, name, known, label, acronym, ministry)


def _join_bracketed(text: str, entities: list[Entity], readings: list[_Reading], groups: _Groups) -> None:
    """Join each mention followed by an acronym of it in brackets ("Kementerian Kesehatan (Kemenkes)") with
    that acronym's mentions."""
    for k, entity in enumerate(entities[:-1]):
        after = entities[k + 1]
        if (
            after.start - entity.end > _BRACKET_GAP
            or text[entity.end : after.start].strip() != "("
            or text[after.end : after.end + 1] != ")"
        ):
            continue
        if abbreviates(after.text, readings[k].bare):
            groups.join(readings[k + 1].key, readings[k].key)


class ArticleNames:
    """The canonical names of one article, for names that are no entity (a denier phrase): built once
    from the article's settled entities, asked once per denier."""

    def __init__(self, text: str, entities: list[Entity], lang: str) -> None:
        self.text = text
        self.lang = lang
        self._entities = entities
        # Built on the first question: most articles with a denial candidate never ask one, and reading
        # every entity's name costs about 5 % of ``analyze`` on real news.
        self._keys: dict[str, str] | None = None
        self._fuller: dict[str, str] = {}

    @property
    def _by_key(self) -> dict[str, str]:
        """Return key (and stem) of each entity's name, acronym and ministry short form -> its canonical name."""
        if self._keys is not None:
            return self._keys
        lang = self.lang
        by_key: dict[str, str] = {}
        for entity in self._entities:
            bare = bare_name(entity.text, lang)
            key = core_key(bare, lang)
            for stem in (key, *stems(key, lang)):
                by_key.setdefault(stem, entity.canonical)
            by_key.setdefault(core_key(entity.canonical, lang), entity.canonical)
            bracket = BRACKETED_ACRONYM.search(entity.text)
            if bracket is not None and bracket.end() == len(entity.text):
                by_key.setdefault(core_key(bracket.group(1), lang), entity.canonical)
            short = ministry_short_form(bare, lang)
            if short is not None and known_alias(short, lang) is None:
                by_key.setdefault(core_key(short, lang), entity.canonical)
        self._keys = by_key
        return by_key

    def canonical(self, surface: str) -> str:
        """Return the canonical name of the phrase ``surface``: a known alias, the name of the entity of
        the same party, the fullest form the article gives it ("Rheinwerk" -> "Rheinwerk AG"), else the
        phrase's bare name."""
        bare = bare_name(surface, self.lang)
        alias = known_alias(bare, self.lang)
        if alias is not None:
            return alias.canonical
        bare = head_first(bare, self.lang)
        key = core_key(bare, self.lang)
        by_key = self._by_key
        for stem in (key, *stems(key, self.lang)):
            if stem in by_key:
                return by_key[stem]
        if len(bare.split()) > _MAX_NAME_WORDS:
            return bare
        if not bare[:1].isupper():
            return capitalised(bare, self.lang)
        if bare not in self._fuller:
            self._fuller[bare] = self._with_legal_form(bare)
        return self._fuller[bare]

    def _with_legal_form(self, name: str) -> str:
        """Return ``name`` with the legal form the article writes after it somewhere, else ``name``."""
        legal_after = name_rules(self.lang).legal_after
        position = self.text.find(name)
        while position >= 0:
            end = position + len(name)
            found = legal_after.match(self.text, end)
            if found is not None and (position == 0 or not self.text[position - 1].isalnum()):
                return name + self.text[end : found.end()].removeprefix(",")
            position = self.text.find(name, end)
        return name
