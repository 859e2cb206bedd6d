"""``python -m tools.benchmark [--json] [--seconds S]``: load time, articles per second per core, memory.

Throughput runs in this process pinned to one CPU (where the OS allows), so ``per_s`` is articles per
second per core; ``per_cpu_s`` divides by this process's CPU time instead, which stays meaningful when
other jobs share the core.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tools.benchmark.corpus import DEFAULT_MIX, build_corpus, real_news
from tools.benchmark.measure import measure_cold_load, measure_throughput, one_core, peak_rss_mb
from tools.datasets import default_shared_dir
from tools.report import format_table

TARGET_PER_CPU_S = 250
TARGET_LOAD_S = 2.0
TARGET_RSS_MB = 1024


def run_benchmark(mix: dict[str, int], min_seconds: float, shared_dir: Path | None = None) -> dict[str, Any]:
    """Return the benchmark results for a corpus of ``mix`` articles, each stage timed ``min_seconds``,
    plus real news from ``shared_dir`` (default ``../shared``) where it is present.

    Keys: corpus, cold_load, cpu (the pinned CPU or None), throughput (rows), peak_rss_mb. Raises
    ``RuntimeError`` when the cold-load interpreter fails.
    """
    articles = build_corpus(mix)
    sizes = [len(article.text.encode()) for article in articles]
    corpus = {
        "articles": len(articles),
        "languages": dict(Counter(article.lang for article in articles)),
        "mean_kb": sum(sizes) / len(sizes) / 1000,
    }
    cold_load = measure_cold_load(list(mix))
    with one_core() as cpu:
        throughput = measure_throughput(articles, min_seconds, real_news(shared_dir or default_shared_dir()))
    peak = peak_rss_mb()
    return {
        "corpus": corpus,
        "cold_load": cold_load,
        "cpu": cpu,
        "throughput": throughput,
        "peak_rss_mb": peak,
        "targets": targets(throughput, cold_load, peak),
    }


def targets(throughput: list[dict[str, Any]], cold_load: dict[str, float], peak_mb: float) -> list[dict[str, Any]]:
    """Return one row per speed target of the extraction core (issues #9 and #11): what was measured, the
    target and whether it is met. Rates are per CPU second of this process, which stays meaningful when
    other jobs share the cores; the real-news row is used where present (``analyze`` on synthetic news
    otherwise)."""
    rows = {row["stage"]: row for row in throughput if row["lang"] == "all"}
    analysis = rows.get("analyze real news") or rows["analyze"]
    measured = [
        (f"{analysis['stage']}, articles per CPU second", analysis["per_cpu_s"], TARGET_PER_CPU_S, True),
        ("cold load, seconds", cold_load["load_s"], TARGET_LOAD_S, False),
        ("peak resident memory, MB", max(peak_mb, cold_load["rss_after_load_mb"]), TARGET_RSS_MB, False),
    ]
    return [
        {
            "measure": name,
            "value": round(value, 2),
            "target": f"{'>=' if at_least else '<='} {target}",
            "met": value >= target if at_least else value <= target,
        }
        for name, value, target, at_least in measured
    ]


def render(results: dict[str, Any]) -> str:
    """Return ``results`` of ``run_benchmark`` as the text report."""
    corpus = results["corpus"]
    languages = ", ".join(f"{lang} {count}" for lang, count in corpus["languages"].items())
    pinned = f"pinned to CPU {results['cpu']}" if results["cpu"] is not None else "not pinned"
    return "\n".join(
        [
            f"corpus: {corpus['articles']} synthetic articles ({languages}), mean {corpus['mean_kb']:.2f} KB",
            "",
            "cold load (fresh interpreter, one short article per language):",
            format_table([results["cold_load"]]),
            "",
            f"throughput ({pinned}; per_s = calls per wall second, per_cpu_s = per CPU second;"
            " 'real news': the shared extraction benchmark's article bodies over 2,000 characters):",
            format_table(results["throughput"]),
            "",
            f"peak resident memory of this process: {results['peak_rss_mb']:.1f} MB",
            "",
            "targets (CPU time: the machine may be shared; cold load and memory of a fresh interpreter):",
            format_table(results["targets"]),
        ]
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print the report (``--json``: one JSON object); returns the exit code 0."""
    parser = argparse.ArgumentParser(prog="python -m tools.benchmark", description=__doc__)
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of tables")
    parser.add_argument("--seconds", type=float, default=5.0, help="minimum timed seconds per stage")
    args = parser.parse_args(argv)
    results = run_benchmark(dict(DEFAULT_MIX), args.seconds)
    print(json.dumps(results, indent=2) if args.json else render(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
