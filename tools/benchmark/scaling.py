"""``python -m tools.benchmark.scaling [--sizes 10000 100000 1000000] [--lang en]``: CPU seconds of one
``analyze()`` call on synthetic news of growing size, to show that analysis stays linear in text length
(a quadratic step makes the per-KB cost grow with size; a 10 MB text must finish)."""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Sequence
from typing import Any

from newsmon.nlp.analysis import analyze
from tools.benchmark.corpus import build_article
from tools.report import format_table


def measure_scaling(sizes: Sequence[int], lang: str) -> list[dict[str, Any]]:
    """Return one row per size: bytes, CPU seconds of ``analyze``, milliseconds per KB, entities, denials.

    Raises ``KeyError`` for a language without templates."""
    analyze("Warm-up: the ministry denied the report.", lang=lang)  # models loaded before timing
    rows = []
    for size in sizes:
        text = build_article(lang, random.Random(0), target_bytes=size).text
        started = time.process_time()
        result = analyze(text, lang=lang)
        seconds = time.process_time() - started
        kb = len(text.encode()) / 1000
        rows.append(
            {
                "bytes": len(text.encode()),
                "cpu_s": round(seconds, 3),
                "ms_per_kb": round(1000 * seconds / kb, 3),
                "entities": len(result.entities),
                "denials": len(result.denials),
            }
        )
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    """Print the scaling table; returns the exit code 0."""
    parser = argparse.ArgumentParser(prog="python -m tools.benchmark.scaling", description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--lang", default="en")
    args = parser.parse_args(argv)
    print(format_table(measure_scaling(args.sizes, args.lang)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
