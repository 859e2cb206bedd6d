"""Sentence templates for the benchmark's synthetic news articles, written for this project: ``data/<lang>.toml``.

Slots: {person} {role} {org} {place} {place2} {claim} {day} {number} {small}. People are used only as
subjects (so Russian and Arabic verbs agree with the masculine names given), places only where their
form does not change (Russian places are given in the locative, after "в").
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

DATA_DIR = Path(__file__).with_name("data")


@dataclass(frozen=True, slots=True)
class LanguageTemplates:
    """What one language's synthetic articles are made of."""

    people: tuple[tuple[str, str], ...]  # (name, role)
    orgs: tuple[str, ...]
    places: tuple[str, ...]
    days: tuple[str, ...]
    claims: tuple[str, ...]
    titles: tuple[str, ...]
    narrative: tuple[str, ...]
    denials: tuple[str, ...]
    non_denials: tuple[str, ...]


def read_templates(path: Path) -> LanguageTemplates:
    """Return the templates of one language file. Raises OSError, tomllib.TOMLDecodeError, or TypeError on
    a missing or unknown list."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    people = tuple((name, role) for name, role in data.pop("people"))
    return LanguageTemplates(people=people, **{name: tuple(values) for name, values in data.items()})


TEMPLATES: dict[str, LanguageTemplates] = {path.stem: read_templates(path) for path in sorted(DATA_DIR.glob("*.toml"))}
