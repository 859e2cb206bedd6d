"""corpus.py: a deterministic archive, and the ids it must produce computed by the services' own steps."""

from __future__ import annotations

import json
from pathlib import Path

from tools.drills.corpus import expect, write_archive


def test_the_archive_is_the_same_for_the_same_seed_and_every_line_is_an_article(tmp_path: Path) -> None:
    first = write_archive(tmp_path / "a.jsonl", 5, seed=3).read_text()
    assert write_archive(tmp_path / "b.jsonl", 5, seed=3).read_text() == first
    lines = [json.loads(line) for line in first.splitlines()]
    assert len({line["url"] for line in lines}) == 5
    assert all(line["body"] and line["language"] for line in lines)


def test_every_article_is_expected_with_its_denials(tmp_path: Path) -> None:
    expected = expect(write_archive(tmp_path / "a.jsonl", 5))
    assert len(expected.articles) == 5
    # Every synthetic body opens with a denial.
    assert len(expected.denials) >= 5
