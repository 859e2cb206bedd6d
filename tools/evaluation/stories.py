"""``python -m tools.evaluation.stories``: how well the processor groups reports of one denial into one story.

The set (``data/stories.jsonl``, written for newsmon) holds copies of nine made-up denial stories as
outlets publish them: the wire text, another headline with the text cut short, added paragraphs and
boilerplate, a rephrasing, and translations (fr, de, es); and, for each denier, other denials on the same
day that must stay apart (two of them share places and numbers with a story of the same denier).

Each copy goes through the processor's own path (language, analysis, denial records, story placement in
arrival order); a copy's story is the one of its first denial record. Over every pair of copies:
precision = pairs put together that are one story / pairs put together; recall = pairs of one story put
together / pairs of one story. A copy in which no denial was found is alone (it counts against recall).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import timedelta
from itertools import combinations
from pathlib import Path
from typing import Any

import orjson

from newsmon.core.ids import canonicalize_url
from newsmon.core.messages import DenialRecord, RawArticle, utcnow
from newsmon.nlp.analysis import analyze
from newsmon.processor.enrich import enrich
from newsmon.processor.stories import State, place, story_key
from tools.report import format_table

DATA = Path(__file__).resolve().parent / "data" / "stories.jsonl"
WINDOW = timedelta(hours=6)


def load(path: Path = DATA) -> list[dict[str, Any]]:
    """The copies of the set, in file order (their arrival order). Raises OSError or a JSON error."""
    return [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]


def first_denial(copy: dict[str, Any], number: int) -> DenialRecord | None:
    """The first denial record the processor makes of ``copy`` (the ``number``-th), or None."""
    url = f"https://outlet{number}.example.org/{copy['story']}/{copy['copy']}"
    now = utcnow()
    article = RawArticle(
        id=f"{number:032x}",
        url=url,
        canonical_url=canonicalize_url(url),
        source=f"outlet{number}",
        title=copy["title"],
        body=copy["body"],
        published=now,
        fetched_at=now,
        language_hint=copy["language"],
    )
    analysis = analyze(article.body, lang=copy["language"])
    denials = [d for d in enrich(article, analysis, now).denials if d.type == "denial"]
    return denials[0] if denials else None


def predicted_stories(copies: Sequence[dict[str, Any]]) -> list[str]:
    """The story id the processor gives each copy (its own id when no denial was found)."""
    states: dict[str, State] = {}
    stories = []
    for number, copy in enumerate(copies):
        denial = first_denial(copy, number)
        if denial is None:
            stories.append(f"alone-{number}")
            continue
        key = story_key(denial)
        states[key], story = place(states.get(key, {}), denial, WINDOW)
        stories.append(story)
    return stories


def pair_scores(truth: Sequence[str], predicted: Sequence[str]) -> dict[str, Any]:
    """Pairwise precision, recall and F1 of ``predicted`` against ``truth`` (labels per copy). Never raises."""
    tp = fp = fn = 0
    for i, j in combinations(range(len(truth)), 2):
        same, together = truth[i] == truth[j], predicted[i] == predicted[j]
        tp += same and together
        fp += together and not same
        fn += same and not together
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "pairs_same": tp + fn,
        "merged_right": tp,
        "merged_wrong": fp,
        "missed": fn,
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
    }


def evaluate(copies: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows of the table: all copies, the copies in English only, and each kind of copy against the wire."""
    predicted = predicted_stories(copies)
    truth = [copy["story"] for copy in copies]
    rows = [{"subset": "all copies", "copies": len(copies)} | pair_scores(truth, predicted)]
    english = [i for i, copy in enumerate(copies) if copy["language"] == "en"]
    rows.append(
        {"subset": "same language (en)", "copies": len(english)}
        | pair_scores([truth[i] for i in english], [predicted[i] for i in english])
    )
    other = [i for i, copy in enumerate(copies) if copy["language"] != "en" or copy["copy"] == "wire"]
    rows.append(
        {"subset": "translations + wires", "copies": len(other)}
        | pair_scores([truth[i] for i in other], [predicted[i] for i in other])
    )
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    """Print the grouping table; returns 0."""
    path = Path(argv[0]) if argv else DATA
    print(format_table(evaluate(load(path))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
