"""A name with its acronym in parentheses ("Servicio Andaluz de Salud (SAS)"): one party, named by both.

News introduces a body by its full name and its acronym together; a denier aligned with either entity alone
loses the other spelling, which is the one a reader (or an annotator) may have chosen.
"""

from __future__ import annotations

import regex

from newsmon.nlp.entities.name_forms import abbreviates
from newsmon.nlp.types import Entity

_OPENING = regex.compile(r"\s*\(\s*")
_CLOSING = regex.compile(r"\s*\)")


def spelled_out(text: str, entities: list[Entity], k: int) -> Entity:
    """Return entity ``entities[k]`` (``entities`` sorted by start) widened to "Full Name (ACRONYM)" when the
    entity before it is the full name and it is the acronym in parentheses, or when it is the full name and the
    acronym follows in parentheses; the canonical name is the full name's. Otherwise ``entities[k]`` itself."""
    entity = entities[k]
    if k > 0 and _abbreviates(text, entities[k - 1], entity):
        return _joined(text, entities[k - 1], entity)
    if k + 1 < len(entities) and _abbreviates(text, entity, entities[k + 1]):
        return _joined(text, entity, entities[k + 1])
    return entity


def _abbreviates(text: str, full: Entity, acronym: Entity) -> bool:
    """True when ``acronym`` is a one-word upper-case mention in parentheses right after ``full`` and stands for
    it (the entity pass's test, which already gave both one canonical name)."""
    opening = _OPENING.match(text, full.end, acronym.start)
    closing = _CLOSING.match(text, acronym.end)
    return (
        opening is not None
        and opening.end() == acronym.start
        and closing is not None
        and acronym.text.isupper()
        and " " not in acronym.text
        and " " in full.text
        and abbreviates(acronym.text, full.text)
    )


def _joined(text: str, full: Entity, acronym: Entity) -> Entity:
    end = _CLOSING.match(text, acronym.end)
    assert end is not None  # checked by _abbreviates
    return Entity(text[full.start : end.end()], full.label, full.start, end.end(), full.canonical)
