"""Institution names by their opening word, where small corpora leave the CRF unsure.

Head-first languages name institutions as "<head> <Capitalised words>": "Dewan Keamanan Rusia",
"Kedutaan Besar Rusia", "Ministerio de Defensa". The CRF, trained on a few thousand Indonesian sentences,
often tags only the country at the end ("Rusia") or nothing. A capitalised stretch opened by a head word
(``resources/entities/institutions.json``) becomes one ORG where the model found nothing or only places;
it stops before a person (or MISC name) the model found and never cuts a name that runs past it. No
name comes of a head before a Roman numeral ("Komisi III DPR": a numbered body) or of a stretch an
organisation the model found cuts ("Dewan Pimpinan Pusat | Partai Demokrat": an organ of it):
idner-news-2k's train split tags neither (8 of 8 numbered "Komisi", every "Dewan ..." before a party).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import orjson
import regex

from newsmon.nlp.entities.gazetteer import RESOURCES

INSTITUTIONS = RESOURCES / "institutions.json"
Spans = list[tuple[int, int, str, float]]
_MAX_JOINERS = 2
_MAX_COMPLEMENTS = 4  # "Министерство | природных ресурсов и экологии"


@dataclass(frozen=True, slots=True)
class Complements:
    """A language's bodies named by a head and its complements written small (``institutions.json``)."""

    heads: regex.Pattern[str]
    form: regex.Pattern[str]
    joiners: frozenset[str]
    excluded: frozenset[str]


@cache
def institution_complements(lang: str) -> Complements | None:
    """Return the head and complement forms of ``lang``'s bodies named so, or None when none are listed."""
    raw = orjson.loads(INSTITUTIONS.read_bytes())["complements"].get(lang)
    if raw is None:
        return None
    return Complements(
        regex.compile(raw["heads"]), regex.compile(raw["form"]), frozenset(raw["joiners"]), frozenset(raw["not"])
    )


@cache
def institution_heads(lang: str) -> frozenset[str]:
    """Return the words that open institution names in ``lang`` (empty when none are listed)."""
    return frozenset(orjson.loads(INSTITUTIONS.read_bytes()).get(lang, []))


@cache
def institution_joiners(lang: str) -> frozenset[str]:
    """Return the lower-case words listed for ``lang`` that may join an institution's head to its name
    ("ministère | de la | Défense"); empty when none are listed."""
    return frozenset(orjson.loads(INSTITUTIONS.read_bytes())["joiners"].get(lang, []))


def with_institutions(
    words: list[str], spans: Spans, heads: frozenset[str], bridges: frozenset[str], joiners: frozenset[str]
) -> Spans:
    """Return ``spans`` (token ranges with label and confidence) with institution names added; each
    replaces the LOC spans (and, after a lower-case head, the ORG spans) it covers; a numbered body or an
    organ of an organisation the model found makes none. ``bridges`` (a superset of ``joiners``) may join
    capitalised words inside a name; ``joiners`` may also open it after the head ("ministère | des")."""
    n = len(words)
    i = 0
    while i < n - 1:
        if words[i] not in heads or not (words[i + 1][:1].isupper() or words[i + 1] in joiners):
            i += 1
            continue
        end = _stretch_end(words, i + 1, bridges)
        if end == i + 1:
            i += 1
            continue
        if _roman(words[i + 1]):
            i += 2  # "Komisi III (DPR)": a numbered body, which train tags no name
            continue
        inside = [s for s in spans if s[0] < end and i < s[1]]
        # After a lower-case head, an organisation inside the stretch is its complement ("ministerio de |
        # Defensa"); a capitalised head the model has seen in names, and its reading of them stands.
        lower = words[i][:1].islower()
        others = [s for s in inside if s[2] != "LOC" and not (lower and s[2] == "ORG" and s[1] <= end)]
        if others:
            first = min(others)
            if first[2] == "ORG":
                # An organisation cuts the stretch: the words before it name one of its organs ("Dewan
                # Pimpinan Pusat | Partai Demokrat"), which train tags no name of its own.
                i += 1
                continue
            end = first[0]
            while end > i + 1 and words[end - 1] in bridges:
                end -= 1  # "Ministerio de | Rafael Cortés": the joiner is no part of the head
            inside = [s for s in inside if s[1] <= end]
        if end - i >= 2 and all(i <= s[0] and s[1] <= end for s in inside):
            spans = [s for s in spans if s not in inside]
            spans.append((i, end, "ORG", 0.5))
        i = max(end, i + 1)
    spans.sort()
    return spans


def _roman(word: str) -> bool:
    """Return True when ``word`` is a Roman numeral up to the thirties ("III", "VII", "XI")."""
    return word.strip("IVX") == ""


def _stretch_end(words: list[str], j: int, bridges: frozenset[str]) -> int:
    """Return the end of the capitalised stretch starting at ``j``, bridged by up to two connector words
    ("de la"); ``j`` itself when no capitalised word follows."""
    n = len(words)
    while j < n:
        if words[j][:1].isupper():
            j += 1
            continue
        k = j
        while k < n and k - j < _MAX_JOINERS and words[k] in bridges:
            k += 1
        if k == j or k >= n or not words[k][:1].isupper():
            break
        j = k + 1
    return j


def with_complements(words: list[str], spans: Spans, rules: Complements) -> Spans:
    """Return ``spans`` with each ORG span that closes on a head ("Министерства") run on over the complements in
    the genitive after it ("обороны", "иностранных дел", "образования и науки") and a place right after them
    ("России"): the body's name, which the model cut at its head."""
    grown: dict[int, tuple[int, int, str, float]] = {}
    for k, (first, end, label, confidence) in enumerate(spans):
        if label != "ORG" or not rules.heads.fullmatch(words[end - 1]):
            continue
        stop = _complements_end(words, end, rules)
        place = next((s for s in spans if s[0] == stop and s[2] == "LOC"), None) if stop > end else None
        if stop > end:
            grown[k] = (first, place[1] if place is not None else stop, label, confidence)
    # The words the name now covers were no name, or a place of its own ("России"): the grown span replaces them.
    kept = [grown.get(k, span) for k, span in enumerate(spans)]
    return [s for k, s in enumerate(kept) if k in grown or not any(a <= s[0] < b for a, b, _, _ in grown.values())]


def _complements_end(words: list[str], k: int, rules: Complements) -> int:
    """Return the end of the run of complement words starting at ``k`` (``k`` itself when none starts there)."""
    end, count = k, 0
    while end < len(words) and count < _MAX_COMPLEMENTS:
        joined = words[end] in rules.joiners and end > k and end + 1 < len(words)
        at = end + 1 if joined else end
        if words[at] in rules.excluded or not rules.form.fullmatch(words[at]):
            break
        end, count = at + 1, count + 1
    return end
