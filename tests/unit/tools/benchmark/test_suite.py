from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tools.benchmark.corpus import raw_articles
from tools.benchmark.suite.__main__ import bottleneck, median_run
from tools.benchmark.suite.report import ratios, write_report
from tools.benchmark.suite.stack import MachineLoad, Progress, Service, watch
from tools.benchmark.suite.stages import Joined, StageRun


def _results() -> dict[str, Any]:
    stage = {
        "per_s": 100.0,
        "items": 600,
        "seconds": 6.0,
        "finished": True,
        "cpu_ms_per_item": 12.5,
        "cpu_cores": 1.9,
        "machine_cores": 1.95,
        "others_cpu_ms_per_item": 3.75,
        "peak_mb": {"fetcher": 80.0},
    }
    return {
        "started": "2026-12-01T22:00:00+00:00",
        "mode": "quick",
        "machine": {"cores": 2},
        "corpus": {"articles": 600, "mean_kb": 5.2},
        "limits": {"analyze_per_core": 100.0, "kafka_python_producer_per_s": 1000.0, "es_bulk_docs_per_s": 3000.0},
        "stages": {
            "fetcher": {**stage, "per_s": 800.0},
            "processor": {**stage, "per_s": 150.0},
            "indexer": {**stage, "per_s": 1200.0, "docs_per_article": 6.0},
        },
        "scaling": [{"workers": 1, "per_s": 90.0}, {"workers": 2, "per_s": 150.0}],
        "warm_up_per_worker": 150,
        "end_to_end": {**stage, "articles_per_s": 120.0},
        "end_to_end_cold": {**stage, "per_s": 110.0},
        "latency": [
            {"offered_per_s": 10, "enriched": 60, "p50_s": 0.2, "p99_s": 0.5, "max_s": 0.6},
            {"offered_per_s": 50, "enriched": 300, "p50_s": 0.3, "p99_s": 1.25, "max_s": 1.5},
        ],
        "search": [_searched(10_000, 40.0), _searched(100_000, 80.0)],
        "profile": {
            "step_cpu_ms_per_article": 8.0,
            "cpu_ms_per_article": 9.5,
            "share": {"analyze": 0.7, "encode (validate)": 0.01},
            "top_own_time": [{"function": "x.py:1(f)", "share": 0.1}],
        },
    }


def _searched(articles: int, p95: float) -> dict[str, Any]:
    rows = [{"search": kind, "calls": 10, "per_s": 20.0, "ms_p50": p95 / 2, "ms_p95": p95} for kind in ("all", "word")]
    return {"articles": articles, "index_s": 30.0, "searches": rows, "elasticsearch_ms": 12.5, "load_1m": 1.5}


def test_every_target_is_a_ratio_of_the_same_run() -> None:
    rows = {row["target"]: row for row in ratios(_results())}
    assert rows["end to end >= 150 art/s"]["ratio"] == 0.8
    assert rows["processor (2 workers) >= 0.8 x analyze-alone x 2 cores"]["needed"] == 160.0
    assert rows["indexer >= 0.5 x raw bulk"]["met"] is False
    assert rows["fetcher >= 0.7 x raw producer"]["met"] is True
    assert rows["2 workers >= 1.8 x 1 worker"]["ratio"] == round(150 / 162, 2)
    assert "analyze >= 250 real articles/s per core" not in rows


def test_latency_targets_are_bounds_measured_at_their_rate_and_the_largest_index() -> None:
    rows = {row["target"]: row for row in ratios(_results())}
    late = rows["p99 publication -> enriched article <= 1 s at 50 art/s"]
    assert (late["measured"], late["ratio"], late["met"]) == (1.25, 0.8, False)
    search = rows["search p95 <= 100 ms at 100,000 articles"]
    assert (search["measured"], search["ratio"], search["met"]) == (80.0, 1.25, True)


def test_a_run_without_search_or_the_50_rate_has_no_latency_target() -> None:
    results = _results()
    results["search"] = []
    results["latency"] = results["latency"][:1]
    assert not [row for row in ratios(results) if "<=" in row["target"]]


def test_the_processor_is_held_to_its_target_with_as_many_workers_as_cores() -> None:
    results = _results()
    results["scaling"].append({"workers": 4, "per_s": 120.0})  # 4 workers on 2 cores: oversubscribed
    rows = {row["target"]: row for row in ratios(results)}
    assert rows["processor (2 workers) >= 0.8 x analyze-alone x 2 cores"]["measured"] == 150.0


def test_analysis_of_real_news_is_held_to_its_own_target() -> None:
    results = _results()
    results["limits"]["analyze_real_news_per_core"] = 200.0
    row = next(row for row in ratios(results) if row["target"] == "analyze >= 250 real articles/s per core")
    assert (row["ratio"], row["met"]) == (0.8, False)


def test_the_bottleneck_is_the_slowest_stage_in_articles() -> None:
    results = _results()
    # The indexer writes 6 documents per article: 1200 documents/s are 200 articles/s.
    assert bottleneck(results).startswith("the processor (150 articles/s alone")
    assert "analyze takes 70%" in bottleneck(results)
    # analyze_per_core 100/s: 10 ms an article alone, against 12.5 in the workers.
    assert "workers spent 12.5 ms CPU per article (1.9 cores busy), `analyze()` alone 10.00 ms" in bottleneck(results)


