from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import REPO_ROOT
from tools.evaluation import __main__ as evaluation_main
from tools.evaluation import default_shared_dir, format_table


def test_an_absent_shared_folder_skips_all_but_the_project_authored_denial_sets(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    absent = tmp_path / "shared"
    assert evaluation_main.main(["--shared", str(absent)]) == 0
    out = capsys.readouterr().out
    assert "newsmon-authored" in out
    assert "shared-dev" not in out
    assert out.count(f"skipped: {absent} absent") == 3


def test_the_default_shared_folder_is_beside_the_checkout() -> None:
    checkout = default_shared_dir().parent / REPO_ROOT.name
    assert default_shared_dir().name == "shared"
    assert (checkout / "pyproject.toml").is_file()


def _rows(shared: Path) -> list[dict[str, object]]:
    return [{"name": shared.name, "score": 0.5}]


def _broken(shared: Path) -> list[dict[str, object]]:
    raise RuntimeError("bad data")


def test_sections_print_in_order_and_empty_ones_say_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(evaluation_main, "SECTIONS", (("empty", lambda shared: []), ("first", _rows)))
    assert evaluation_main.main(["--shared", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert out.index("== empty ==") < out.index("skipped:") < out.index("== first ==")
    assert format_table(_rows(tmp_path)) in out


def test_a_failing_section_does_not_hide_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(evaluation_main, "SECTIONS", (("broken", _broken), ("first", _rows)))
    assert evaluation_main.main(["--shared", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert "failed: RuntimeError: bad data" in captured.out
    assert format_table(_rows(tmp_path)) in captured.out
    assert "Traceback" in captured.err


def test_tables_align_columns_of_every_row() -> None:
    table = format_table([{"check": "a", "score": 1.0}, {"check": "longer", "extra": None, "score": 12}])
    assert table.splitlines() == [
        "check   score  extra",
        "------  -----  -----",
        "a       1.000  -",
        "longer     12  -",
    ]
    assert format_table([]) == "(no rows)"
