"""``python -m newsmon.evaluation [--shared DIR]``: denial, entity, seed-article, article-body tables.

Each section's module is imported only when its turn comes, so a section whose code has not landed (or
cannot load its models) is reported as not available while the others still run.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from newsmon.evaluation import default_shared_dir, format_table

# (title, module, function): each function takes the shared folder and returns table rows.
SECTIONS = (
    ("denials", "newsmon.evaluation.denials", "evaluate_denials"),
    ("entities", "newsmon.evaluation.entities", "evaluate_entities"),
    ("seed article", "newsmon.evaluation.seed", "evaluate_seed"),
    ("article extraction", "newsmon.evaluation.articles", "evaluate_articles"),
)

Evaluation = Callable[[Path], list[dict[str, Any]]]


def main(argv: Sequence[str] | None = None) -> int:
    """Print every section's table for ``--shared`` (default ``<repo>/../shared``); return the exit code.

    Returns 0 when the folder is absent ("skipped: ...") or every section ran or is not available yet,
    1 when a section raised (its error is printed and the next sections still run).
    """
    parser = argparse.ArgumentParser(prog="python -m newsmon.evaluation", description=__doc__)
    parser.add_argument("--shared", type=Path, default=default_shared_dir(), help="the shared data folder")
    shared: Path = parser.parse_args(argv).shared
    if not shared.is_dir():
        print(f"skipped: {shared} absent")
        return 0
    status = 0
    for title, module, function in SECTIONS:
        print(f"== {title} ==")
        try:
            evaluation: Evaluation = getattr(importlib.import_module(module), function)
        except (ImportError, AttributeError) as exc:
            print(f"not available yet ({exc})\n")
            continue
        try:
            rows = evaluation(shared)
        except Exception as exc:
            # One broken evaluation must not hide the others' numbers.
            print(f"failed: {type(exc).__name__}: {exc}\n")
            traceback.print_exc(file=sys.stderr)
            status = 1
            continue
        print(format_table(rows) + "\n", flush=True)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
