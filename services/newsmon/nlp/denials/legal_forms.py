"""A legal form the recogniser tagged as a mention of its own ("PT Bank Rakyat Indonesia (Persero) | Tbk").

It closes the company's name written right before it and names nobody alone: a denier aligned with it would be
"Tbk", and the company's canonical name is the one without it.
"""

from __future__ import annotations

from newsmon.nlp.entities.name_forms import name_rules
from newsmon.nlp.types import Entity


def with_legal_form(text: str, entities: list[Entity], k: int, lang: str) -> Entity | None:
    """Return the entity before ``entities[k]`` (``entities`` sorted by start) widened over it when
    ``entities[k]`` is only a legal form right after that name, keeping the name's label and canonical name;
    None when it is not."""
    if k == 0:
        return None
    name, form = entities[k - 1], entities[k]
    found = name_rules(lang).legal_after.match(text, name.end)
    if found is None or found.end() != form.end or name.end > form.start:
        return None
    return Entity(text[name.start : form.end], name.label, name.start, form.end, name.canonical)
