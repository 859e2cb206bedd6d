"""``python -m tools.dashboards.snapshot``: plot a few dashboard panels from a running Prometheus into a PNG
(docs/monitoring.png), for the README where Grafana cannot run. Reads each panel's PromQL from the generated
dashboards, so the picture shows exactly what Grafana would.

    python -m tools.dashboards.snapshot --prometheus http://127.0.0.1:9090 --minutes 15
"""

from __future__ import annotations

import argparse
import json
import math
import re
import time
from pathlib import Path
from typing import Any

import httpx
from matplotlib.figure import Figure

from tools.dashboards.__main__ import OUTPUT

# (dashboard, panel title) of the panels shown, three by two.
PANELS = (
    ("pipeline", "Messages handled per second"),
    ("pipeline", "Consumer lag"),
    ("pipeline", "End-to-end latency, median"),
    ("denials", "Alerts delivered per hour"),
    ("denials", "Denials per hour by language"),
    ("gateway", "Request latency, 95th percentile"),
)
DEFAULT_IMAGE = Path(__file__).resolve().parents[2] / "docs" / "monitoring.png"


def panel(dashboard: str, title: str) -> dict[str, Any]:
    """The panel ``title`` of the generated dashboard ``dashboard``; raises KeyError when there is none."""
    document = json.loads((OUTPUT / f"{dashboard}.json").read_text(encoding="utf-8"))
    for found in document["panels"]:
        if found.get("title") == title:
            return dict(found)
    raise KeyError(f"{dashboard}: no panel {title!r}")


def legend(template: str, labels: dict[str, str]) -> str:
    """Grafana's legend: ``{{label}}`` replaced by the series' label value."""
    return re.sub(r"\{\{\s*(\w+)\s*\}\}", lambda match: labels.get(match.group(1), ""), template) or str(labels)


def query_range(prometheus: str, expr: str, start: float, end: float, step: float) -> list[dict[str, Any]]:
    """The series ``expr`` gives from ``start`` to ``end``; raises RuntimeError with Prometheus's error."""
    answer = httpx.get(
        f"{prometheus}/api/v1/query_range",
        params={"query": expr, "start": start, "end": end, "step": step},
        timeout=30,
    ).json()
    if answer["status"] != "success":
        raise RuntimeError(f"{expr}: {answer.get('error')}")
    result: list[dict[str, Any]] = answer["data"]["result"]
    return result


def plot(prometheus: str, minutes: float, image: Path) -> int:
    """Draw :data:`PANELS` over the last ``minutes`` into ``image``; returns how many series were drawn."""
    end = time.time()
    start = end - minutes * 60
    # A bare Figure (no pyplot) needs no display and keeps no global state.
    figure = Figure(figsize=(12, 9), dpi=72)
    axes = figure.subplots(3, 2)
    drawn = 0
    for axis, (dashboard, title) in zip(axes.flat, PANELS, strict=True):
        spec = panel(dashboard, title)
        for target in spec["targets"]:
            for found in query_range(prometheus, target["expr"], start, end, max(1.0, minutes * 60 / 200)):
                points = [(float(t) - end, float(v)) for t, v in found["values"] if math.isfinite(float(v))]
                # A series that stayed at 0 (an outcome that never happened) would only crowd the legend.
                if any(y for _, y in points):
                    xs, ys = zip(*points, strict=True)
                    axis.plot([x / 60 for x in xs], ys, label=legend(target.get("legendFormat", ""), found["metric"]))
                    drawn += 1
        axis.set_title(f"{dashboard} / {title}", fontsize=10)
        axis.set_xlabel("minutes ago", fontsize=8)
        unit = spec["fieldConfig"]["defaults"].get("unit", "")
        axis.set_ylabel(unit, fontsize=8)
        if unit == "s":
            axis.set_yscale("log")  # latencies span seconds (a stage) to days (an old article)
        axis.tick_params(labelsize=7)
        if axis.lines:
            axis.legend(fontsize=6, loc="upper left", ncol=2)
        else:
            axis.text(0.5, 0.5, "0 throughout", ha="center", transform=axis.transAxes)
    figure.tight_layout()
    image.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(image)
    return drawn


def main(argv: list[str] | None = None) -> int:
    """Plot the panels; returns the exit status (1 when nothing could be drawn)."""
    parser = argparse.ArgumentParser(prog="python -m tools.dashboards.snapshot", description=__doc__)
    parser.add_argument("--prometheus", default="http://127.0.0.1:9090")
    parser.add_argument("--minutes", type=float, default=15.0)
    parser.add_argument("--image", type=Path, default=DEFAULT_IMAGE)
    args = parser.parse_args(argv)
    drawn = plot(args.prometheus, args.minutes, args.image)
    print(f"{args.image}: {drawn} series")
    return 0 if drawn else 1


if __name__ == "__main__":
    raise SystemExit(main())
