"""``python -m tools.dashboards [--check]``: write the dashboards to deploy/grafana/dashboards/*.json, or
with ``--check`` exit 1 when a committed file differs from what the code generates."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from grafana_foundation_sdk.cog.encoder import JSONEncoder

from tools.dashboards.dashboards import DASHBOARDS

OUTPUT = Path(__file__).resolve().parents[2] / "deploy" / "grafana" / "dashboards"


def render() -> dict[str, str]:
    """Return each dashboard's JSON by file name."""
    encoder = JSONEncoder(sort_keys=True, indent=2)
    rendered = {}
    for name, build in DASHBOARDS.items():
        dashboard = build().build()
        # Grafana keys a panel's state (and links to it) by id; the builders leave them unset or 0.
        for number, panel in enumerate(dashboard.panels or [], start=1):
            panel.id_val = number
        rendered[f"{name}.json"] = encoder.encode(dashboard) + "\n"
    return rendered


def main(argv: list[str] | None = None) -> int:
    """Write (or ``--check``) the dashboards; returns the exit status."""
    parser = argparse.ArgumentParser(prog="python -m tools.dashboards", description=__doc__)
    parser.add_argument("--check", action="store_true", help="only compare with the committed files")
    args = parser.parse_args(argv)
    stale = [name for name, content in render().items() if _read(OUTPUT / name) != content]
    if args.check:
        for name in stale:
            print(f"{OUTPUT / name} differs from the code: run make dashboards", file=sys.stderr)
        return 1 if stale else 0
    OUTPUT.mkdir(parents=True, exist_ok=True)
    for name, content in render().items():
        (OUTPUT / name).write_text(content, encoding="utf-8")
    print(f"wrote {len(DASHBOARDS)} dashboards to {OUTPUT}")
    return 0


def _read(path: Path) -> str | None:
    return path.read_text(encoding="utf-8") if path.exists() else None


if __name__ == "__main__":
    sys.exit(main())
