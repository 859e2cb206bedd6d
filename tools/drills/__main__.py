"""``python -m tools.drills [--only NAME ...] [--articles N]`` (``make drills``): run the fault drills.

Starts a private Kafka and Elasticsearch (free loopback ports, a scratch state folder) once, writes the
archive and its expectation, runs each drill in a namespace of its own, prints one row per drill and writes
the report (``report.txt``, ``report.json`` with every detail, and the service logs of any drill that did not
pass) to ``test-artifacts/drills/``; stops the private stack and removes the scratch folder at the end.
Exits 1 when a drill did not pass.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict
from pathlib import Path
from typing import Any

from tools.drills.corpus import Expectation, expect, write_archive
from tools.drills.drills import ABORT, DRILLS, LOG_RATE_BOUND, LOG_RATE_WINDOW, Drill, Result, run_drill
from tools.drills.stack import PrivateStack, warm_up
from tools.report import format_table

REPORT_DIR = Path("test-artifacts/drills")


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
        "settled": not result.unsettled,
        "seconds": round(result.seconds),
        "service_cpu_s": round(sum(result.cpu_seconds.values())),
        "passed": result.passed(),
    }


def main(argv: list[str] | None = None) -> int:
    """Run the drills named on the command line (default: all); returns the exit code."""
    names = [drill.name for drill in DRILLS]
    parser = argparse.ArgumentParser(prog="python -m tools.drills", description=__doc__)
    parser.add_argument("--only", action="append", choices=names, help="run this drill (repeatable)")
    parser.add_argument("--articles", type=int, default=2000, help="articles per drill")
    parser.add_argument("--seed", type=int, default=7, help="seeds the corpus and the moments of the faults")
    parser.add_argument("--report", type=Path, default=REPORT_DIR, help="where to write the report (and failed logs)")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder (logs, data) at the end")
    parser.add_argument(
        "--side-by-side", type=int, default=2, help="how many drills that spare the stack run at once (1: in turn)"
    )
    args = parser.parse_args(argv)
    chosen = [drill for drill in DRILLS if not args.only or drill.name in args.only]
    began, load = time.monotonic(), os.getloadavg()[0]
    work = Path(tempfile.mkdtemp(prefix="newsmon-drills-"))
    # As root, Elasticsearch runs as an unprivileged user that must be able to enter it.
    work.chmod(0o755)
    stack = PrivateStack(work / "state")
    results: list[Result] = []
    try:
        archive = write_archive(work / "archive.jsonl", args.articles, seed=args.seed)
        expected = _prepare(stack, archive, work)
        results = _run_all(
            chosen, args.side_by_side, lambda drill: run_drill(drill, stack, archive, expected, work, args.seed)
        )
    finally:
        stack.down()
        _keep_failed_logs(results, args.report)
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    took = time.monotonic() - began
    summary = (
        f"{len(results)} drills in {took / 60:.1f} min (load average {load:.1f} at the start,"
        f" {os.getloadavg()[0]:.1f} at the end, on {os.cpu_count()} cores)\n"
        f"lost and duplicated: articles, denials, alerts (by id) and reports (alert, denial), a stale alert"
        f" version counted as lost; log flood bound {LOG_RATE_BOUND:.0f} lines/s per service"
        f" over any {LOG_RATE_WINDOW} s"
    )
    unsettled = "".join(f"{r.name} did not settle: {r.unsettled}\n" for r in results if r.unsettled)
    report = f"{format_table([row(result) for result in results])}\n{unsettled}{summary}\n"
    print(report, end="")
    args.report.mkdir(parents=True, exist_ok=True)
    (args.report / "report.txt").write_text(report)
    details = [{**row(r), "detail": asdict(r)} for r in results]
    (args.report / "report.json").write_text(json.dumps(details, indent=2, default=str) + "\n")
    return 0 if results and all(result.passed() for result in results) else 1


def _run_all(drills: list[Drill], side_by_side: int, run: Callable[[Drill], Result]) -> list[Result]:
    """Run ``drills`` with ``run``: those that spare the stack ``side_by_side`` at a time, then each of those
    that strike it by itself; prints each result as it comes; returns them in the order of ``drills``."""
    done: dict[str, Result] = {}

    def record(result: Result) -> None:
        done[result.name] = result
        print(row(result), flush=True)

    with ThreadPoolExecutor(max_workers=max(1, side_by_side)) as pool:
        try:
            for result in pool.map(run, [drill for drill in drills if not drill.alone]):
                record(result)
        except BaseException:
            # Interrupted (or a drill raised): the drills still running give up and stop their services
            # before the pool, which waits for them, lets the exception through.
            ABORT.set()
            raise
    for drill in drills:
        if drill.alone:
            record(run(drill))
    return [done[drill.name] for drill in drills if drill.name in done]


def _prepare(stack: PrivateStack, archive: Path, work: Path) -> Expectation:
    """Start the private stack while the archive's expectation is computed; returns the expectation.
    Raises RuntimeError when the stack does not start."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        stack_up = pool.submit(stack.up)
        started = time.monotonic()
        expected = expect(archive)
        print(
            f"{len(expected.articles)} articles and {len(expected.denials)} denials expected"
            f" ({time.monotonic() - started:.0f}s); private stack in {work}",
            flush=True,
        )
        print(f"stack up in {stack_up.result():.0f}s (kafka {stack.kafka}, elasticsearch {stack.elasticsearch})")
    warm_up(stack.kafka)
    return expected


def _keep_failed_logs(results: list[Result], report: Path) -> None:
    """Copy the service logs of every drill that did not pass to ``report/<drill>/``."""
    for result in results:
        if not result.passed():
            target = report / result.name
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(result.logs, target, ignore=shutil.ignore_patterns("faust"))


if __name__ == "__main__":
    sys.exit(main())
