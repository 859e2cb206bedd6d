from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tools.benchmark import __main__ as benchmark_main
from tools.benchmark import measure


def test_calls_are_timed_in_whole_passes_and_grouped_by_language() -> None:
    seen: list[str] = []
    calls = [measure.Call(lang, lambda lang=lang: seen.append(lang)) for lang in ("en", "id", "en")]
    rows = measure.time_calls("stage", calls, 0.0, by_language=True)
    assert seen == ["en", "id", "en"]
    assert [(row["stage"], row["lang"], row["calls"]) for row in rows] == [
        ("stage", "all", 3),
        ("stage", "en", 2),
        ("stage", "id", 1),
    ]
    assert all(row["ms_p50"] >= 0 and row["ms_p95"] >= row["ms_p50"] for row in rows)
    assert [row["lang"] for row in measure.time_calls("s", calls, 0.0, by_language=False)] == ["all"]


@pytest.mark.skipif(not hasattr(os, "sched_setaffinity"), reason="no CPU affinity on this platform")
def test_pinning_to_one_core_is_undone_afterwards() -> None:
    before = os.sched_getaffinity(0)
    with measure.one_core() as cpu:
        assert os.sched_getaffinity(0) == {cpu}
    assert os.sched_getaffinity(0) == before


def test_the_benchmark_reports_load_throughput_and_memory(tmp_path: Path) -> None:
    results = benchmark_main.run_benchmark({"en": 1, "id": 1}, 0.0, shared_dir=tmp_path)
    assert results["corpus"]["articles"] == 2
    assert results["cold_load"]["load_s"] > 0
    assert results["cold_load"]["process_s"] >= results["cold_load"]["load_s"]
    stages = {(row["stage"], row["lang"]) for row in results["throughput"]}
    assert stages == {
        ("analyze", "all"),
        ("analyze", "en"),
        ("analyze", "id"),
        ("detect_language", "all"),
        ("search_terms", "all"),
    }
    assert results["peak_rss_mb"] > 10
    # Without real news under the shared folder, the synthetic articles stand in for the speed target.
    assert [row["measure"] for row in results["targets"]] == [
        "analyze, articles per CPU second",
        "cold load, seconds",
        "peak resident memory, MB",
    ]
    assert all(isinstance(row["met"], bool) for row in results["targets"])
    report = benchmark_main.render(results)
    assert "cold load" in report and "analyze" in report and "peak resident memory" in report
    assert "targets" in report
    json.dumps(results)  # --json must be able to print it


def test_a_failing_cold_load_reports_the_child_error() -> None:
    with pytest.raises(RuntimeError, match="KeyError"):
        measure.measure_cold_load(["xx"])
