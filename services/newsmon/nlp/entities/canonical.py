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

import itertools
import unicodedata
from dataclasses import dataclass, replace
from functools import cache

import orjson
import regex

from newsmon.nlp.entities.agencies import agency_shapes
from newsmon.nlp.entities.gazetteer import NAMES, Alias, aliases, declined_aliases, declined_given_names, given_names
from newsmon.nlp.entities.patterns import institution_heads, institution_joiners
from newsmon.nlp.entities.resolve import clean_surface
from newsmon.nlp.types import Entity, EntityLabel

_QUOTES = "\"'“”„«»‘’`"
_BRACKETED = regex.compile(r"\s*\(\s*(\p{Lu}[\p{L}\d&.-]{1,15})\s*\)")
_KEY_NOISE = regex.compile(r"[\s.,'’\"“”«»-]+")
_DOUBLED = regex.compile(r"(\p{L})\1+")
_WORD_GAPS = regex.compile(r"[\s-]+")
_MAX_NAME_WORDS = 6
_MAX_DECLINED_WORDS = 3
_BRACKET_GAP = 3  # " (" and a stray space
# Latin letters with diacritics -> their base letters ("Pérez" and "Perez", "Erdoğan" and "Erdogan" are one
# name in an article); other scripts keep theirs (Cyrillic "й" is no "и").
_LATIN_BASE = {
    code: base
    for code in range(0xC0, 0x250)
    if (base := "".join(ch for ch in unicodedata.normalize("NFKD", chr(code)) if not unicodedata.combining(ch)))
    != chr(code)
    and base.isascii()
}


@dataclass(frozen=True, slots=True)
class NameRules:
    """One language's compiled rules: a leading determiner, legal forms before and after a name, a
    ministry's head with its joiners ("Ministerio de | Defensa"), case endings, bodies named head last and
    the case endings of surnames with their nominative ones."""

    determiner: regex.Pattern[str] | None
    legal_before: regex.Pattern[str]
    legal_after: regex.Pattern[str]
    ministry: regex.Pattern[str] | None
    case_ending: regex.Pattern[str] | None
    inverted: regex.Pattern[str] | None
    complements: dict[str, str]
    surname_cases: tuple[tuple[regex.Pattern[str], str], ...]
    man_cases: tuple[tuple[regex.Pattern[str], str], ...]
    woman_cases: tuple[tuple[regex.Pattern[str], str], ...]


@cache
def name_rules(lang: str) -> NameRules:
    """Return the compiled name rules of ``lang``; raises OSError if the resource is missing."""
    raw = orjson.loads(NAMES.read_bytes())
    words = raw["determiners"].get(lang, [])
    # An elided article ("l'") joins its name without a space.
    spaced = [regex.escape(w) + ("" if w[-1] in "'’" else r"\s+") for w in words]
    determiner = regex.compile(r"(?i:" + "|".join(spaced) + r")(?=\w)") if words else None
    legal = raw["legal_forms"]
    before = "|".join(regex.escape(form) for form in legal["before"])
    after = "|".join(regex.escape(form) for form in sorted(legal["after"], key=len, reverse=True))
    bodies = raw["inverted_bodies"].get(lang, {})
    surnames = raw["surname_cases"].get(lang, {})
    inverted = "|".join(bodies.get("heads", []))
    heads = raw["ministries"].get(lang, [])
    endings = sorted(raw["case_endings"].get(lang, []), key=len, reverse=True)
    joiners = "|".join(regex.escape(w) for w in sorted(institution_joiners(lang), key=len, reverse=True))
    ministry = (
        regex.compile(rf"(?:{'|'.join(heads)})\s+(?:(?:{joiners})(?:\s+|(?<=['’])))*(?=\p{{Lu}})") if heads else None
    )
    return NameRules(
        determiner,
        regex.compile(rf"(?:{before})\s+(?=\p{{Lu}}|\d|[«\"“])"),
        regex.compile(rf",?\s+(?:{after})(?![\w.])"),
        ministry,
        regex.compile(rf"(?<=\w{{4}})(?:{'|'.join(endings)})$") if endings else None,
        regex.compile(rf"(\p{{Lu}}[\p{{L}}-]+) ({inverted})") if inverted else None,
        bodies.get("complements", {}),
        _endings(surnames.get("always", [])),
        _endings(surnames.get("man", [])),
        _endings(surnames.get("woman", [])),
    )


