"""A legal form the model tags as a mention of its own ("PT Bank Rakyat Indonesia (Persero) | Tbk").

It closes the company's name written right before it and names nobody alone: the two are one mention, with the
name's label and canonical name (the one without the form), so that neither a denier nor an entity facet is "Tbk".
"""

from __future__ import annotations

from newsmon.nlp.entities.name_forms import name_rules
from newsmon.nlp.types import Entity


def with_legal_forms(text: str, entities: list[Entity], lang: str) -> list[Entity]:
    """Return ``entities`` (sorted by start) with each one that is only a legal form right after the name before
    it merged into that name."""
    legal_after = name_rules(lang).legal_after
    merged: list[Entity] = []
    for entity in entities:
        name = merged[-1] if merged else None
        if name is not None and name.end <= entity.start:
            found = legal_after.match(text, name.end)
            if found is not None and found.end() == entity.end:
                merged[-1] = Entity(text[name.start : entity.end], name.label, name.start, entity.end, name.canonical)
                continue
        merged.append(entity)
    return merged
