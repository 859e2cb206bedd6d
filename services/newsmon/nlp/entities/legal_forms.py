"""Companies named with a legal form ("PT Bank Rakyat Indonesia (Persero) Tbk", "Rheinwerk GmbH", "ООО «Вектор»").

A legal form names nobody alone: the model may tag it as a mention of its own ("PT" | "Sri Rejeki Isman Tbk",
"PT Pupuk Sentosa (Persero)" | "Tbk"); it is part of the company's name, and the name it opens or closes is a
company whatever else the model read in it ("Sri Rejeki Isman Tbk" is no person), so that neither a denier nor an
entity facet is "PT", "Tbk" or a person.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from newsmon.nlp.entities.name_forms import name_rules
from newsmon.nlp.types import Entity

_BRACKETED = regex.compile(r"\(\p{Lu}[^()\s]*\)")  # a short name in brackets as one token: "(Sritex)"


def as_companies(text: str, entities: list[Entity], lang: str) -> list[Entity]:
    """Return ``entities`` (sorted by start) with each company named with a legal form one ORG mention: a form
    before the name tagged alone joins the name right after it ("PT | Sri Rejeki Isman Tbk"), and so does a short
    name in brackets right after the company ("… Tbk | (Sritex)"); a name a legal form opens or closes is ORG, and
    so is that short name wherever else it stands."""
    rules = name_rules(lang)
    merged: list[Entity] = []
    for entity in entities:
        last = merged[-1] if merged else None
        if last is not None and text[last.end : entity.start] == " ":
            form = _form_alone(text, last, rules.legal_before)
            company = rules.legal_before.match(last.text) is not None or _company(text, last, rules.legal_after)
            if form or (company and _BRACKETED.fullmatch(entity.text) is not None):
                whole = text[last.start : entity.end]
                merged[-1] = Entity(whole, "ORG", last.start, entity.end, whole)
                continue
        merged.append(entity)
    companies = [e for e in merged if rules.legal_before.match(e.text) or _company(text, e, rules.legal_after)]
    # The short name a company gives itself in brackets names it elsewhere too ("… (Sritex) …. Sritex menolak").
    short = {found.group()[1:-1] for e in companies if (found := _BRACKETED.search(e.text)) is not None}
    return [replace(e, label="ORG") if e.label != "ORG" and (e in companies or e.text in short) else e for e in merged]


def _form_alone(text: str, entity: Entity, legal_before: regex.Pattern[str]) -> bool:
    """True when ``entity`` is only a legal form written before a name ("PT")."""
    found = legal_before.match(text, entity.start)
    return found is not None and text[entity.start : found.end()].rstrip() == entity.text


def _company(text: str, entity: Entity, legal_after: regex.Pattern[str]) -> bool:
    """True when ``entity`` closes on a legal form ("Sri Rejeki Isman Tbk")."""
    return any(found.end() == entity.end for found in legal_after.finditer(text, entity.start, entity.end))


def with_legal_forms(text: str, entities: list[Entity], lang: str) -> list[Entity]:
    """Return ``entities`` (sorted by start) with each one that is only a legal form right after the name before
    it merged into that name (with the name's label and canonical name, the one without the form)."""
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
