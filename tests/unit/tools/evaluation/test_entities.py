"""``tools.evaluation.entities``: the section skips where there is no NER data."""

from __future__ import annotations

from pathlib import Path

from tools.evaluation.entities import evaluate_entities


def test_evaluation_skips_without_data(tmp_path: Path) -> None:
    assert evaluate_entities(tmp_path) == []
