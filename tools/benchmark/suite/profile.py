"""Where the processor's time goes: its article step (decode, detect, analyze, enrich, encode), timed alone and
under cProfile. What a worker spends per article beyond the step is the stream around it (Faust, aiokafka, the
alerts agent): the suite's bottleneck line gives that difference."""

from __future__ import annotations

import cProfile
import pstats
import time
from collections.abc import Sequence
from typing import Any

from newsmon.core.deadletters import Received
from newsmon.core.messages import RawArticle, encode
from newsmon.core.topics import ARTICLES_RAW
from newsmon.nlp.analysis import analyze, preload
from newsmon.nlp.denials import supported_languages
from newsmon.nlp.language import detect_language
from newsmon.processor.steps import ArticleStep

# The parts of the step, by the function that does each, to split its CPU time. A module compiled with mypyc
# is profiled as a built-in: "~:<built-in method newsmon.nlp.language.detect_language>".
PARTS = {
    "analyze": ("analysis.py:analyze",),
    "language detection": ("language.py:detect_language", "~:<built-in method newsmon.nlp.language.detect_language>"),
    "decode (validate)": ("messages.py:decode",),
    "encode (validate)": ("messages.py:encode",),
    "enrich (build messages)": ("enrich.py:enrich",),
}


def profile_article_step(articles: Sequence[RawArticle], top: int = 15) -> dict[str, Any]:
    """Run the processor's article step on ``articles``, alone and under cProfile; return the CPU ms per article
    of each run, the share of each of :data:`PARTS`, and the ``top`` functions by own time."""
    preload(supported_languages())  # as the processor does as it starts: no pattern compiled in the profile
    step = ArticleStep(analyze, detect_language, 0.5)
    messages = [
        Received(ARTICLES_RAW.name, 0, offset, article.id.encode(), encode(article, ARTICLES_RAW))
        for offset, article in enumerate(articles)
    ]
    for message in messages:  # loads every language's models, not profiled
        step(message)
    started = time.process_time()
    for message in messages:  # unprofiled: cProfile's own cost per call would count in the step's time
        step(message)
    step_ms = (time.process_time() - started) / len(messages) * 1000
    profiler = cProfile.Profile(time.process_time)
    profiler.enable()
    for message in messages:
        step(message)
    profiler.disable()
    stats = pstats.Stats(profiler)
    entries: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
    total = max(sum(row[2] for row in entries.values()), 1e-9)
    per_article_ms = total / len(messages) * 1000
    cumulative = {f"{_file_name(key[0])}:{key[2]}": row[3] for key, row in entries.items()}
    parts = {name: round(sum(cumulative.get(at, 0.0) for at in where) / total, 3) for name, where in PARTS.items()}
    functions = sorted(entries.items(), key=lambda item: item[1][2], reverse=True)[:top]
    return {
        "articles": len(messages),
        "step_cpu_ms_per_article": round(step_ms, 2),
        "cpu_ms_per_article": round(per_article_ms, 2),
        "share": parts,
        "top_own_time": [
            {"function": f"{_file_name(key[0])}:{key[1]}({key[2]})", "share": round(row[2] / total, 3)}
            for key, row in functions
        ],
    }


def _file_name(filename: str) -> str:
    """The file name of a profiled function's ``filename`` without its folders."""
    return filename.rsplit("/", 1)[-1]
