"""Entity recognition: the dev-split scores of every language (``tools.entity_scores``), and a last row
timing ``split_sentences`` + ``recognize`` on the real article bodies of ``datasets/articles``.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from newsmon.nlp.entities import recognize
from newsmon.nlp.entities.model import load_model
from newsmon.nlp.entities.tokens import tokenize
from newsmon.nlp.language import detect_language
from newsmon.nlp.sentences import split_sentences
from tools.datasets import article_bodies, default_shared_dir
from tools.entity_scores import evaluate_languages
from tools.report import format_table


def evaluate_articles(shared_dir: Path) -> dict[str, Any] | None:
    """Return the speed of ``recognize`` on the real article bodies of ``datasets/articles`` (None if
    absent): tokens/s and articles/s of ``recognize`` alone, and articles/s with ``split_sentences``.

    Languages are detected beforehand and not timed; tokens are counted by the NER tokeniser.
    """
    bodies = article_bodies(shared_dir)
    if not bodies:
        return None
    langs = [detect_language(body).code for body in bodies]
    for lang in set(langs):
        load_model(lang)
    tokens = sum(len(tokenize(body)[0]) for body in bodies)
    began = time.perf_counter()
    sentences = [split_sentences(body) for body in bodies]
    splitting = time.perf_counter() - began
    began = time.perf_counter()
    for body, spans, lang in zip(bodies, sentences, langs, strict=True):
        recognize(body, spans, lang)
    seconds = time.perf_counter() - began
    return {
        "lang": "mixed",
        "dataset": f"articles ({len(bodies)})",
        "tokens": tokens,
        "tokens_per_s": round(tokens / seconds),
        "articles_per_s": round(len(bodies) / seconds, 1),
        "with_split_articles_per_s": round(len(bodies) / (seconds + splitting), 1),
    }


def evaluate_entities(shared_dir: Path) -> list[dict[str, Any]]:
    """Return ``evaluate_languages`` rows for every language plus the article speed row; [] when
    ``shared_dir`` holds no NER data. Raises OSError on unreadable files."""
    rows = evaluate_languages(shared_dir)
    articles = evaluate_articles(shared_dir) if rows else None
    return [*rows, articles] if articles else rows


def main() -> None:
    """Print the entity table for ``<repo>/../shared`` (``python -m tools.evaluation.entities``)."""
    print(format_table(evaluate_entities(default_shared_dir())))


if __name__ == "__main__":
    main()
