"""Checks of ``analyze`` against what must and must not be extracted from the seed article.

``shared/seed-article.expected.json`` lists the language, the entities that must be found, the aliases
that must share a canonical name, the denials that must be found and those that must not. A denial check
is a set of conditions (its keys, e.g. "denier", "trigger", "claim_contains") that one detected denial
must meet all at once.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, NamedTuple

from newsmon.nlp.analysis import analyze
from newsmon.nlp.types import Analysis, Denial, Entity

EXPECTED_FILE = "seed-article.expected.json"


class SeedCheck(NamedTuple):
    """One check: what was required, whether ``analyze`` met it, and what was found."""

    check: str
    passed: bool
    detail: str


def evaluate_seed(shared_dir: Path) -> list[dict[str, Any]]:
    """Return the seed checks as table rows ``{"check", "result", "detail"}`` (see ``check_seed``), or []
    when ``shared_dir`` has no seed article."""
    if not (shared_dir / EXPECTED_FILE).is_file():
        return []
    return [
        {"check": check.check, "result": "pass" if check.passed else "FAIL", "detail": check.detail}
        for check in check_seed(shared_dir)
    ]


def check_seed(shared_dir: Path) -> list[SeedCheck]:
    """Analyse the seed article of ``shared_dir`` and return one ``SeedCheck`` per expectation.

    Raises ``FileNotFoundError`` when the expectation file or the article is missing.
    """
    expected = json.loads((shared_dir / EXPECTED_FILE).read_text(encoding="utf-8"))
    text = (shared_dir / expected["article"]).read_text(encoding="utf-8")
    analysis = analyze(text)
    aliases: dict[str, str] = expected.get("entity_aliases", {})
    checks = [_language_check(analysis, expected["language"])]
    for label, names in expected.get("entities_must_include", {}).items():
        checks.extend(_entity_check(analysis.entities, label, name, aliases) for name in names)
    checks.extend(_alias_check(analysis.entities, alias, name) for alias, name in aliases.items())
    for number, spec in enumerate(expected.get("denials_must_include", []), start=1):
        checks.append(_denial_check(analysis.denials, f"denial #{number} found", spec, aliases))
    for number, spec in enumerate(expected.get("denials_must_not_include", []), start=1):
        checks.append(_absent_denial_check(analysis.denials, f"no denial #{number}", spec, aliases))
    return checks


def _same(left: str | None, right: str) -> bool:
    return left is not None and left.casefold() == right.casefold()


def _contains(haystack: str | None, needle: str) -> bool:
    return haystack is not None and needle.casefold() in haystack.casefold()


def _language_check(analysis: Analysis, code: str) -> SeedCheck:
    found = analysis.language
    return SeedCheck(f"language {code}", found.code == code, f"{found.code} ({found.confidence:.2f})")


def _entity_check(entities: list[Entity], label: str, name: str, aliases: Mapping[str, str]) -> SeedCheck:
    # A name matches as written or through its canonical form ("Gedung Putih" -> "White House").
    names = {name, aliases.get(name, name)}
    same_text = [e for e in entities if _same(e.text, name) or any(_same(e.canonical, n) for n in names)]
    labelled = [e for e in same_text if e.label == label]
    if labelled:
        detail = f"{len(labelled)} mention(s), canonical {labelled[0].canonical!r}"
    elif same_text:
        detail = "found only as " + ", ".join(sorted({e.label for e in same_text}))
    else:
        detail = "not found"
    return SeedCheck(f"entity {label} {name}", bool(labelled), detail)


def _alias_check(entities: list[Entity], alias: str, name: str) -> SeedCheck:
    mentions = [e for e in entities if _same(e.text, alias)]
    canonicals = sorted({e.canonical for e in mentions})
    passed = bool(mentions) and all(_same(canonical, name) for canonical in canonicals)
    detail = f"canonical {', '.join(map(repr, canonicals))}" if mentions else f"no mention {alias!r}"
    return SeedCheck(f"alias {alias} -> {name}", passed, detail)


def _denier_is(denial: Denial, name: str, aliases: Mapping[str, str]) -> bool:
    denier = denial.denier
    if denier is None:
        return False
    return any(_same(value, name) for value in (denier.text, denier.canonical, aliases.get(denier.text)))


Condition = Callable[[Denial, Any, Mapping[str, str]], bool]

# One predicate per key of a denial expectation; "why" only explains a must-not.
_CONDITIONS: dict[str, Condition] = {
    "type": lambda d, value, _: d.type == value,
    "type_any_of": lambda d, values, _: d.type in values,
    "denier": _denier_is,
    "denier_role": lambda d, value, _: d.denier is not None and _contains(d.denier.role, value),
    "trigger": lambda d, value, _: _same(d.trigger.text, value),
    "claim_contains": lambda d, value, _: d.claim is not None and _contains(d.claim.text, value),
    "claim_source_any_of": lambda d, values, _: any(_contains(d.claim_source, v) for v in values),
    "evidence_contains_any_of": lambda d, values, _: any(_contains(d.evidence.text, v) for v in values),
}
_EXPLANATIONS = {"why"}


def _failed_conditions(denial: Denial, spec: Mapping[str, Any], aliases: Mapping[str, str]) -> list[str]:
    return [
        key for key, value in spec.items() if key not in _EXPLANATIONS and not _CONDITIONS[key](denial, value, aliases)
    ]


def _unknown_conditions(spec: Mapping[str, Any]) -> str | None:
    # A key this module cannot check would silently pass a must-not: it fails the check instead.
    unknown = sorted(set(spec) - set(_CONDITIONS) - _EXPLANATIONS)
    return f"unknown condition(s): {', '.join(unknown)}" if unknown else None


def _describe(denial: Denial) -> str:
    denier = denial.denier.canonical if denial.denier else "no denier"
    return f"{denial.type} by {denier}, trigger {denial.trigger.text!r} ({denial.confidence:.2f})"


def _title(name: str, spec: Mapping[str, Any]) -> str:
    return f"{name}: {spec['denier']}" if "denier" in spec else name


def _denial_check(denials: list[Denial], name: str, spec: Mapping[str, Any], aliases: Mapping[str, str]) -> SeedCheck:
    problem = _unknown_conditions(spec) or (None if denials else "no denial detected")
    if problem:
        return SeedCheck(_title(name, spec), False, problem)
    failures = [(_failed_conditions(denial, spec, aliases), denial) for denial in denials]
    failed, closest = min(failures, key=lambda pair: len(pair[0]))
    if not failed:
        return SeedCheck(_title(name, spec), True, _describe(closest))
    return SeedCheck(_title(name, spec), False, f"closest: {_describe(closest)}; fails {', '.join(failed)}")


def _absent_denial_check(
    denials: list[Denial], name: str, spec: Mapping[str, Any], aliases: Mapping[str, str]
) -> SeedCheck:
    problem = _unknown_conditions(spec)
    if problem:
        return SeedCheck(_title(name, spec), False, problem)
    matching = [denial for denial in denials if not _failed_conditions(denial, spec, aliases)]
    if matching:
        return SeedCheck(_title(name, spec), False, f"found: {matching[0].evidence.text[:80]!r}")
    return SeedCheck(_title(name, spec), True, spec.get("why", ""))
