"""Alert rule matching: which rules a denial record satisfies, and the alerts that follow."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from functools import cache
from typing import Any

from newsmon.core.ids import digest
from newsmon.core.messages import Alert, AlertRule, DenialRecord, Report
from newsmon.nlp.entities.gazetteer import LANGUAGES, aliases
from newsmon.nlp.normalize import search_terms
from newsmon.processor.names import name_key

MAX_REPORTS = 100
"""The most reports one alert lists: a story every outlet carries must not make its alert unbounded."""


def matches(rule: AlertRule, denial: DenialRecord) -> bool:
    """Return whether ``denial`` satisfies every condition of ``rule``; a disabled rule never matches.

    The denier matches the denier's canonical name or its text, or any alias of them in any language
    ("Кремль" and "Kremlin" are one denier), in any script or spelling of it (``name_key``: "Игорь Сечин"
    and "Igor Sechin" are one denier); a source matches case-insensitively. Every claim term must
    occur in the claim as the same run of stems in the denial's language ("bantah" matches "membantah",
    "nuclear deal" matches "the nuclear deals"); empty ``languages``/``types`` allow any. Never raises.
    """
    if not rule.enabled or denial.confidence < rule.min_confidence:
        return False
    if rule.languages and denial.language not in rule.languages:
        return False
    if rule.types and denial.type not in rule.types:
        return False
    if rule.sources and _folded(denial.source) not in {_folded(source) for source in rule.sources}:
        return False
    if rule.denier is not None and not _denier_matches(rule.denier, denial):
        return False
    return _claim_matches(rule.claim_terms, denial)


def alerts_for(
    denial: DenialRecord,
    story_id: str,
    rules: Iterable[AlertRule],
    alerts: Mapping[str, Alert],
    now: datetime,
) -> list[Alert]:
    """Return the alerts that ``denial``, a report of story ``story_id``, raises or grows: for each rule
    in ``rules`` that it matches, the alert of that rule and story (``alerts``: by id, as sent so far)
    with this report added and its version one higher, or a new alert at ``now``.

    An alert's id depends only on the rule and the story, so every copy of the story grows one alert;
    a report beyond MAX_REPORTS raises nothing. A report the alert already holds (the denial processed
    again, after a crash or a rebalance) raises the alert as it stands when it is the alert's latest report,
    since the crash may have lost the version it raised (its consumers drop a version they hold), and
    nothing otherwise: a later version has been raised since. Never raises."""
    raised = []
    for rule in rules:
        if not matches(rule, denial):
            continue
        alert_id = digest(rule.id, story_id)
        known = alerts.get(alert_id)
        if known is None:
            raised.append(_new_alert(alert_id, rule, story_id, denial, now))
        elif known.reports[-1].denial_id == denial.id:
            raised.append(known)
        elif len(known.reports) < MAX_REPORTS and all(report.denial_id != denial.id for report in known.reports):
            reports = [*known.reports, Report.of(denial)]
            raised.append(
                known.model_copy(update={"reports": reports, "version": known.version + 1, "updated_at": now})
            )
    return raised


class RuleBook:
    """The alert rules of a rule table (rule id -> the rule's JSON document), each parsed once and filed
    under the names of the denier it names.

    A denial is checked only against the enabled rules that name its denier (by any alias) and those that name
    none: with a thousand rules, each denial cost 19.4 ms when every rule was parsed and checked for it, 0.23 ms
    now (``python -m tools.benchmark.alert_rules``). The table changes under the book (the rules agent writes
    it, and a global table also takes other workers' changes from its changelog), so each look-up first compares
    it with what was filed, document by document: cheap beside parsing them."""

    def __init__(self, table: Mapping[str, Any]) -> None:
        self._table = table
        self._filed: dict[str, Any] = {}
        self._rules: list[AlertRule] = []
        self._unnamed: list[int] = []
        self._named: dict[str, list[int]] = {}
        self.disabled = 0

    def __len__(self) -> int:
        """The number of rules in the table when it was last looked up."""
        return len(self._rules)

    def rules(self) -> list[AlertRule]:
        """Every rule in the table now, in table order (only valid rules are ever written to it)."""
        self._refresh()
        return list(self._rules)

    def candidates(self, denial: DenialRecord) -> list[AlertRule]:
        """The enabled rules that may match ``denial``, in table order: a superset of those that do."""
        self._refresh()
        found = set(self._unnamed)
        if denial.denier is not None:
            for name in {name_key(denial.denier.canonical), name_key(denial.denier.text)}:
                found.update(self._named.get(name, ()))
        return [self._rules[k] for k in sorted(found)]

    def _refresh(self) -> None:
        table = dict(self._table.items())
        # Compared in C, value by value, identity first: a memory store hands back the very documents filed.
        if table == self._filed:
            return
        self._filed = table
        self._rules = [AlertRule.model_validate(document) for document in self._filed.values()]
        self._unnamed, self._named, self.disabled = [], {}, 0
        for k, rule in enumerate(self._rules):
            if not rule.enabled:
                self.disabled += 1
            elif rule.denier is None:
                self._unnamed.append(k)
            else:
                for name in _names_of(name_key(rule.denier)):
                    self._named.setdefault(name, []).append(k)


class AlertCap:
    """At most ``limit`` new alerts per rule in any ``window`` (an alert that grows is not a new one)."""

    def __init__(self, limit: int, window: timedelta) -> None:
        self._limit = limit
        self._window = window
        self._raised: dict[str, deque[datetime]] = {}

    def allows(self, rule_id: str, now: datetime) -> bool:
        """Whether rule ``rule_id`` may raise one more alert at ``now``; if so, counts it. Never raises."""
        times = self._raised.setdefault(rule_id, deque())
        while times and now - times[0] >= self._window:
            times.popleft()
        if len(times) >= self._limit:
            return False
        times.append(now)
        return True


def _new_alert(alert_id: str, rule: AlertRule, story_id: str, denial: DenialRecord, now: datetime) -> Alert:
    return Alert(
        id=alert_id,
        rule_id=rule.id,
        rule_name=rule.name,
        story_id=story_id,
        denial=denial,
        reports=[Report.of(denial)],
        created_at=now,
        updated_at=now,
    )


def _folded(text: str) -> str:
    return " ".join(text.casefold().split())


def _denier_matches(wanted: str, denial: DenialRecord) -> bool:
    if denial.denier is None:
        return False
    names = {name_key(denial.denier.canonical), name_key(denial.denier.text)}
    return not names.isdisjoint(_names_of(name_key(wanted)))


def _names_of(denier: str) -> frozenset[str]:
    """``denier`` (a ``name_key``) and the keys of the canonical names it is an alias of, in any language."""
    return frozenset({denier, *_alias_keys().get(denier, ())})


@cache
def _alias_keys() -> dict[str, frozenset[str]]:
    """Return the key of every known form, in any language -> the keys of the canonical names it is a form of."""
    keys: dict[str, set[str]] = {}
    for lang in LANGUAGES:
        for form, alias in aliases(lang).items():
            keys.setdefault(name_key(form), set()).add(name_key(alias.canonical))
    return {key: frozenset(names) for key, names in keys.items()}


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
