import pytest

from tools.dashboards.snapshot import PANELS, legend, panel


def test_every_panel_plotted_is_on_its_dashboard_with_a_query() -> None:
    for dashboard, title in PANELS:
        assert panel(dashboard, title)["targets"]


def test_an_unknown_panel_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        panel("pipeline", "No such panel")


def test_the_legend_fills_in_the_series_labels_like_grafana() -> None:
    assert legend("{{group}} {{ topic }}", {"group": "indexer", "topic": "denials"}) == "indexer denials"
    assert legend("", {"leg": "x"}) == "{'leg': 'x'}"
