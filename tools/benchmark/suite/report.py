"""The suite's report: ``results.json``, ``report.md`` and PNG plots in one folder; the ratios to the targets
of issue 9 computed from the results of one run."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")  # files only, no display
import matplotlib.pyplot as plt

from tools.report import format_table


def ratios(results: dict[str, Any]) -> list[dict[str, Any]]:
    """Each target of the issue with what was measured, the ratio and whether it is met."""
    limits, stages = results["limits"], results["stages"]
    scaling = {row["workers"]: row["per_s"] for row in results["scaling"]}
    cores = results["machine"]["cores"]
    # As many workers as cores, as the processor is meant to run (more only share the same cores).
    used = max((workers for workers in scaling if workers <= cores), default=min(scaling))
    rows = [
        ("end to end >= 150 art/s", results["end_to_end"]["articles_per_s"], 150.0),
        (
            f"processor ({used} workers) >= 0.8 x analyze-alone x {min(used, cores)} cores",
            scaling[used],
            0.8 * limits["analyze_per_core"] * min(used, cores),
        ),
        ("indexer >= 0.5 x raw bulk", stages["indexer"]["per_s"], 0.5 * limits["es_bulk_docs_per_s"]),
        ("fetcher >= 0.7 x raw producer", stages["fetcher"]["per_s"], 0.7 * limits["kafka_python_producer_per_s"]),
    ]
    if "analyze_real_news_per_core" in limits:
        rows.append(("analyze >= 250 real articles/s per core", limits["analyze_real_news_per_core"], 250.0))
    if 1 in scaling and 2 in scaling:
        rows.append(("2 workers >= 1.8 x 1 worker", scaling[2], 1.8 * scaling[1]))
    return [
        {
            "target": name,
            "measured": round(got, 1),
            "needed": round(need, 1),
            "ratio": round(got / need, 2) if need else None,
            "met": got >= need,
        }
        for name, got, need in rows
    ] + [_at_most(name, got, bound) for name, got, bound in _latencies(results)]


def _latencies(results: dict[str, Any]) -> list[tuple[str, float, float]]:
    """The latency targets measured: (name, measured, bound), lower is better."""
    rows = []
    at_50 = [row for row in results["latency"] if row.get("offered_per_s") == 50 and "p99_s" in row]
    if at_50:
        rows.append(("p99 publication -> enriched article <= 1 s at 50 art/s", at_50[0]["p99_s"], 1.0))
    if results.get("search"):
        largest = results["search"][-1]
        every = next(row for row in largest["searches"] if row["search"] == "all")
        rows.append((f"search p95 <= 100 ms at {largest['articles']:,} articles", every["ms_p95"], 100.0))
    return rows


def _at_most(name: str, got: float, bound: float) -> dict[str, Any]:
    """A target's row where lower is better: the ratio is bound / measured, so that >= 1 is met here too."""
    return {
        "target": name,
        "measured": round(got, 3),
        "needed": bound,
        "ratio": round(bound / got, 2) if got else None,
        "met": got <= bound,
    }


