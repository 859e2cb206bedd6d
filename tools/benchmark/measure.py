"""Timing of the extraction core: cold load in a fresh interpreter, then throughput on one core."""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from newsmon.nlp.analysis import analyze, preload
from newsmon.nlp.denials import supported_languages
from newsmon.nlp.language import detect_language
from newsmon.nlp.normalize import search_terms
from tools.benchmark.corpus import Article

_COLD_LOAD_TIMEOUT_S = 600


@dataclass(frozen=True, slots=True)
class Call:
    """One timed unit of work: a thunk and the language it is about."""

    lang: str
    run: Callable[[], object]


def measure_cold_load(langs: Sequence[str]) -> dict[str, float]:
    """Return the cold-start cost of ``analyze`` measured in a fresh interpreter.

    Keys: ``process_s`` (interpreter start to exit), ``import_s``, ``first_analyses_s`` (one short
    article per language in ``langs``), ``load_s`` (their sum) and ``rss_after_load_mb`` (peak resident
    memory of that interpreter). Raises ``RuntimeError`` with the child's error output if it fails.
    """
    command = [sys.executable, "-m", "tools.benchmark.cold", *langs]
    start = time.perf_counter()
    child = subprocess.run(command, capture_output=True, text=True, timeout=_COLD_LOAD_TIMEOUT_S)
    elapsed = time.perf_counter() - start
    if child.returncode != 0:
        raise RuntimeError(f"the cold-load interpreter failed ({child.returncode}):\n{child.stderr}")
    return {"process_s": elapsed, **json.loads(child.stdout.splitlines()[-1])}


@contextmanager
def one_core() -> Iterator[int | None]:
    """Pin this process to one CPU for the duration; yields its number (None where pinning is unsupported)."""
    if not hasattr(os, "sched_setaffinity"):
        yield None
        return
    allowed = os.sched_getaffinity(0)
    cpu = max(allowed)
    os.sched_setaffinity(0, {cpu})
    try:
        yield cpu
    finally:
        os.sched_setaffinity(0, allowed)


def time_calls(stage: str, calls: Sequence[Call], min_seconds: float, *, by_language: bool) -> list[dict[str, Any]]:
    """Run ``calls`` in whole passes until ``min_seconds`` of wall time have passed (at least one pass).

    Returns one row for all calls (lang "all") and, with ``by_language``, one per language: calls, calls
    per wall second, calls per CPU second of this process, median and 95th-percentile wall milliseconds.
    """
    timings: list[tuple[str, float, float]] = []
    deadline = time.perf_counter() + min_seconds
    while True:
        for call in calls:
            wall, cpu = time.perf_counter(), time.process_time()
            call.run()
            timings.append((call.lang, time.perf_counter() - wall, time.process_time() - cpu))
        if time.perf_counter() >= deadline:
            break
    groups = {"all": timings}
    if by_language:
        for lang in dict.fromkeys(lang for lang, _, _ in timings):
            groups[lang] = [timing for timing in timings if timing[0] == lang]
    return [_row(stage, lang, group) for lang, group in groups.items()]


def _row(stage: str, lang: str, timings: list[tuple[str, float, float]]) -> dict[str, Any]:
    walls = sorted(wall for _, wall, _ in timings)
    wall_total = sum(walls)
    cpu_total = sum(cpu for _, _, cpu in timings)
    return {
        "stage": stage,
        "lang": lang,
        "calls": len(timings),
        "per_s": len(timings) / wall_total if wall_total else None,
        "per_cpu_s": len(timings) / cpu_total if cpu_total else None,
        "ms_p50": statistics.median(walls) * 1000,
        "ms_p95": walls[min(len(walls) - 1, int(0.95 * len(walls)))] * 1000,
    }


def measure_throughput(
    articles: Sequence[Article], min_seconds: float, real_news: Sequence[Article] = ()
) -> list[dict[str, Any]]:
    """Return ``time_calls`` rows of ``analyze`` (also per language), ``detect_language``, ``search_terms``,
    and of ``analyze`` on ``real_news`` when given.

    The languages are preloaded, as the processor does, and every stage is warmed up on every article once, so
    that no row includes a model load or a compilation (a pattern compiles the first time a text needs it).
    """
    stages: list[tuple[str, Callable[[Article], object], bool]] = [
        ("analyze", lambda a: analyze(a.text, title=a.title), True),
        ("detect_language", lambda a: detect_language(a.text), False),
        ("search_terms", lambda a: search_terms(a.text, a.lang), False),
    ]
    # Every language the rules know, as the processor preloads them: real news of unknown language ("und") is
    # detected as any of them, and a language compiled lazily inside the timed passes was timed as analysis.
    preload(supported_languages())
    rows: list[dict[str, Any]] = []
    for stage, work, by_language in stages:
        for article in articles:
            work(article)
        calls = [Call(article.lang, _bind(work, article)) for article in articles]
        rows.extend(time_calls(stage, calls, min_seconds, by_language=by_language))
    if real_news:
        calls = [Call(article.lang, _bind(stages[0][1], article)) for article in real_news]
        for call in calls:  # the first texts of a language load its models and grow its word lists' dispatch
            call.run()
        rows.extend(time_calls("analyze real news", calls, min_seconds, by_language=False))
    return rows


def peak_rss_mb() -> float:
    """Return the peak resident memory of this process so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _bind(work: Callable[[Article], object], article: Article) -> Callable[[], object]:
    return lambda: work(article)
