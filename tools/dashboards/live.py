"""``python -m tools.dashboards.live``: run every dashboard panel's PromQL and every alert rule against a running
Prometheus and print one line each: how many series a panel's queries return and how many of them hold a
number (a histogram quantile over a window without observations is NaN: Grafana shows no data), and each
rule's health and state. Exits 1 when a query is invalid, a panel shows no number or a rule is unhealthy.

    python -m tools.dashboards.live --prometheus http://127.0.0.1:9090
"""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx

from tools.dashboards.__main__ import OUTPUT


@dataclass(frozen=True, slots=True)
class PanelAnswer:
    """What a panel's queries returned: series, series whose latest value is a number, and query errors."""

    dashboard: str
    title: str
    series: int
    numbers: int
    errors: tuple[str, ...]

    @property
    def shows_data(self) -> bool:
        """True when every query is valid and at least one series holds a number."""
        return not self.errors and self.numbers > 0


@dataclass(frozen=True, slots=True)
class RuleAnswer:
    """An alert rule as Prometheus last evaluated it."""

    name: str
    health: str
    state: str
    error: str

    @property
    def healthy(self) -> bool:
        """True when the rule evaluated without error (or was not evaluated yet)."""
        return self.health in ("ok", "unknown")


def panel_queries() -> Iterator[tuple[str, str, list[str]]]:
    """(dashboard name, panel title, its PromQL expressions) for every generated panel that has a query."""
    for path in sorted(OUTPUT.glob("*.json")):
        for panel in json.loads(path.read_text(encoding="utf-8"))["panels"]:
            exprs = [target["expr"] for target in panel.get("targets", [])]
            if exprs:
                yield path.stem, panel["title"], exprs


def query(prometheus: str, expr: str) -> list[dict[str, Any]]:
    """The instant result of ``expr`` (a vector's samples; a scalar as one sample). Raises ValueError with
    Prometheus's error when the query is invalid, httpx.HTTPError when Prometheus does not answer."""
    answer = httpx.get(f"{prometheus}/api/v1/query", params={"query": expr}, timeout=30).json()
    if answer["status"] != "success":
        raise ValueError(f"{expr}: {answer.get('error')}")
    data = answer["data"]
    if data["resultType"] == "scalar":
        return [{"metric": {}, "value": data["result"]}]
    result: list[dict[str, Any]] = data["result"]
    return result


def check_panels(prometheus: str) -> list[PanelAnswer]:
    """Run every panel's queries; returns one answer per panel, in dashboard and panel order."""
    answers = []
    for dashboard, title, exprs in panel_queries():
        series = numbers = 0
        errors = []
        for expr in exprs:
            try:
                samples = query(prometheus, expr)
            except ValueError as exc:
                errors.append(str(exc))
                continue
            series += len(samples)
            numbers += sum(math.isfinite(float(sample["value"][1])) for sample in samples)
        answers.append(PanelAnswer(dashboard, title, series, numbers, tuple(errors)))
    return answers


def check_rules(prometheus: str) -> list[RuleAnswer]:
    """Every alerting rule Prometheus loaded, with its last evaluation; each rule's query is run too, and an
    invalid one is reported as its error. Raises httpx.HTTPError when Prometheus does not answer."""
    groups = httpx.get(f"{prometheus}/api/v1/rules", params={"type": "alert"}, timeout=30).json()["data"]["groups"]
    answers = []
    for rule in (rule for group in groups for rule in group["rules"]):
        error = rule.get("lastError", "")
        try:
            query(prometheus, rule["query"])
        except ValueError as exc:
            error = error or str(exc)
        answers.append(RuleAnswer(rule["name"], rule["health"] if not error else "err", rule["state"], error))
    return answers


def report(panels: list[PanelAnswer], rules: list[RuleAnswer]) -> str:
    """The table printed by the command."""
    lines = [f"{'panel':<62} {'series':>6} {'numbers':>7}  data"]
    for panel in panels:
        mark = "yes" if panel.shows_data else "NO " + "; ".join(panel.errors)
        lines.append(f"{panel.dashboard + ' / ' + panel.title:<62} {panel.series:>6} {panel.numbers:>7}  {mark}")
    lines.append(f"{sum(p.shows_data for p in panels)} of {len(panels)} panels show data")
    lines.append("")
    lines.append(f"{'alert rule':<40} {'health':<8} state")
    lines.extend(f"{rule.name:<40} {rule.health:<8} {rule.state} {rule.error}".rstrip() for rule in rules)
    firing = [rule.name for rule in rules if rule.state == "firing"]
    lines.append(f"{len(rules)} alert rules; firing: {', '.join(firing) or 'none'}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Check the panels and rules; returns the exit status."""
    parser = argparse.ArgumentParser(prog="python -m tools.dashboards.live", description=__doc__)
    parser.add_argument("--prometheus", default="http://127.0.0.1:9090")
    args = parser.parse_args(argv)
    prometheus = args.prometheus.rstrip("/")
    panels, rules = check_panels(prometheus), check_rules(prometheus)
    print(report(panels, rules))
    return 0 if all(p.shows_data for p in panels) and rules and all(r.healthy for r in rules) else 1


if __name__ == "__main__":
    raise SystemExit(main())
