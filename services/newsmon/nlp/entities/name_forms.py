"""The forms of one name on its own: its bare form (no determiner, quotes or bracketed acronym), its nominative,
its head first, the keys that match its spellings across mentions, languages and scripts, and its known alias.

``canonical`` groups the mentions of an article with them; the word lists per language are in
``resources/entities/names.json``.
"""

from __future__ import annotations

import itertools
import unicodedata
from dataclasses import dataclass
from functools import cache

import orjson
import regex

from newsmon.nlp.entities.gazetteer import NAMES, Alias, aliases, declined_aliases, declined_given_names, given_names
from newsmon.nlp.entities.patterns import institution_heads, institution_joiners

_QUOTES = "\"'“”„«»‘’`"
BRACKETED_ACRONYM = regex.compile(r"\s*\(\s*(\p{Lu}[\p{L}\d&.-]{1,15})\s*\)")
_KEY_NOISE = regex.compile(r"[\s.,'’\"“”«»-]+")
_DOUBLED = regex.compile(r"(\p{L})\1+")
_WORD_GAPS = regex.compile(r"[\s-]+")
_MAX_DECLINED_WORDS = 3
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
    bracket = BRACKETED_ACRONYM.search(name)
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


def capitalised(name: str, lang: str) -> str:
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
