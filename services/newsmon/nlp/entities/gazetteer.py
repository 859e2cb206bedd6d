"""The alias gazetteer: well-known names in eight languages, each tied to one English canonical name.

``resources/entities/aliases.json`` is the source, with ``gazetteer_only.json`` (forms matched but not used
as word features of the entity models). For a language, its own surface forms and the English
ones are matched (English names of organisations and places turn up in every language's news); a form
listed for the language itself wins over the English reading of the same string. A known person's surname
alone ("Putin", "Трамп") is a form of the person too, derived from the full names listed (see ``_surnames``).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import TypeVar

import orjson
from ahocorasick_rs import AhoCorasick

from newsmon.nlp.entities.tokens import tokenize
from newsmon.nlp.types import EntityLabel

# Package data, read through importlib.resources: found however newsmon is installed.
RESOURCES: Traversable = files("newsmon.nlp") / "resources" / "entities"
ALIASES = RESOURCES / "aliases.json"
GAZETTEER_ONLY = RESOURCES / "gazetteer_only.json"
GIVEN_NAMES = RESOURCES / "given_names.txt"
NAMES = RESOURCES / "names.json"
LANGUAGES = ("en", "id", "es", "fr", "ru", "de", "ar", "pt")
_T = TypeVar("_T")
_MIN_SURNAME = 4  # "Xi", "Ли" or "Kim" alone name too many people


@dataclass(frozen=True, slots=True)
class Alias:
    """A known name: its English canonical form and label."""

    canonical: str
    label: EntityLabel


@dataclass(frozen=True, slots=True)
class Match:
    """A gazetteer hit in a text: ``text[start:end]`` is a known surface form."""

    start: int
    end: int
    alias: Alias


@cache
def aliases(lang: str) -> dict[str, Alias]:
    """Return surface form -> alias for ``lang`` (its own forms, then English ones) from both alias files,
    then the surnames of the persons they list; raises OSError if a resource is missing."""
    return {**_surnames(lang), **_table(lang, GAZETTEER_ONLY.name), **_table(lang, ALIASES.name)}


@cache
def _surnames(lang: str) -> dict[str, Alias]:
    """Return surname -> person for the persons of both alias files: the last word of each full name of
    ``lang`` and English (the first where the entry says ``"family_first"``), when it has ``_MIN_SURNAME``
    letters or more and is no other listed person's surname."""
    found: dict[str, Alias | None] = {}
    for file_name in (ALIASES.name, GAZETTEER_ONLY.name):
        for form, alias in _table(lang, file_name).items():
            words = form.split()
            if alias.label != "PERSON" or len(words) < 2:
                continue
            surname = words[0] if alias.canonical in _family_first() else words[-1]
            if len(surname) >= _MIN_SURNAME and not surname[:1].islower():
                known = found.setdefault(surname, alias)
                if known is not None and known != alias:
                    found[surname] = None  # two persons of one name: neither is meant by it alone
    return {surname: alias for surname, alias in found.items() if alias is not None}


@cache
def _family_first() -> frozenset[str]:
    """Return the canonical names of the persons whose family name comes first ("Xi Jinping")."""
    entries = [entry for name in (ALIASES, GAZETTEER_ONLY) for entry in orjson.loads(name.read_bytes())["entities"]]
    return frozenset(entry["canonical"] for entry in entries if entry.get("family_first"))


@cache
def declined_aliases(lang: str) -> dict[str, Alias]:
    """Return the case forms of ``lang``'s known names that are no listed form -> their alias ("Трампом",
    "Белого дома"), by the declensions of ``resources/entities/names.json``; a form two names share is left out."""
    known = aliases(lang)
    return {form: alias for form, alias in _declined(lang, tuple(known.items())).items() if form not in known}


@cache
def declined_given_names(lang: str) -> dict[str, str]:
    """Return the case forms of the common given names (``given_names``) in ``lang`` -> the name ("Игорем" ->
    "Игорь"); {} where names do not decline."""
    return _declined(lang, tuple((name, name) for name in given_names()))


def _declined(lang: str, names: tuple[tuple[str, _T], ...]) -> dict[str, _T]:
    """Return each case form of the names of ``names`` -> its value, for the forms of one value only."""
    declension = orjson.loads(NAMES.read_bytes())["declensions"].get(lang)
    if declension is None:
        return {}
    endings: dict[str, list[str]] = declension["endings"]
    by_length = sorted((ending for ending in endings if ending), key=len, reverse=True)
    found: dict[str, _T | None] = {}
    for name, value in names:
        words = [_cases(word, endings, by_length, declension["consonants"]) for word in name.split(" ")]
        for slot in range(len(endings[""])):
            for choice in itertools.product(*(cases[slot] for cases in words)):
                declined = " ".join(choice)
                if declined != name and found.setdefault(declined, value) != value:
                    found[declined] = None
    return {form: value for form, value in found.items() if value is not None}