def _endings(pairs: list[list[str]]) -> tuple[tuple[regex.Pattern[str], str], ...]:
    """Return [ending pattern, replacement] pairs compiled to match at the end of a word of 4+ letters."""
    return tuple((regex.compile(rf"(?<=\w{{3}}){ending}$"), to) for ending, to in pairs)


def head_first(name: str, lang: str) -> str:
    """Return the head-first form of a body named by one word before its head ("Defence Ministry" ->
    "Ministry of Defence", "Foreign Ministry" -> "Ministry of Foreign Affairs"), else ``name``."""
    rules = name_rules(lang)
    found = rules.inverted.fullmatch(name) if rules.inverted is not None else None
    if found is None:
        return name
    complement = rules.complements.get(found.group(1), found.group(1))
    return f"{found.group(2)} of {complement}"


def nominative(name: str, lang: str) -> str:
    """Return the person's name ``name`` with each word whose form says so in the nominative ("Игорем
    Сечиным" -> "Игорь Сечин", "Андрея Вознесенского" -> "Андрей Вознесенский", "Аллы Пугачёвой" -> "Алла
    Пугачёва"; see ``surname_cases`` in ``names.json``); other words, and names of a language whose names
    do not decline, as they are."""
    rules = name_rules(lang)
    if not rules.surname_cases:
        return name
    words = name.split(" ")
    settled = _to_nominative(words, rules.surname_cases, set())
    given = declined_given_names(lang)
    man = False
    for k, word in enumerate(words):
        nominative = given.get(word)
        # "Александра", "Евгения": a man's name in the genitive, or a woman's name, unless the surname says.
        if nominative is not None and (settled or not (word[-1] in "ая" and nominative[-1] not in "ая")):
            words[k] = nominative
            settled.add(k)
            man = man or nominative[-1] not in "ая"
    if man:
        _to_nominative(words, rules.man_cases, settled)
    woman = max((k for k in settled if words[k][-1] in "ая" and words[k] not in given_names()), default=0)
    if woman:
        _to_nominative(words, rules.woman_cases, settled | set(range(woman, len(words))))
    return " ".join(words)


def _to_nominative(words: list[str], cases: tuple[tuple[regex.Pattern[str], str], ...], skip: set[int]) -> set[int]:
    """Put each word of ``words`` (but those at ``skip``) that one of ``cases`` ends in its nominative;
    return the positions of the words it changed."""
    changed = set()
    for k, word in enumerate(words):
        for ending, replacement in cases if k not in skip else ():
            found = ending.search(word)
            if found is not None:
                words[k] = word[: found.start()] + replacement
                changed.add(k)
                break
    return changed


def ministry_short_form(bare: str, lang: str) -> str | None:
    """Return what names the ministry ``bare`` on its own ("Defensa" for "Ministerio de Defensa"), or None
    when ``bare`` is no ministry's name."""
    pattern = name_rules(lang).ministry
    found = pattern.match(bare) if pattern is not None else None
    return bare[found.end() :] if found is not None and found.end() < len(bare) else None