def write_report(results: dict[str, Any], folder: Path) -> Path:
    """Write results.json, report.md and the plots into ``folder``; return the Markdown file."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    _plot_stages(results, folder / "stages.png")
    _plot_scaling(results, folder / "scaling.png")
    _plot_latency(results, folder / "latency.png")
    markdown = folder / "report.md"
    markdown.write_text(render(results), encoding="utf-8")
    return markdown


_LIMITS = (
    "`analyze_per_core` (the processor's limit): the measured articles once each, in order, in one process, after "
    "a worker's warm-up; `analyze_repeated_per_core`: the first articles, fastest of 3 passes after an untimed one "
    "(all their words in the caches); `analyze_real_news_per_core`: the shared real news, the same way.\n\n"
)

# The rebalances of a group's first joins stop every worker for a few seconds once; a rate is the sustained one.
_SUSTAINED = "Rates counted {start} (`joined_s`: how long the join took, from the workers' start).\n\n"


def render(results: dict[str, Any]) -> str:
    """The Markdown report of ``results``."""
    stages = results["stages"]
    memory = {
        name: mb for run in (*stages.values(), results["end_to_end"]) for name, mb in run.get("peak_mb", {}).items()
    }
    profile = results["profile"]
    warmed = f"each worker having analysed {results['warm_up_per_worker']} other articles first (their warm-up)"
    sections = [
        f"# newsmon benchmark {results['started']}",
        f"{results['corpus']['articles']} articles ({results['corpus']['mean_kb']:.1f} KB mean body), "
        f"{results['machine']['cores']} cores, mode {results['mode']}; other processes kept "
        f"{results['machine'].get('busy_cores_before_limits', 0.0):.2f} cores busy as the limits were measured.",
        "## Targets\n" + _table(results["ratios"]),
        f"**Bottleneck**: {results['bottleneck']}",
        "## Limits of the parts\n" + _LIMITS + _table([{"part": k, "value": v} for k, v in results["limits"].items()]),
        "## Each stage alone (from a full topic)\n" + _table([{"stage": k, **_flat(v)} for k, v in stages.items()]),
        "## Scaling of the processor\n"
        + _SUSTAINED.format(start=f"once every worker is in the consumer group, {warmed}")
        + _table([_flat(row, ("cpu_ms_per_item_by_service",)) for row in results["scaling"]]),
        "## End to end\n"
        + _SUSTAINED.format(
            start=f"from the measured replay's start, once every processor worker is in the consumer group, {warmed}"
        )
        + _table([_flat(results["end_to_end"])])
        + "\n\nOne more run, cold (the fetcher's replay starts as soon as the workers are in the group):\n\n"
        + _table([_flat(results["end_to_end_cold"])]),
        "## Latency (publication -> enriched article) at offered rates\n" + _table(results["latency"]),
        "## Search through the gateway, facets on (synthetic articles, ms)\n" + _search_tables(results),
        "## Peak memory (MB)\n" + _table([{"process": k, "peak_mb": v} for k, v in memory.items()]),
        f"## Profile of the processor's article step ({profile['step_cpu_ms_per_article']} ms CPU per article alone, "
        f"{profile['cpu_ms_per_article']} under cProfile)\n"
        + _table([{"part": k, "share": v} for k, v in profile["share"].items()])
        + "\n\n"
        + _table(profile["top_own_time"]),
        "Plots: stages.png, scaling.png, latency.png.",
    ]
    return "\n\n".join(sections) + "\n"


def _search_tables(results: dict[str, Any]) -> str:
    return "\n\n".join(
        f"{size['articles']:,} articles (indexing took {size['index_s']:.0f} s; the gateway waited "
        f"{size['elasticsearch_ms']} ms for Elasticsearch per article search; load {size['load_1m']}):\n"
        + _table(size["searches"])
        for size in results.get("search", [])
    )


# Per process: the peak memory has a table of its own, the CPU split is in the bottleneck's words.
_PER_PROCESS = ("peak_mb", "cpu_ms_per_item_by_service")


def _flat(row: dict[str, Any], dropped: tuple[str, ...] = _PER_PROCESS) -> dict[str, Any]:
    return {key: value for key, value in row.items() if key not in dropped}


def _table(rows: list[dict[str, Any]]) -> str:
    return "```\n" + format_table(rows) + "\n```"


def _plot_stages(results: dict[str, Any], path: Path) -> None:
    limits = results["limits"]
    stages = results["stages"]
    names = ["fetcher", "processor", "indexer", "end to end"]
    measured = [
        stages["fetcher"]["per_s"],
        stages["processor"]["per_s"],
        stages["indexer"]["per_s"],
        results["end_to_end"]["articles_per_s"],
    ]
    limit = [
        limits["kafka_python_producer_per_s"],
        limits["analyze_per_core"] * results["machine"]["cores"],
        limits["es_bulk_docs_per_s"],
        150.0,
    ]
    figure, axes = plt.subplots(figsize=(7, 4))
    positions = range(len(names))
    axes.bar([p - 0.2 for p in positions], measured, width=0.4, label="stage")
    axes.bar([p + 0.2 for p in positions], limit, width=0.4, label="its limit / target")
    axes.set_xticks(list(positions), names)
    axes.set_ylabel("messages per second")
    axes.legend()
    figure.tight_layout()
    figure.savefig(path)
    plt.close(figure)


def _plot_scaling(results: dict[str, Any], path: Path) -> None:
    rows = results["scaling"]
    figure, axes = plt.subplots(figsize=(5, 4))
    axes.plot([row["workers"] for row in rows], [row["per_s"] for row in rows], marker="o", label="measured")
    first = rows[0]["per_s"] / rows[0]["workers"]
    axes.plot([row["workers"] for row in rows], [first * row["workers"] for row in rows], linestyle=":", label="linear")
    axes.set_xlabel("processor workers")
    axes.set_ylabel("articles per second")
    axes.legend()
    figure.tight_layout()
    figure.savefig(path)
    plt.close(figure)


def _plot_latency(results: dict[str, Any], path: Path) -> None:
    rows = [row for row in results["latency"] if "p50_s" in row]
    figure, axes = plt.subplots(figsize=(5, 4))
    labels = [str(row["offered_per_s"]) for row in rows]
    axes.plot(labels, [row["p50_s"] for row in rows], marker="o", label="p50")
    axes.plot(labels, [row["p99_s"] for row in rows], marker="o", label="p99")
    axes.set_xlabel("offered articles per second")
    axes.set_ylabel("seconds, publication to enriched")
    axes.legend()
    figure.tight_layout()
    figure.savefig(path)
    plt.close(figure)
