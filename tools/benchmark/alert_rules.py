"""``python -m tools.benchmark.alert_rules [--rules 0 100 1000] [--articles 200]``: CPU milliseconds the
processor's alert step spends per denial record as the number of alert rules grows.

The records are what the processor's article step makes of the benchmark corpus. Each rule names a denier
of its own ("Person 17"); every tenth names one the corpus holds, so some rules match. Each row is timed on
a second pass over the records with fresh tables: the first parses the rules and looks their deniers' aliases
up, once for as long as a worker runs.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from newsmon.core.deadletters import Received
from newsmon.core.messages import AlertRule, DenialRecord, encode
from newsmon.core.topics import ARTICLES_RAW, DENIALS
from newsmon.nlp.analysis import analyze
from newsmon.nlp.language import detect_language
from newsmon.processor.handling import Output
from newsmon.processor.rules import AlertCap, RuleBook
from newsmon.processor.steps import AlertStep, ArticleStep
from tools.benchmark.corpus import raw_articles
from tools.datasets import default_shared_dir
from tools.report import format_table

_WINDOW = timedelta(hours=6)


def denial_messages(articles: int) -> list[Received]:
    """The ``denials`` messages the article step makes of the first ``articles`` benchmark articles."""
    step = ArticleStep(analyze, detect_language, 0.5)
    outputs: list[Output] = []
    for offset, article in enumerate(raw_articles(articles, "alert-rules", default_shared_dir())):
        outputs.extend(step(Received(ARTICLES_RAW.name, 0, offset, None, encode(article, ARTICLES_RAW))))
    return [Received(DENIALS.name, 0, k, None, o.value) for k, o in enumerate(outputs) if o.topic is DENIALS]


def rule_table(count: int, deniers: Sequence[str]) -> dict[str, Any]:
    """``count`` rules as the rule table holds them; every tenth names one of ``deniers`` in turn."""
    table = {}
    for k in range(count):
        denier = deniers[k // 10 % len(deniers)] if k % 10 == 0 and deniers else f"Person {k}"
        rule = AlertRule(id=f"rule-{k}", name=f"Watch {denier}", denier=denier)
        table[rule.id] = rule.model_dump(mode="json")
    return table


def measure(rule_counts: Sequence[int], articles: int) -> list[dict[str, Any]]:
    """One row per rule count: denial records, alerts raised and CPU ms per record on the second pass."""
    messages = denial_messages(articles)
    records = [DenialRecord.model_validate_json(message.value or b"") for message in messages]
    deniers = sorted({record.denier.canonical for record in records if record.denier is not None})
    rows = []
    for count in rule_counts:
        book = RuleBook(rule_table(count, deniers))
        for _ in range(2):
            step = AlertStep(book, {}, {}, AlertCap(10**9, _WINDOW), _WINDOW)
            started = time.process_time()
            raised = sum(len(step(message)) for message in messages)
            seconds = time.process_time() - started
        rows.append(
            {
                "rules": count,
                "denials": len(messages),
                "alerts": raised,
                "ms_per_denial": round(1000 * seconds / max(len(messages), 1), 3),
            }
        )
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    """Print the table; returns the exit code 0."""
    parser = argparse.ArgumentParser(prog="python -m tools.benchmark.alert_rules", description=__doc__)
    parser.add_argument("--rules", type=int, nargs="+", default=[0, 100, 1000])
    parser.add_argument("--articles", type=int, default=200)
    args = parser.parse_args(argv)
    print(format_table(measure(args.rules, args.articles)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
