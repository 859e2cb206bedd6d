"""Every metric a Grafana panel or a Prometheus alert asks for is one that newsmon exports."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from prometheus_client import REGISTRY

import newsmon.core.metrics
import newsmon.indexer.consumer  # registers the indexer's own metrics
from tests.support import REPO_ROOT

DEPLOY = REPO_ROOT / "deploy"
METRIC = re.compile(r"\bnewsmon_[a-z_]+")


def exported() -> set[str]:
    return {sample.name for family in REGISTRY.collect() for sample in family.samples}


def expressions(path: Path) -> list[str]:
    if path.suffix == ".json":
        return [target["expr"] for panel in json.loads(path.read_text())["panels"] for target in panel["targets"]]
    return re.findall(r"expr:\s*(?:>-\s*)?((?:.|\n\s{10,})+)", path.read_text())


@pytest.mark.parametrize(
    "path",
    [*sorted((DEPLOY / "grafana" / "dashboards").glob("*.json")), DEPLOY / "prometheus" / "alerts.yml"],
    ids=lambda p: p.name,
)
def test_every_metric_asked_for_is_exported(path: Path) -> None:
    newsmon.core.metrics.count("fetcher", "ok", 0)  # a labelled family shows its samples once used
    newsmon.core.metrics.STAGE_SECONDS.labels(service="fetcher", stage="fetch")
    wanted = {name for expr in expressions(path) for name in METRIC.findall(expr)}
    assert wanted, f"no newsmon metric found in {path}"
    assert wanted <= exported(), f"not exported: {wanted - exported()}"
