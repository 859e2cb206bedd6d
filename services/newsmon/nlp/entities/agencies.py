"""Agencies and ministries by the shape of their abbreviation, where the model types them as people or places.

Indonesian news names bodies by syllable abbreviations ("Kemenkes", "Pemkab Garut", "Polda Metro",
"Basarnas") that a CRF trained on a few thousand sentences reads as a person or a place, or joins with the
next name ("BNPB dan Kemenkes"). ``resources/entities/agencies.json`` lists the shapes per language; a
mention of one of them is an ORG, whatever the model said.
"""

from __future__ import annotations

from functools import cache

import orjson
import regex

from newsmon.nlp.entities.gazetteer import RESOURCES
from newsmon.nlp.types import Entity

AGENCIES = RESOURCES / "agencies.json"
_JOINED = regex.compile(r"(.+?)(\s*,\s*|\s+(?:dan|and|serta|&)\s+)(.+)")


@cache
def agency_shapes(lang: str) -> regex.Pattern[str] | None:
    """Return the pattern of agency abbreviations in ``lang`` (whole words), or None when none are listed."""
    shapes = orjson.loads(AGENCIES.read_bytes()).get(lang, [])
    if not shapes:
        return None
    return regex.compile(r"(?<![\w-])(?:" + "|".join(shapes) + r")(?![\w-])")


def with_agencies(text: str, entities: list[Entity], shapes: regex.Pattern[str]) -> list[Entity]:
    """Return ``entities`` (sorted by start) with every agency-shaped name an ORG of its own.

    A mention that is exactly the name is retyped ORG; one that holds the name and a conjunction ("BNPB
    dan Kemenkes") is split into the name and the rest; a name no mention touches is added with its own
    text as canonical name. A longer mention that merely contains the name ("Juru Bicara Kemenkes") stays.
    """
    found = list(entities)
    for match in shapes.finditer(text):
        start, end = match.span()
        inside = [e for e in found if e.start < end and start < e.end]
        if not inside:
            found.append(Entity(match.group(), "ORG", start, end, match.group()))
            continue
        if len(inside) > 1:
            continue
        entity = inside[0]
        if (entity.start, entity.end) == (start, end):
            found[found.index(entity)] = Entity(entity.text, "ORG", start, end, entity.canonical)
        elif entity.start <= start and end <= entity.end:
            found[found.index(entity) : found.index(entity) + 1] = _split(text, entity, start, end)
    found.sort(key=lambda e: e.start)
    return found


def _split(text: str, entity: Entity, start: int, end: int) -> list[Entity]:
    """Return ``entity`` cut into its two coordinated names when the agency name ``[start, end)`` is one
    of them ("BNPB | dan | Kemenkes"), else ``[entity]``."""
    found = _JOINED.fullmatch(entity.text)
    if found is None:
        return [entity]
    left = (entity.start, entity.start + found.end(1))
    right = (entity.start + found.start(3), entity.end)
    if (start, end) not in (left, right):
        return [entity]
    return [
        Entity(text[lo:hi], "ORG" if (lo, hi) == (start, end) else entity.label, lo, hi, text[lo:hi])
        for lo, hi in (left, right)
    ]
