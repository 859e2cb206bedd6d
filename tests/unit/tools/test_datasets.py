"""``tools.datasets``: where the shared data sits, the article pages and the NER corpora's tags."""

from __future__ import annotations

import json
from pathlib import Path

from tests.support import REPO_ROOT
from tools.datasets import article_bodies, article_truth, default_shared_dir, normalise_tag, to_iob2


def test_the_default_shared_folder_is_beside_the_checkout() -> None:
    checkout = default_shared_dir().parent / REPO_ROOT.name
    assert default_shared_dir().name == "shared"
    assert (checkout / "pyproject.toml").is_file()


def test_article_pages_in_file_order_and_bodies_that_hold_text(tmp_path: Path) -> None:
    assert article_truth(tmp_path) == {} and article_bodies(tmp_path) == []
    pages = {"b": {"articleBody": "Second."}, "a": {"articleBody": "  "}, "c": {"url": "x"}, "d": {"articleBody": "4"}}
    (tmp_path / "datasets" / "articles").mkdir(parents=True)
    (tmp_path / "datasets" / "articles" / "ground-truth.json").write_text(json.dumps(pages), encoding="utf-8")
    assert list(article_truth(tmp_path)) == ["b", "a", "c", "d"]
    assert article_bodies(tmp_path) == ["Second.", "4"]


def test_dataset_tags_are_mapped_and_iob1_repaired() -> None:
    assert [normalise_tag(t) for t in ("B-PERSON", "I-ORGANISATION", "B-PLACE", "B-GPE", "O", "B-MISC")] == [
        "B-PER",
        "I-ORG",
        "B-LOC",
        "B-LOC",
        "O",
        "B-MISC",
    ]
    assert to_iob2([("A", "I-PER"), ("B", "I-PER"), ("C", "I-LOC")]) == [("A", "B-PER"), ("B", "I-PER"), ("C", "B-LOC")]
