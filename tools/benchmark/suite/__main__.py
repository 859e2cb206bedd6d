"""``python -m tools.benchmark.suite [--quick] [--output DIR]`` (``make bench``): the throughput of every stage
against the limit of the part it drives, end to end, latency at offered rates, scaling with processor
workers, search latency through the gateway at 10,000 and 100,000 articles, peak memory and a profile, on the
local stack (``make stack-up``), in scratch namespaces that are removed at the end. Writes
``<output>/<timestamp>/`` with report.md, results.json and PNG plots.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from elasticsearch import Elasticsearch, OrjsonSerializer
from tqdm import tqdm

from newsmon.core.messages import RawArticle, encode
from newsmon.core.settings import CommonSettings
from newsmon.core.topics import ARTICLES_RAW
from newsmon.indexer.templates import install_templates
from tools.benchmark.corpus import raw_articles, real_news
from tools.benchmark.search import latency_at_sizes
from tools.benchmark.suite import limits
from tools.benchmark.suite.profile import profile_article_step
from tools.benchmark.suite.report import ratios, write_report
from tools.benchmark.suite.stack import machine_load, scratch
from tools.benchmark.suite.stages import OfferedRun, Stages, WarmUp, documents, write_archive
from tools.datasets import default_shared_dir


@dataclass(frozen=True, slots=True)
class Plan:
    """How much the suite measures: articles per stage, processor worker counts, seconds per offered rate."""

    mode: str
    articles: int
    workers: tuple[int, ...]
    rates: tuple[float, ...]
    seconds_per_rate: float
    profiled: int
    # A run end to end lasts about 20 s on 2 cores, whose speed for the processes varies run to run by a
    # tenth: the median of a few runs is the rate, and every run's is reported.
    end_to_end_runs: int
    # Articles each processor worker analyses before a run of the processor or of the pipeline is timed (the
    # rate asked for is the sustained one; ``stages.WarmUp``); one more run end to end is timed cold.
    warm_up_per_worker: int
    # Search latency through the gateway at these index sizes (synthetic articles), timed this long at each.
    search_sizes: tuple[int, ...]
    search_seconds: float


FULL = Plan("full", 3000, (1, 2, 4), (10, 50, 200), 20.0, 200, 3, 1000, (10_000, 100_000), 20.0)
QUICK = Plan("quick", 600, (1, 2), (10, 50, 200), 6.0, 60, 1, 150, (10_000,), 5.0)


def run_suite(plan: Plan, work: Path) -> dict[str, Any]:
    """Run every measurement of ``plan`` (scratch files in ``work``) and return the results."""
    settings = CommonSettings()
    shared = default_shared_dir()
    articles = raw_articles(plan.articles, "main", shared)
    archive = write_archive(articles, work / "articles.jsonl")
    cores = os.cpu_count() or 1
    steps = tqdm(total=9, desc="benchmark", unit=" parts", disable=None)
    with (
        scratch(settings, work) as space,
        machine_load() as machine,
        Elasticsearch(
            settings.elasticsearch_url,
            request_timeout=60,
            serializer=OrjsonSerializer(),  # as the indexer's: the raw bulk limit is the node's, not json's
        ) as es,
    ):
        stages = Stages(space, es, machine)
        # A stack started a moment ago is still compiling: the limits are of the parts, not of its warm-up.
        quiet = limits.wait_until_quiet()
        profiled = [article.body for article in articles[: plan.profiled]]
        # The processor's limit: the measured messages once each after a worker's warm-up, as a worker takes them.
        # (The first articles repeated, all their words in the caches after one pass, and of another mix of
        # languages and lengths, are another workload: that rate stays in the report, with what all cores do.)
        alone = limits.analyze_in_order(
            [article.body for article in _warm_up_articles(plan, 1, shared)], [article.body for article in articles]
        )
        measured: dict[str, Any] = {
            "analyze_per_core": round(alone.rate, 1),
            "analyze_per_core_others_busy_cores": round(alone.others_busy_cores, 2),
            **_analyze_rates("analyze_repeated_per_core", profiled),
        }
        together = limits.analyze_together(profiled, cores)
        measured["analyze_all_cores_per_s"] = round(together, 1)
        measured["analyze_all_cores_speedup"] = round(together / measured["analyze_repeated_per_core"], 2)
        real = [article.text for article in real_news(shared)]
        if real:
            measured |= _analyze_rates("analyze_real_news_per_core", real)
        html = limits.html_extraction(rounds=5 if plan.mode == "quick" else 20)
        measured["html_extraction_pages_per_s"] = round(html["pages_per_s"], 1)
        steps.update()
        values = [encode(article, ARTICLES_RAW) for article in articles]
        target = space.namespace("limits")
        measured["kafka_python_producer_per_s"] = round(limits.raw_producer(settings, f"{target}.raw", values), 1)
        classpath = limits.kafka_classpath(Path(tempfile.gettempdir()) / "newsmon-bench")
        if classpath is not None:
            perf = limits.kafka_perf(
                classpath,
                settings.kafka_bootstrap_servers,
                f"{target}.perf",
                len(values),
                sum(map(len, values)) // len(values),
            )
            measured.update({f"kafka_perf_{key}": round(value, 1) for key, value in perf.items()})
        steps.update()
        scaling: list[dict[str, Any]] = []
        stage_rows: dict[str, dict[str, Any]] = {}
        last = ""
        warmed = 0
        for workers in plan.workers:
            last = space.namespace(f"w{workers}")
            warm_up = _warm_up(plan, workers, work, shared)
            stages.fetch(last, warm_up.archive, warm_up.articles)
            warmed = warm_up.articles
            fetched = stages.fetch(last, archive, len(articles))
            stage_rows.setdefault("fetcher", fetched.row())
            run = stages.process(last, workers, len(articles), warmed)
            # The machine's load as the run ends: workers scale only where cores are free (others share them).
            scaling.append({"workers": workers, **run.row(), "load_1m": round(os.getloadavg()[0], 1)})
            steps.update()
        stage_rows["processor"] = next(row for row in scaling if row["workers"] == min(cores, max(plan.workers)))
        built = documents(settings, last)
        measured["es_bulk_docs_per_s"] = round(limits.raw_bulk(es, space.namespace("bulk"), built), 1)
        distinct = len({(kind, document.id) for kind, document in built})
        stage_rows["indexer"] = stages.index(last, distinct).row()
        stage_rows["indexer"]["docs_per_article"] = round(distinct / (warmed + len(articles)), 2)
        steps.update()
        warm_up = _warm_up(plan, cores, work, shared)
        runs = [
            stages.end_to_end(space.namespace(f"e2e{run}"), archive, len(articles), cores, warm_up).row()
            for run in range(1, plan.end_to_end_runs + 1)
        ]
        end_to_end = median_run(runs)
        cold = stages.end_to_end(space.namespace("e2e-cold"), archive, len(articles), cores).row()
        steps.update()
        latency = stages.offered(space.namespace("rates"), _offered(plan, work, shared), _first(work, shared), cores)
        steps.update()
        searched = space.namespace("search")
        install_templates(es, searched)
        search = list(latency_at_sizes(es, searched, plan.search_sizes, plan.search_seconds))
        steps.update()
    profile = profile_article_step(articles[: plan.profiled])
    steps.update()
    steps.close()
    results: dict[str, Any] = {
        "started": datetime.now(UTC).isoformat(timespec="seconds"),
        "mode": plan.mode,
        "machine": {"cores": cores, "busy_cores_before_limits": round(quiet, 2)},
        "corpus": {
            "articles": len(articles),
            "mean_kb": sum(len(a.body.encode()) for a in articles) / len(articles) / 1000,
        },
        "limits": measured,
        "stages": stage_rows,
        "scaling": scaling,
        "warm_up_per_worker": plan.warm_up_per_worker,
        "end_to_end": end_to_end,
        "end_to_end_cold": cold,
        "latency": latency,
        "search": search,
        "profile": profile,
    }
    results["ratios"] = ratios(results)
    results["bottleneck"] = bottleneck(results)
    return results


def median_run(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The row of the run with the median rate, with ``articles_per_s`` (that rate) and ``runs_per_s`` (every
    run's, in the order run)."""
    median = sorted(rows, key=lambda row: row["per_s"])[len(rows) // 2]
    return {**median, "articles_per_s": median["per_s"], "runs_per_s": [row["per_s"] for row in rows]}


def _analyze_rates(name: str, texts: list[str]) -> dict[str, Any]:
    """``{name: the fastest pass's rate, name_passes: every pass's, name_others_busy_cores: the cores other
    processes used in each}`` of :func:`limits.analyze_per_core`."""
    passes = limits.analyze_per_core(texts)
    rates = [round(done.rate, 1) for done in passes]
    busy = [round(done.others_busy_cores, 2) for done in passes]
    return {name: rates[0], f"{name}_passes": rates, f"{name}_others_busy_cores": busy}


def _offered(plan: Plan, work: Path, shared: Path) -> list[OfferedRun]:
    runs = []
    for rate in (*plan.rates, None):
        count = int(rate * plan.seconds_per_rate) if rate else plan.articles // 2
        batch = raw_articles(count, f"rate-{rate or 'max'}", shared)
        runs.append(OfferedRun(rate, write_archive(batch, work / f"rate-{rate or 'max'}.jsonl"), {a.id for a in batch}))
    return runs


def _first(work: Path, shared: Path) -> Path:
    return write_archive(raw_articles(1, "first", shared), work / "first.jsonl")


def _warm_up(plan: Plan, workers: int, work: Path, shared: Path) -> WarmUp:
    """Warm-up articles for ``workers`` workers: other synthetic bodies than the measured ones (and the same real
    news, which the measured run cycles over too)."""
    batch = _warm_up_articles(plan, workers, shared)
    return WarmUp(write_archive(batch, work / f"warm-up-{workers}.jsonl"), len(batch))


def _warm_up_articles(plan: Plan, workers: int, shared: Path) -> list[RawArticle]:
    return raw_articles(plan.warm_up_per_worker * workers, f"warm-up-{workers}", shared, seed=1)


def bottleneck(results: dict[str, Any]) -> str:
    """The stage with the lowest rate alone in articles a second, with the profile's word on the processor, what
    an article cost its workers against ``analyze()`` alone, and how much of the machine end to end kept busy."""
    stages = results["stages"]
    rates = {
        "fetcher": stages["fetcher"]["per_s"],
        "processor": stages["processor"]["per_s"],
        "indexer": stages["indexer"]["per_s"] / max(stages["indexer"]["docs_per_article"], 1e-9),
    }
    slowest = min(rates, key=lambda name: rates[name])
    share = results["profile"]["share"]
    top = max(share, key=lambda name: share[name])
    alone = 1000 / max(results["limits"]["analyze_per_core"], 1e-9)
    return (
        f"the {slowest} ({rates[slowest]:.0f} articles/s alone; fetcher {rates['fetcher']:.0f}, processor "
        f"{rates['processor']:.0f}, indexer {rates['indexer']:.0f}). The processor's workers spent "
        f"{stages['processor']['cpu_ms_per_item']} ms CPU per article ({stages['processor']['cpu_cores']} cores "
        f"busy), `analyze()` alone {alone:.2f} ms{_together(results)}. In the processor's article step {top} takes "
        f"{share[top]:.0%} "
        f"of the CPU ({results['profile']['cpu_ms_per_article']} ms per article under cProfile). "
        f"{_around_the_step(results)}{_end_to_end_load(results)}"
    )


def _around_the_step(results: dict[str, Any]) -> str:
    """What the workers spent per article beyond their article step (timed alone, without a profiler)."""
    step = results["profile"]["step_cpu_ms_per_article"]
    worker = results["stages"]["processor"]["cpu_ms_per_item"]
    return (
        f"Of the workers' {worker} ms per article, the article step alone takes {step} ms; the other "
        f"{max(worker - step, 0):.2f} ms are the stream around it (Faust's and aiokafka's fetch, dispatch, send and "
        f"commit, the tables' changelogs, the alerts agent reading the article's denials back). "
    )


def _end_to_end_load(results: dict[str, Any]) -> str:
    run, cores = results["end_to_end"], results["machine"]["cores"]
    by_service = run.get("cpu_ms_per_item_by_service", {})
    split = f" ({', '.join(f'{name} {ms}' for name, ms in by_service.items())})" if by_service else ""
    return (
        f"End to end kept {run['machine_cores']} of {cores} cores busy: the services spent {run['cpu_ms_per_item']} "
        f"ms CPU per article{split}, the rest of the machine (Kafka, Elasticsearch, the suite, any other job) "
        f"{run['others_cpu_ms_per_item']} ms."
    )


def _together(results: dict[str, Any]) -> str:
    limits, cores = results["limits"], results["machine"]["cores"]
    if "analyze_all_cores_speedup" not in limits:
        return ""
    return (
        f"; in {cores} processes at once `analyze()` did {limits['analyze_all_cores_per_s']:.0f} articles/s, "
        f"{limits['analyze_all_cores_speedup']}x one core: the most {cores} workers can gain here"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the suite, write the report and print where it is; returns the exit code 0."""
    parser = argparse.ArgumentParser(prog="python -m tools.benchmark.suite", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer articles and worker counts: about 3 minutes")
    parser.add_argument("--output", type=Path, default=Path("bench-results"), help="where the report folder goes")
    args = parser.parse_args(argv)
    plan = QUICK if args.quick else FULL
    folder = args.output / datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    with tempfile.TemporaryDirectory(prefix="newsmon-bench-") as work:
        results = run_suite(plan, Path(work))
    report = write_report(results, folder)
    print(report.read_text(encoding="utf-8"))
    print(f"report: {report}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