def _cases(word: str, endings: dict[str, list[str]], by_length: list[str], consonants: str) -> list[list[str]]:
    """Return the forms of ``word`` in each case slot (the word itself in each where it does not decline)."""
    ending = next((e for e in by_length if word.endswith(e) and len(word) > len(e)), None)
    if ending is None and word[-1:] in consonants and len(word) > 1:
        ending = ""
    if ending is None or word.isupper():
        return [[word]] * len(endings[""])
    stem = word[: len(word) - len(ending)]
    return [[stem + alternative for alternative in slot.split("|")] for slot in endings[ending]]


@cache
def _table(lang: str, file_name: str) -> dict[str, Alias]:
    """Return surface form -> alias for ``lang`` from one alias file of ``RESOURCES``."""
    entries = orjson.loads((RESOURCES / file_name).read_bytes())["entities"]
    table: dict[str, Alias] = {}
    for source in (lang, "en") if lang != "en" else ("en",):
        for entry in entries:
            alias = Alias(entry["canonical"], entry["label"])
            forms = entry.get(source, [])
            for form in [*forms, entry["canonical"]] if source == "en" else forms:
                table.setdefault(form, alias)
    return table


@cache
def _automaton(lang: str) -> tuple[AhoCorasick, list[tuple[int, Alias]]]:
    """Return the matcher of ``lang``'s forms (with their genitives, where written as one word) and, by form
    number, (length of a leading contraction that is no part of the name, alias)."""
    forms: dict[str, tuple[int, Alias]] = {}
    raw = orjson.loads(NAMES.read_bytes())
    contractions: dict[str, list[str]] = raw["contractions"].get(lang, {})
    genitive = raw["genitive_endings"].get(lang)
    for form, alias in aliases(lang).items():
        forms[form] = (0, alias)
        if genitive is not None and form[-1:].isalpha() and form[-1] not in genitive["not_after"]:
            forms.setdefault(form + genitive["ending"], (0, alias))  # "Putins Sprecher"
        for article, fused in contractions.items():
            if form.startswith(article):
                for preposition in fused:  # "du Monde": "de" + "Le Monde"
                    contracted = preposition + form[len(article) :]
                    forms.setdefault(contracted, (len(preposition), alias))
    return AhoCorasick(forms), list(forms.values())


def find_aliases(text: str, lang: str) -> list[Match]:
    """Return the known names in ``text`` as whole-word, longest, non-overlapping matches by start; a name
    whose article is fused with a preposition ("du Monde") is matched without the preposition, unless a
    capitalised word opens the phrase ("Coupe du Monde" is another name)."""
    found: list[tuple[int, int, int, Alias]] = []
    automaton, forms = _automaton(lang)
    # Every occurrence of every form, overlaps included: the checks below choose among them.
    for number, start, end in automaton.find_matches_as_indexes(text, overlapping=True):
        skip, alias = forms[number]
        if start > 0 and _is_word_char(text[start - 1]):
            continue
        if end < len(text) and _is_word_char(text[end]):
            continue
        if skip and (_after_capitalised_word(text, start) or text[end + 1 : end + 2].isupper()):
            continue  # "Coupe du Monde", "del País Vasco": the contraction is inside another name.
        found.append((start + skip, end, start, alias))
    # By start, longest first; of two forms read as one name ("du Monde" as "Monde"), the longer form first.
    found.sort(key=lambda hit: (hit[0], hit[0] - hit[1], hit[2]))
    kept: list[Match] = []
    for start, end, _, alias in found:
        if kept and start < kept[-1].end:
            continue
        kept.append(Match(start, end, alias))
    return kept


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "-"


def _after_capitalised_word(text: str, start: int) -> bool:
    """Whether the word right before ``start`` (across one space) is capitalised."""
    k = start - 1
    while k >= 0 and text[k] == " ":
        k -= 1
    while k > 0 and text[k - 1].isalnum():
        k -= 1
    return k >= 0 and k < start - 1 and text[k].isupper()


@cache
def token_classes(lang: str) -> dict[str, str]:
    """Return token -> the labels ("LOC", "ORG|PERSON" ...) of the known names it is part of in ``lang``
    (``aliases.json`` only: the word features the entity models were trained with)."""
    labels: dict[str, set[str]] = {}
    for form, alias in _table(lang, ALIASES.name).items():
        for word in tokenize(form)[0]:
            if word[:1].isupper():
                labels.setdefault(word, set()).add(alias.label)
    return {word: "|".join(sorted(found)) for word, found in labels.items()}


@cache
def given_names() -> frozenset[str]:
    """Return the common given names of ``resources/entities/given_names.txt``; raises OSError if missing."""
    lines = GIVEN_NAMES.read_text(encoding="utf-8").splitlines()
    return frozenset(name for line in lines if not line.startswith("#") for name in line.split())
