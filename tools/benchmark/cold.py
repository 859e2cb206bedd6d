"""What a fresh interpreter spends before its first analysis: run as a child process by ``measure``.

The extraction core is imported inside the timed region on purpose; that import, with the first
analysis in each language (which loads models and resources lazily), is the cold-start cost.
"""

from __future__ import annotations

import importlib
import json
import random
import resource
import sys
import time

from tools.benchmark.corpus import build_article

_SAMPLE_BYTES = 300


def main(langs: list[str]) -> None:
    """Print one JSON object: import and first-analysis seconds and resident memory (MB) after loading.

    Raises ``KeyError`` for a language without benchmark templates.
    """
    rng = random.Random(0)
    samples = [build_article(lang, rng, target_bytes=_SAMPLE_BYTES) for lang in langs]
    start = time.perf_counter()
    analysis = importlib.import_module("newsmon.nlp.analysis")
    imported = time.perf_counter()
    for sample in samples:
        analysis.analyze(sample.text, title=sample.title)
    loaded = time.perf_counter()
    print(
        json.dumps(
            {
                "import_s": imported - start,
                "first_analyses_s": loaded - imported,
                "load_s": loaded - start,
                "rss_after_load_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1:])