def bare_name(surface: str, lang: str) -> str:
    """Return ``surface`` without white-space runs, a leading determiner, a possessive, enclosing quotation
    marks or an acronym in brackets after it ("The Kremlin's" -> "Kremlin"); never empty for a non-blank
    ``surface`` (a determiner alone stays)."""
    name = " ".join(surface.split())
    for suffix in ("'s", "’s"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    bracket = _BRACKETED.search(name)
    if bracket is not None and bracket.end() == len(name) and bracket.start() > 0:
        name = name[: bracket.start()]
    rules = name_rules(lang)
    if rules.determiner is not None:
        found = rules.determiner.match(name)
        if found is not None and found.end() < len(name):
            name = name[found.end() :]
    stripped = name.strip(_QUOTES + " ")
    return stripped or name


def core_key(name: str, lang: str) -> str:
    """Return the key two forms of one name share in an article: ``name`` case-folded, without legal forms,
    punctuation and the diacritics of Latin letters ("Rheinwerk AG" and "RHEINWERK" -> "rheinwerk")."""
    if name.isalpha():
        return name.casefold().translate(_LATIN_BASE)  # one plain word: no legal form, no punctuation
    rules = name_rules(lang)
    found = rules.legal_after.search(name)
    if found is not None and found.end() == len(name) and found.start() > 0:
        name = name[: found.start()]
    opening = rules.legal_before.match(name)
    if opening is not None:
        name = name[opening.end() :]
    return _KEY_NOISE.sub(" ", name).strip().casefold().translate(_LATIN_BASE)


def stems(key: str, lang: str) -> list[str]:
    """Return the keys ``key`` may share with another case of the same name in a language that declines
    names: each word as it is or without one ending it may carry ("газпрома" -> "газпрома", "газпром";
    "газпром" -> "газпром", "газпр"); [] where names do not decline or the name is too long to vary."""
    ending = name_rules(lang).case_ending
    words = key.split()
    if ending is None or len(words) > _MAX_DECLINED_WORDS:
        return []
    options = []
    for word in words:
        found = ending.search(word)
        options.append((word, word[: found.start()]) if found is not None else (word,))
    return [" ".join(choice) for choice in itertools.product(*options)]


def name_key(name: str) -> str:
    """Return the key spellings of one name in any script share across articles: case-folded, without the
    diacritics of Latin letters, Cyrillic transliterated, spelling variants folded, doubled letters once,
    punctuation as spaces ("Алексей Навальный", "Alexei Navalny" -> "aleksei navalni")."""
    rules = _transliteration()
    folded = rules.initial.sub(lambda found: rules.initial_forms[found.group()], name.casefold())
    folded = rules.spellings.sub(lambda found: rules.spelling_forms[found.group()], folded.translate(rules.letters))
    return " ".join(_KEY_NOISE.sub(" ", _DOUBLED.sub(r"\1", folded)).split())


@dataclass(frozen=True, slots=True)
class _Transliteration:
    """``names.json``'s transliteration, compiled: word-initial letters written otherwise, the letter table
    (Latin diacritics included) and the Latin spellings to fold."""

    initial: regex.Pattern[str]
    initial_forms: dict[str, str]
    letters: dict[int, str]
    spellings: regex.Pattern[str]
    spelling_forms: dict[str, str]


@cache
def _transliteration() -> _Transliteration:
    raw = orjson.loads(NAMES.read_bytes())["transliteration"]
    letters = {**_LATIN_BASE, **{ord(letter): latin for letter, latin in raw["letters"].items()}}
    initial = regex.compile(r"(?<!\w)(?:" + "|".join(raw["word_initial"]) + ")")
    spellings = regex.compile("|".join(regex.escape(form) for form in raw["spellings"]))
    return _Transliteration(initial, raw["word_initial"], letters, spellings, raw["spellings"])


def known_alias(name: str, lang: str) -> Alias | None:
    """Return the alias ``name`` is a form of in ``lang`` (case-insensitively when it is written in capitals,
    as headlines are; in any case form where names decline: "Трампом" is "Трамп"), else None."""
    found = aliases(lang).get(name)
    if found is None and name.isupper():
        found = _folded_aliases(lang).get(name.casefold())
    if found is None:
        found = declined_aliases(lang).get(name)
    return found


def is_given_name(word: str, lang: str) -> bool:
    """Return whether ``word`` is a common given name in any case form of ``lang`` ("Дмитрий", "Игорем")."""
    return word in given_names() or word in declined_given_names(lang)


@cache
def _folded_aliases(lang: str) -> dict[str, Alias]:
    table: dict[str, Alias] = {}
    for form, alias in aliases(lang).items():
        table.setdefault(form.casefold(), alias)
    return table


def _capitalised(name: str, lang: str) -> str:
    """Return ``name`` opening with a capital when it opens with an institution's head written in lower
    case ("ministère des Armées"), as it is when it opens a sentence; other names as they are ("de Gaulle")."""
    if not name[:1].islower():
        return name
    head = name.split(" ", 1)[0]
    capital = head[:1].upper() + head[1:]
    return capital + name[len(head) :] if capital in institution_heads(lang) else name


def abbreviates(acronym: str, name: str) -> bool:
    """Return whether ``acronym`` can stand for ``name``: its capitals are, in order, initials of the
    name's words and the first is the first word's ("KPK" for "Komisi Pemberantasan Korupsi", "Kemenkes"
    for "Kementerian Kesehatan"; not "Rusia" for "Moskow")."""
    capitals = [ch for ch in acronym if ch.isupper()]
    initials = [word[0].upper() for word in _WORD_GAPS.split(name) if word]
    if not capitals or not initials or capitals[0] != initials[0]:
        return False
    k = 1
    for initial in initials[1:]:
        if k < len(capitals) and capitals[k] == initial:
            k += 1
    return k == len(capitals)


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
        canonical = _capitalised(best[root].name, lang)
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
        bracket = _BRACKETED.search(entity.text)
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
            bracket = _BRACKETED.search(entity.text)
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
            return _capitalised(bare, self.lang)
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
