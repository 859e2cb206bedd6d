"""Institution names by their opening word, where small corpora leave the CRF unsure.

Head-first languages name institutions as "<head> <Capitalised words>": "Dewan Keamanan Rusia",
"Kedutaan Besar Rusia", "Ministerio de Defensa". The CRF, trained on a few thousand Indonesian sentences,
often tags only the country at the end ("Rusia") or nothing. A capitalised stretch opened by a head word
(``resources/entities/institutions.json``) becomes one ORG where the model found nothing or only places;
it stops before any other name the model found (a person, an organisation of its own) and never cuts
a name that runs past it.
"""

from __future__ import annotations

from functools import cache

import orjson

from newsmon.nlp.entities.gazetteer import RESOURCES

INSTITUTIONS = RESOURCES / "institutions.json"
Spans = list[tuple[int, int, str, float]]


@cache
def institution_heads(lang: str) -> frozenset[str]:
    """Return the words that open institution names in ``lang`` (empty when none are listed)."""
    return frozenset(orjson.loads(INSTITUTIONS.read_bytes()).get(lang, []))


def with_institutions(words: list[str], spans: Spans, heads: frozenset[str], bridges: frozenset[str]) -> Spans:
    """Return ``spans`` (token ranges with label and confidence) with institution names added; each
    replaces the LOC spans it covers."""
    n = len(words)
    i = 0
    while i < n - 1:
        if words[i] not in heads or not words[i + 1][:1].isupper():
            i += 1
            continue
        end = _stretch_end(words, i + 1, bridges)
        inside = [s for s in spans if s[0] < end and i < s[1]]
        others = [s for s in inside if s[2] != "LOC"]
        if others:
            end = min(s[0] for s in others)
            inside = [s for s in inside if s[1] <= end]
        if end - i >= 2 and all(i <= s[0] and s[1] <= end for s in inside):
            spans = [s for s in spans if s not in inside]
            spans.append((i, end, "ORG", 0.5))
        i = max(end, i + 1)
    spans.sort()
    return spans


def _stretch_end(words: list[str], j: int, bridges: frozenset[str]) -> int:
    """Return the end of the capitalised stretch starting at ``j`` (bridged by connector words)."""
    n = len(words)
    while j < n:
        if words[j][:1].isupper():
            j += 1
        elif words[j] in bridges and j + 1 < n and words[j + 1][:1].isupper():
            j += 2
        else:
            break
    return j
