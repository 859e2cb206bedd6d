from __future__ import annotations

import itertools

import pytest

from tools.benchmark.suite import limits


def test_the_wait_ends_at_the_first_quiet_sample(monkeypatch: pytest.MonkeyPatch) -> None:
    samples = iter([90.0, 40.0, 10.0, 0.0])
    monkeypatch.setattr(limits.psutil, "cpu_count", lambda: 2)
    monkeypatch.setattr(limits.psutil, "cpu_percent", lambda interval: next(samples))
    assert limits.wait_until_quiet(busy_below=0.3, sample_seconds=0.0) == pytest.approx(0.2)
    assert next(samples) == 0.0  # the quiet sample was the last one taken


def test_a_machine_that_never_quietens_is_measured_anyway(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = itertools.count(step=50.0)
    monkeypatch.setattr(limits.time, "monotonic", lambda: next(clock))
    monkeypatch.setattr(limits.psutil, "cpu_count", lambda: 2)
    monkeypatch.setattr(limits.psutil, "cpu_percent", lambda interval: 100.0)
    assert limits.wait_until_quiet(sample_seconds=0.0, give_up_after=120.0) == 2.0


def test_each_pass_reports_its_rate_and_the_others_load_fastest_first(monkeypatch: pytest.MonkeyPatch) -> None:
    # Passes of 2 and 1 CPU seconds over 4 wall seconds each, while the machine spent 6 busy seconds in all:
    # the others used (6 - 2) / 4 and (6 - 1) / 4 cores.
    own = iter([0.0, 2.0, 10.0, 11.0])
    wall = iter([0.0, 4.0, 10.0, 14.0])
    machine = iter([0.0, 6.0, 100.0, 106.0])
    preloaded: list[tuple[str, ...]] = []
    monkeypatch.setattr(limits, "preload", lambda languages: preloaded.append(tuple(languages)))
    monkeypatch.setattr(limits, "analyze", lambda text: None)
    monkeypatch.setattr(limits.time, "process_time", lambda: next(own))
    monkeypatch.setattr(limits.time, "perf_counter", lambda: next(wall))
    monkeypatch.setattr(limits, "machine_busy_seconds", lambda: next(machine))
    passes = limits.analyze_per_core(["a", "b"], passes=2)
    assert passes == [limits.AnalyzePass(2.0, 1.25), limits.AnalyzePass(1.0, 1.0)]
    assert preloaded == [limits.supported_languages()]  # as the processor starts: no compilation is timed


def test_analysis_in_order_times_each_text_once_after_an_untimed_warm_up(monkeypatch: pytest.MonkeyPatch) -> None:
    analysed: list[str] = []
    monkeypatch.setattr(limits, "preload", lambda languages: analysed.append("<preload>"))
    monkeypatch.setattr(limits, "analyze", analysed.append)
    # 3 texts in 2 CPU seconds over 4 wall seconds, while the machine spent 5 busy seconds: the others used 3 / 4.
    own = iter([1.0, 3.0])
    monkeypatch.setattr(limits.time, "process_time", lambda: next(own))
    monkeypatch.setattr(limits.time, "perf_counter", iter([0.0, 4.0]).__next__)
    monkeypatch.setattr(limits, "machine_busy_seconds", iter([10.0, 15.0]).__next__)
    assert limits.analyze_in_order(["w1", "w2"], ["a", "b", "c"]) == limits.AnalyzePass(1.5, 0.75)
    assert analysed == ["<preload>", "w1", "w2", "a", "b", "c"]


def test_analysis_on_all_cores_is_timed_in_forked_processes_by_the_slowest(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each forked process inherits this clock and reads it at the start and end of its timed pass: 4 s each.
    clock = iter([0.0, 4.0])
    monkeypatch.setattr(limits, "analyze", lambda text: None)
    monkeypatch.setattr(limits.time, "perf_counter", lambda: next(clock))
    assert limits.analyze_together(["a", "b", "c"], processes=2, timeout=30) == 2 * 3 / 4.0
