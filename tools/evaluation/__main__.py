"""``python -m tools.evaluation [--shared DIR]``: denial, language, entity, seed-article, article-body tables.

Every section but the project-authored denial sets needs the shared data folder; without it those
sections say they were skipped, and the command still succeeds.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from tools.datasets import default_shared_dir
from tools.evaluation import articles, denials, entities, language, seed
from tools.report import format_table

Evaluation = Callable[[Path], list[dict[str, Any]]]
SECTIONS: tuple[tuple[str, Evaluation], ...] = (
    ("denials", denials.evaluate_denials),
    (
        "denials, each item read in the language detected from its text (as `newsmon extract` reads a line "
        "without lang)",
        partial(denials.evaluate_denials, detected=True),
    ),
    ("language of short texts (sentences, Title Case headlines, page titles)", language.evaluate_language),
    ("entities", entities.evaluate_entities),
    ("seed article", seed.evaluate_seed),
    ("article extraction", articles.evaluate_articles),
)


def main(argv: Sequence[str] | None = None) -> int:
    """Print every section's table for ``--shared`` (default ``<repo>/../shared``); return the exit code:
    0, or 1 when a section raised (its error is printed and the next sections still run)."""
    parser = argparse.ArgumentParser(prog="python -m tools.evaluation", description=__doc__)
    parser.add_argument("--shared", type=Path, default=default_shared_dir(), help="the shared data folder")
    shared: Path = parser.parse_args(argv).shared
    status = 0
    for title, evaluation in SECTIONS:
        print(f"== {title} ==")
        try:
            rows = evaluation(shared)
        except Exception as exc:
            # One broken evaluation must not hide the others' numbers.
            print(f"failed: {type(exc).__name__}: {exc}\n")
            traceback.print_exc(file=sys.stderr)
            status = 1
            continue
        print((format_table(rows) if rows else f"skipped: {shared} absent") + "\n", flush=True)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
