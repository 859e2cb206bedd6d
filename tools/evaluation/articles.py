"""Article-body extraction quality of the fetcher on the article-extraction benchmark in ``../shared``.

Scored the way scrapinghub's article-extraction-benchmark (``evaluate.py``) scores: text is split into
``\\w+`` tokens, each page's true and extracted bodies become multisets of 4-token shingles, the page's
true/false positives and false negatives are normalised to sum to 1 (so long pages weigh no more than
short ones), precision and recall are averaged over pages and F1 is taken from the two averages.
"""

from __future__ import annotations

import argparse
import gzip
import re
import statistics
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import trafilatura

from newsmon.core.errors import FetchError
from newsmon.fetcher.extract import extract_page
from tools.datasets import ARTICLES, article_truth, default_shared_dir
from tools.report import format_table

SHINGLE = 4
_TOKEN = re.compile(r"\w+", re.UNICODE | re.MULTILINE | re.IGNORECASE | re.DOTALL)

Extractor = Callable[[str, str], str]


class PageScore(NamedTuple):
    """One page's shingle counts, normalised to sum to 1 (all 0 when both texts are empty)."""

    tp: float
    fp: float
    fn: float


def shingles(text: str, n: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """The multiset of ``n``-token shingles of ``text`` (a text shorter than ``n`` tokens is one shingle)."""
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n])


def score_page(true: str, predicted: str) -> PageScore:
    """Normalised true positives, false positives and false negatives of ``predicted`` vs ``true``."""
    expected, found = shingles(true), shingles(predicted)
    tp = sum((expected & found).values())
    fp = sum((found - expected).values())
    fn = sum((expected - found).values())
    total = tp + fp + fn
    return PageScore(tp / total, fp / total, fn / total) if total else PageScore(0.0, 0.0, 0.0)


def summarise(scores: Sequence[PageScore]) -> dict[str, float]:
    """Precision averaged over pages with a prediction, recall over pages with a truth, and their F1."""
    precision = statistics.mean(_share(s, s.fp) for s in scores if s.tp + s.fp > 0)
    recall = statistics.mean(_share(s, s.fn) for s in scores if s.tp + s.fn > 0)
    return {"precision": precision, "recall": recall, "f1": 2 * precision * recall / (precision + recall)}


def newsmon_body(html: str, url: str) -> str:
    """The body the fetcher publishes for ``html`` ("" when the fetcher would dead-letter the page)."""
    try:
        return extract_page(html, url).body
    except FetchError:
        return ""


def benchmark_runner_body(html: str, url: str) -> str:
    """The body that the benchmark's own trafilatura runner extracts (default options, no comments)."""
    return trafilatura.extract(html, include_comments=False) or ""


EXTRACTORS: tuple[tuple[str, Extractor], ...] = (
    ("newsmon fetcher (extract_page)", newsmon_body),
    ("trafilatura, the benchmark's runner", benchmark_runner_body),
)


def evaluate_articles(shared_dir: Path) -> list[dict[str, Any]]:
    """One row per extractor: pages, precision, recall, F1 and pages/s over the benchmark's pages.

    Returns [] when ``shared_dir`` has no article dataset (users' machines)."""
    truth = article_truth(shared_dir)
    if not truth:
        return []
    pages = {key: _read_page(shared_dir / ARTICLES / "html" / f"{key}.html.gz") for key in truth}
    rows = []
    for name, extractor in EXTRACTORS:
        started = time.perf_counter()
        predicted = {key: extractor(html, truth[key].get("url", "")) for key, html in pages.items()}
        elapsed = time.perf_counter() - started
        scores = [score_page(item.get("articleBody", ""), predicted[key]) for key, item in truth.items()]
        speed = len(pages) / elapsed
        rows.append({"extractor": name, "pages": len(pages), **summarise(scores), "pages/s": speed})
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    """Print the table for ``--shared`` (default ``<repo>/../shared``); returns 0 (also when it is absent)."""
    parser = argparse.ArgumentParser(prog="python -m tools.evaluation.articles", description=__doc__)
    parser.add_argument("--shared", type=Path, default=default_shared_dir(), help="the shared data folder")
    rows = evaluate_articles(parser.parse_args(argv).shared)
    print(format_table(rows) if rows else "skipped: no article dataset")
    return 0


def _read_page(path: Path) -> str:
    # The benchmark's runners read every page as UTF-8 text; so do we, to score the same input.
    with gzip.open(path, "rt", encoding="utf-8") as stream:
        return stream.read()


def _share(score: PageScore, missed: float) -> float:
    """Return ``tp / (tp + missed)``: precision with the false positives, recall with the false negatives;
    1.0 for a page without any error, 0.0 for one with neither true positives nor that kind of error."""
    if score.fp == score.fn == 0:
        return 1.0
    if score.tp == missed == 0:
        return 0.0
    return score.tp / (score.tp + missed)


if __name__ == "__main__":
    raise SystemExit(main())
