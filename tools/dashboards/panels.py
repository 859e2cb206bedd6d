"""The few panel shapes the dashboards use, over the provisioned Prometheus datasource.

Queries use fixed windows (``[5m]``), not Grafana's ``$__rate_interval``, so that the very same PromQL runs
through Prometheus's HTTP API in the monitoring test (tests/integration/deploy/test_monitoring.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from grafana_foundation_sdk.builders import prometheus, stat, text, timeseries
from grafana_foundation_sdk.builders.common import ReduceDataOptions
from grafana_foundation_sdk.models.dashboard import DataSourceRef

# The uid of the datasource in deploy/grafana/provisioning/datasources/prometheus.yml.
PROMETHEUS = DataSourceRef(type_val="prometheus", uid="prometheus")


@dataclass(frozen=True, slots=True)
class Query:
    """One PromQL expression and how its series are named in the legend (``{{label}}`` templates)."""

    expr: str
    legend: str = ""


def _target(query: Query, ref_id: str) -> prometheus.Dataquery:
    target = prometheus.Dataquery().expr(query.expr).ref_id(ref_id).datasource(PROMETHEUS)
    return target.legend_format(query.legend) if query.legend else target


def graph(title: str, description: str, unit: str, *queries: Query, width: int = 12) -> timeseries.Panel:
    """A time series panel of ``queries`` (values in Grafana ``unit``), ``width`` of 24 columns wide."""
    panel = timeseries.Panel().title(title).description(description).unit(unit).datasource(PROMETHEUS)
    panel = panel.span(width).height(8).min(0)
    for index, query in enumerate(queries):
        panel = panel.with_target(_target(query, chr(ord("A") + index)))
    return panel


def single(title: str, description: str, unit: str, query: Query, width: int = 6) -> stat.Panel:
    """A stat panel showing the latest value of each series of ``query``."""
    panel = stat.Panel().title(title).description(description).unit(unit).datasource(PROMETHEUS)
    panel = panel.span(width).height(5).reduce_options(ReduceDataOptions().calcs(["lastNotNull"]))
    return panel.with_target(_target(query, "A"))


def note(title: str, markdown: str, width: int = 12) -> text.Panel:
    """A text panel (no query): what the dashboard cannot show, and where to look instead."""
    return text.Panel().title(title).content(markdown).span(width).height(5)


def quantile(q: float, metric: str, by: str, selector: str = "", window: str = "5m") -> str:
    """PromQL for the ``q`` quantile of histogram ``metric`` per ``by`` labels over ``window``."""
    return f"histogram_quantile({q}, sum by (le, {by}) (rate({metric}_bucket{selector}[{window}])))"