def test_the_bottleneck_says_how_busy_end_to_end_kept_the_machine() -> None:
    assert bottleneck(_results()).endswith(
        "End to end kept 1.95 of 2 cores busy: the services spent 12.5 ms CPU per article, the rest of the "
        "machine (Kafka, Elasticsearch, the suite, any other job) 3.75 ms."
    )


def test_the_bottleneck_splits_the_services_cpu_end_to_end_by_process() -> None:
    results = _results()
    results["end_to_end"]["cpu_ms_per_item_by_service"] = {"processor-1": 5.0, "indexer": 1.25}
    assert "the services spent 12.5 ms CPU per article (processor-1 5.0, indexer 1.25), the rest" in (
        bottleneck(results)
    )


def test_the_bottleneck_says_what_the_workers_spent_around_their_article_step() -> None:
    results = _results()
    assert "Of the workers' 12.5 ms per article, the article step alone takes 8.0 ms; the other 4.50 ms" in (
        bottleneck(results)
    )


def test_the_bottleneck_says_what_the_cores_gave_together() -> None:
    results = _results()
    results["limits"] |= {"analyze_all_cores_per_s": 130.0, "analyze_all_cores_speedup": 1.3}
    assert "in 2 processes at once `analyze()` did 130 articles/s, 1.3x one core" in bottleneck(results)


def test_the_report_folder_holds_markdown_json_and_plots(tmp_path: Path) -> None:
    results = _results()
    results["ratios"] = ratios(results)
    results["bottleneck"] = bottleneck(results)
    report = write_report(results, tmp_path / "run")
    text = report.read_text(encoding="utf-8")
    assert "## Targets" in text
    assert "each worker having analysed 150 other articles first (their warm-up)" in text
    assert "One more run, cold" in text
    assert "100,000 articles (indexing took 30 s; the gateway waited 12.5 ms for Elasticsearch" in text
    assert json.loads((tmp_path / "run" / "results.json").read_text())["end_to_end"]["articles_per_s"] == 120.0
    assert {path.name for path in (tmp_path / "run").glob("*.png")} == {"stages.png", "scaling.png", "latency.png"}


def test_the_corpus_gives_every_article_an_id_of_its_own(tmp_path: Path) -> None:
    articles = raw_articles(130, "t", tmp_path)  # no shared folder: the synthetic bodies, cycled
    assert len({article.id for article in articles}) == 130
    assert articles[0].body == articles[60].body


def test_warm_up_articles_are_other_articles_than_the_measured_ones(tmp_path: Path) -> None:
    measured = raw_articles(60, "main", tmp_path)
    warm_up = raw_articles(60, "warm-up", tmp_path, seed=1)
    assert not {article.body for article in measured} & {article.body for article in warm_up}


def test_a_rate_past_a_warm_up_counts_only_the_items_after_it() -> None:
    values = iter([100, 100, 105, 110])
    progress = watch(lambda: next(values), 110, timeout=5, start=100)
    assert progress.reached and progress.items == 10


def test_a_rate_is_taken_from_the_first_change() -> None:
    values = iter([0, 0, 0, 5, 10])
    progress = watch(lambda: next(values), 10, timeout=5, start=0)
    assert progress.reached and progress.items == 10


def test_a_stage_costs_its_processes_cpu_time_between_its_first_and_last_item(tmp_path: Path) -> None:
    service = Service(["--help"], {}, tmp_path / "cli.log")
    service.process.wait()
    service.stop()
    # Samples of a process that used one CPU second a second, from t=10 to t=20.
    service.cpu_samples = [(10.0 + k, float(k)) for k in range(11)]
    # The machine was busy two CPU seconds a second over the same time: one of them the service's.
    machine = MachineLoad()
    machine.stop()
    machine.samples = [(10.0 + k, 2.0 * k) for k in range(11)]
    run = StageRun.of(Progress(items=200, seconds=4.0, reached=True, first_at=12.5), [service], machine)
    assert (run.cpu_seconds, run.machine_seconds) == (4.0, 8.0)
    row = run.row()
    assert (row["cpu_ms_per_item"], row["cpu_cores"]) == (20.0, 1.0)
    assert row["cpu_ms_per_item_by_service"] == {"cli": 20.0}
    assert (row["machine_cores"], row["others_cpu_ms_per_item"]) == (2.0, 20.0)
    # Outside its samples the count is the nearest one's.
    assert service.cpu_seconds(0.0, 30.0) == 10.0


def test_a_stage_that_waited_for_its_group_says_how_long_and_whether_it_settled() -> None:
    progress = Progress(items=200, seconds=4.0, reached=True, first_at=12.5)
    waited = StageRun(progress, {}, joined=Joined(seconds=3.04, stable=False)).row()
    assert (waited["joined_s"], waited["group_stable"]) == (3.0, False)
    assert "joined_s" not in StageRun(progress, {}).row()


def test_end_to_end_is_the_run_with_the_median_rate_and_every_run_is_kept() -> None:
    rows = [{"per_s": rate, "cpu_ms_per_item": ms} for rate, ms in ((150.0, 8.0), (120.0, 9.5), (158.0, 7.9))]
    assert median_run(rows) == {
        "per_s": 150.0,
        "cpu_ms_per_item": 8.0,
        "articles_per_s": 150.0,
        "runs_per_s": [150.0, 120.0, 158.0],
    }
    assert median_run(rows[:1])["articles_per_s"] == 150.0
