"""``newsmon.evaluation.denials``: the denier match, the table on a tiny dev set, and an absent folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsmon.evaluation import denials as evaluation


@pytest.mark.parametrize(
    ("predicted", "gold", "same"),
    [
        ("DHS spokesperson Marsha Catron", "Marsha Catron", True),
        ("The Army", "Army", True),
        ("Laura Finch", "Finch", True),
        ("Israel Radio", "Kurdish sources", False),
        (None, "", True),
        ("He", "", False),
        (None, "Votaw", False),
    ],
)
def test_deniers_match_by_word_containment(predicted: str | None, gold: str, same: bool) -> None:
    assert evaluation.deniers_match(predicted, gold) is same


def test_an_absent_dev_set_gives_no_rows(tmp_path: Path) -> None:
    assert evaluation.evaluate_denials(tmp_path) == []


def test_the_rows_count_items_denials_and_deniers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    items = [
        {
            "id": "1",
            "lang": "en",
            "text": "The ministry denied the report.",
            "label": "denial",
            "denier": "The ministry",
        },
        {"id": "2", "lang": "en", "text": "The firm declined to comment.", "label": "non_denial", "denier": "The firm"},
        {"id": "3", "lang": "en", "text": "The judge denied bail.", "label": "none", "denier": ""},
        {"id": "4", "lang": "en", "text": "Rain fell all day.", "label": "denial", "denier": "Nobody"},
    ]
    (tmp_path / "eval").mkdir()
    lines = "\n".join(json.dumps(item) for item in items)
    (tmp_path / "eval" / "denials-dev-en.jsonl").write_text(lines, encoding="utf-8")
    [row] = evaluation.evaluate_denials(tmp_path)
    assert (row["lang"], row["items"], row["denials"]) == ("en", 4, 2)
    assert (row["precision"], row["recall"], row["denier_accuracy"], row["non_denial_recall"]) == (1.0, 0.5, 1.0, 1.0)
    assert evaluation.main(["--shared", str(tmp_path), "--errors", "--no-entities"]) == 0
    out = capsys.readouterr().out
    assert "[en 4] gold=denial" in out and "Rain fell" in out
