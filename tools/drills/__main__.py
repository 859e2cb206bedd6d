"""``python -m tools.drills [--only NAME ...] [--articles N]`` (``make drills``): run the fault drills.

Starts a private Kafka and Elasticsearch (free loopback ports, a scratch state folder), writes the archive
and its expectation, runs each drill, prints one row per drill and writes them as JSON; stops the private
stack and removes the scratch folder at the end. Exits 1 when a drill did not pass.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from tools.drills.corpus import expect, write_archive
from tools.drills.drills import DRILLS, LOG_RATE_BOUND, Result, run_drill
from tools.drills.stack import PrivateStack, warm_up
from tools.report import format_table


def row(result: Result) -> dict[str, Any]:
    """One line of the report: what was checked, lost and doubled, and how the services fared."""
    census = result.census
    return {
        "drill": result.name,
        "articles": census.articles.expected,
        "denials": census.denials.expected,
        "alerts": census.alerts.expected,
        "reports": census.reports.expected,
        "lost": census.lost(),
        "duplicated": census.duplicated(),
        "recovery_s": None if result.recovery_seconds is None else round(result.recovery_seconds, 1),
        "restarts": sum(result.restarts.values()),
        "all_alive": all(result.alive.values()),
        "peak_log_per_s": max(result.peak_log_lines_per_second.values(), default=0.0),
        "passed": result.passed(),
    }


def main(argv: list[str] | None = None) -> int:
    """Run the drills named on the command line (default: all); returns the exit code."""
    names = [drill.name for drill in DRILLS]
    parser = argparse.ArgumentParser(prog="python -m tools.drills", description=__doc__)
    parser.add_argument("--only", action="append", choices=names, help="run this drill (repeatable)")
    parser.add_argument("--articles", type=int, default=2000, help="articles per drill")
    parser.add_argument("--seed", type=int, default=7, help="seeds the corpus and the moments of the faults")
    parser.add_argument("--json", type=Path, default=Path("build/drills.json"), help="where to write the results")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder (logs, data) at the end")
    args = parser.parse_args(argv)
    chosen = [drill for drill in DRILLS if not args.only or drill.name in args.only]
    work = Path(tempfile.mkdtemp(prefix="newsmon-drills-"))
    # As root, Elasticsearch runs as an unprivileged user that must be able to enter it.
    work.chmod(0o755)
    stack = PrivateStack(work / "state")
    results: list[Result] = []
    try:
        archive = write_archive(work / "archive.jsonl", args.articles, seed=args.seed)
        started = time.monotonic()
        expected = expect(archive)
        print(
            f"{len(expected.articles)} articles and {len(expected.denials)} denials, each reported by one alert,"
            f" expected ({time.monotonic() - started:.0f}s); private stack in {work}",
            flush=True,
        )
        print(f"stack up in {stack.up():.0f}s (kafka {stack.kafka}, elasticsearch {stack.elasticsearch})", flush=True)
        warm_up(stack.kafka)
        for drill in chosen:
            started = time.monotonic()
            results.append(run_drill(drill, stack, archive, expected, work, args.seed))
            print(f"{drill.name}: {time.monotonic() - started:.0f}s {row(results[-1])}", flush=True)
    finally:
        stack.down()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print(format_table([row(result) for result in results]))
    print(f"(log flood bound: {LOG_RATE_BOUND:.0f} lines/s per service over any 5 s)")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps([{**row(r), "detail": asdict(r)} for r in results], indent=2) + "\n")
    return 0 if results and all(result.passed() for result in results) else 1


if __name__ == "__main__":
    sys.exit(main())
