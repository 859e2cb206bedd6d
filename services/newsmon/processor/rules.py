"""Alert rule matching: which rules a denial record satisfies, and the alerts that follow."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from newsmon.core.ids import digest
from newsmon.core.messages import Alert, AlertRule, DenialRecord
from newsmon.nlp.normalize import search_terms


def matches(rule: AlertRule, denial: DenialRecord) -> bool:
    """Return whether ``denial`` satisfies every condition of ``rule``; a disabled rule never matches.

    The denier matches the denier's canonical name or its text, case-insensitively; every claim term must
    occur in the claim as the same run of stems in the denial's language ("bantah" matches "membantah",
    "nuclear deal" matches "the nuclear deals"); empty ``languages``/``types`` allow any. Never raises.
    """
    if not rule.enabled or denial.confidence < rule.min_confidence:
        return False
    if rule.languages and denial.language not in rule.languages:
        return False
    if rule.types and denial.type not in rule.types:
        return False
    if rule.denier is not None and not _denier_matches(rule.denier, denial):
        return False
    return _claim_matches(rule.claim_terms, denial)


def alerts_for(denial: DenialRecord, rules: Iterable[AlertRule], now: datetime) -> list[Alert]:
    """Return one alert per rule in ``rules`` that ``denial`` matches, created at ``now``.

    An alert's id depends only on the rule and the denial, so re-processing the denial repeats the id
    instead of raising a second alert. Never raises.
    """
    return [
        Alert(id=digest(rule.id, denial.id), rule_id=rule.id, rule_name=rule.name, denial=denial, created_at=now)
        for rule in rules
        if matches(rule, denial)
    ]


def _folded(text: str) -> str:
    return " ".join(text.casefold().split())


def _denier_matches(wanted: str, denial: DenialRecord) -> bool:
    if denial.denier is None:
        return False
    names = {_folded(denial.denier.canonical), _folded(denial.denier.text)}
    return _folded(wanted) in names


def _claim_matches(terms: list[str], denial: DenialRecord) -> bool:
    if not terms:
        return True
    if denial.claim is None:
        return False
    claim = search_terms(denial.claim.text, denial.language).split()
    return all(_contains_run(claim, search_terms(term, denial.language).split()) for term in terms)


def _contains_run(stems: list[str], run: list[str]) -> bool:
    # A term made only of punctuation has no stems; it cannot be found, so the rule does not match.
    if not run:
        return False
    width = len(run)
    return any(stems[i : i + width] == run for i in range(len(stems) - width + 1))
