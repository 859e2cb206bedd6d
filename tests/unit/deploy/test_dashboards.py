"""The dashboards are generated from tools/dashboards, and every metric a panel or an alert asks for is one
that newsmon exports."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from prometheus_client import REGISTRY

from newsmon.core import metrics
from tests.support import REPO_ROOT
from tools.dashboards.__main__ import OUTPUT, main, render
from tools.dashboards.live import PanelAnswer, RuleAnswer, panel_queries, report

DEPLOY = REPO_ROOT / "deploy"
METRIC = re.compile(r"\bnewsmon_[a-z_]+")


def panels(dashboard: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every panel of ``dashboard``, rows' nested panels included."""
    for panel in dashboard["panels"]:
        yield panel
        yield from panel.get("panels", [])


def expressions(path: Path) -> list[str]:
    if path.suffix == ".json":
        dashboard = json.loads(path.read_text())
        return [target["expr"] for panel in panels(dashboard) for target in panel.get("targets", [])]
    return re.findall(r"expr:\s*(?:>-\s*)?((?:.|\n\s{10,})+)", path.read_text())


def exported() -> set[str]:
    for service in ("fetcher", "processor", "indexer", "gateway"):
        metrics.init_service(service)
    metrics.init_feeds(["A feed"])
    metrics.set_lag("group", "articles.raw", 0)
    metrics.set_dependency("indexer", "kafka", True)
    metrics.STAGE_SECONDS.labels(service="fetcher", stage="fetch")
    metrics.REQUEST_SECONDS.labels(route="/search", method="GET", status="200")
    return {sample.name for family in REGISTRY.collect() for sample in family.samples}


def test_the_committed_dashboards_are_what_the_code_generates() -> None:
    assert {path.name for path in OUTPUT.glob("*.json")} == set(render()), "run make dashboards"
    assert main(["--check"]) == 0, "the committed dashboards differ from tools/dashboards: run make dashboards"


@pytest.mark.parametrize(
    "path",
    [*sorted((DEPLOY / "grafana" / "dashboards").glob("*.json")), DEPLOY / "prometheus" / "alerts.yml"],
    ids=lambda p: p.name,
)
def test_every_metric_asked_for_is_exported(path: Path) -> None:
    wanted = {name for expr in expressions(path) for name in METRIC.findall(expr)}
    assert wanted, f"no newsmon metric found in {path}"
    assert wanted <= exported(), f"not exported: {wanted - exported()}"


def test_every_panel_but_a_note_has_a_query() -> None:
    for path in OUTPUT.glob("*.json"):
        for panel in panels(json.loads(path.read_text())):
            if panel["type"] not in ("row", "text"):
                assert panel.get("targets"), f"{path.name}: {panel['title']} has no query"


def test_the_live_check_takes_every_panel_and_counts_only_numbers_as_data() -> None:
    with_queries = [panel for path in OUTPUT.glob("*.json") for panel in panels(json.loads(path.read_text()))]
    assert len(list(panel_queries())) == sum(1 for panel in with_queries if panel.get("targets"))
    nan_only = PanelAnswer("pipeline", "Latency", series=2, numbers=0, errors=())
    invalid = PanelAnswer("pipeline", "Broken", series=0, numbers=0, errors=("bad: parse error",))
    fine = PanelAnswer("gateway", "Requests", series=3, numbers=3, errors=())
    table = report([nan_only, invalid, fine], [RuleAnswer("NewsmonServiceDown", "ok", "firing", "")])
    assert [panel.shows_data for panel in (nan_only, invalid, fine)] == [False, False, True]
    assert "1 of 3 panels show data" in table
    assert "firing: NewsmonServiceDown" in table
